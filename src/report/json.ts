/**
 * Machine-readable report in vfile-reporter-json's shape, with end positions,
 * severity, fixability and what happened to each message.
 */
import {fixRanges} from '../messages.js'
import type {FileResult} from '../run.js'
import {statusOf, visible} from './status.js'

export function json(results: readonly FileResult[], options: {quiet: boolean}): string {
  const files = results.map((result) => ({
    path: result.path,
    passes: result.passes,
    messages: visible(result, options.quiet).map((message) => ({
      ruleId: message.ruleId,
      source: message.source,
      reason: message.reason,
      messageId: message.messageId,
      data: message.data,
      line: message.line,
      column: message.column,
      endLine: message.place && 'end' in message.place ? message.place.end.line : message.line,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : message.column,
      actual: message.actual,
      expected: message.expected,
      url: message.url,
      fatal: message.fatal,
      severity: message.severity,
      fixable: message.fixable,
      confidence: message.confidence,
      // The edit itself, as offsets into the draft: it can be more than the finding (a removed line takes its blank lines along).
      fix: message.fixable ? {text: message.expected![0], ranges: fixRanges(message).map(({start, end}) => [start, end])} : undefined,
      status: statusOf(result, message)
    }))
  }))
  return `${JSON.stringify(files, undefined, 2)}\n`
}
