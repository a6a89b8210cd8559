/**
 * The terminal report: vfile-reporter's stylish output, each fixable message
 * marked, and one closing line with what was fixed and what remains. File
 * names and reasons are printable (src/io/printable.ts): one line each, no
 * control character from the article or a file name reaches the terminal.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {printable} from '../io/printable.js'
import {withoutStack} from '../messages.js'
import type {FileResult} from '../run.js'
import {outcome, statusOf, tally, visible, type Status} from './status.js'

const MARK: Record<Status, string> = {fixed: ' [fixed]', resolved: ' [resolved by another fix]', fixable: ' [fixable]', suggestion: '', note: ''}

export function stylish(results: readonly FileResult[], options: {quiet: boolean; color: boolean}): string {
  const files = withoutStack(() => results.map((result) => {
    const file = new VFile({path: printable(result.path)})
    for (const message of visible(result, options.quiet)) {
      const status = statusOf(result, message)
      // The terminal's columns are narrow: a fix's outcome is a mark, and the replacement is in the reason.
      const then = status === 'suggestion' ? ` (${outcome(result, message)})` : MARK[status]
      const copy = new VFileMessage(printable(message.reason + then), {
        place: message.place,
        ruleId: message.ruleId,
        source: message.source
      })
      copy.fatal = message.fatal
      file.messages.push(copy)
    }
    return file
  }))
  const counts = tally(results)
  const fixes = counts.fixed === 1 ? '1 fix' : `${counts.fixed} fixes`
  return `${reporter(files, {color: options.color, quiet: options.quiet})}\n${fixes} applied, ${counts.remaining} remaining\n`
}
