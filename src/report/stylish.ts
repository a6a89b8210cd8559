/**
 * The terminal report: vfile-reporter's stylish output, each fixable message
 * marked, and one closing line with what was fixed and what remains.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {withoutStack} from '../messages.js'
import type {FileResult} from '../run.js'
import {asSuggestion, statusOf, tally, visible, type Status} from './status.js'

const MARK: Record<Status, string> = {fixed: ' [fixed]', resolved: ' [resolved by another fix]', fixable: ' [fixable]', suggestion: '', note: ''}

export function stylish(results: readonly FileResult[], options: {quiet: boolean; color: boolean}): string {
  const files = withoutStack(() => results.map((result) => {
    const file = new VFile({path: result.path})
    for (const message of visible(result, options.quiet)) {
      const suggestions = statusOf(result, message) === 'suggestion' ? ` (suggestions: ${message.expected!.map(asSuggestion).join(', ')})` : ''
      const copy = new VFileMessage(message.reason + suggestions + MARK[statusOf(result, message)], {
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
