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

/**
 * A terminal shows a draft's first findings, each reason on one short line:
 * vfile-reporter pads every row to the longest reason (a 50 KB draft of one
 * misspelled name, over and over, printed 188 MB) and gathers a file's rows in one call, which overflows
 * the stack past some 120,000 of them. The report files and `--format json`
 * hold them all.
 */
const SHOWN_PER_DRAFT = 1000
const REASON_LENGTH = 300

export function stylish(results: readonly FileResult[], options: {quiet: boolean; color: boolean}): string {
  const files = withoutStack(() => results.map((result) => {
    const file = new VFile({path: printable(result.path)})
    const messages = visible(result, options.quiet)
    for (const message of messages.slice(0, SHOWN_PER_DRAFT)) {
      const status = statusOf(result, message)
      // The terminal's columns are narrow: a fix's outcome is a mark, and the replacement is in the reason.
      const then = status === 'suggestion' ? ` (${outcome(result, message)})` : MARK[status]
      const copy = new VFileMessage(printable(shortened(message.reason) + then), {
        place: message.place,
        ruleId: message.ruleId,
        source: message.source
      })
      copy.fatal = message.fatal
      file.messages.push(copy)
    }
    const more = messages.length - SHOWN_PER_DRAFT
    if (more > 0) file.messages.push(new VFileMessage(`${more} more findings in this draft than the ${SHOWN_PER_DRAFT} shown here: the report files and --format json hold them all`))
    return file
  }))
  const counts = tally(results)
  const fixes = counts.fixed === 1 ? '1 fix' : `${counts.fixed} fixes`
  return `${reporter(files, {color: options.color, quiet: options.quiet})}\n${fixes} applied, ${counts.remaining} remaining\n`
}

function shortened(reason: string): string {
  return reason.length > REASON_LENGTH ? `${reason.slice(0, REASON_LENGTH - 1)}…` : reason
}
