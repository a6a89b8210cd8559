/**
 * Machine-readable report in vfile-reporter-json's shape, with end positions,
 * severity, fixability and what happened to each message.
 */
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
      status: statusOf(result, message)
    }))
  }))
  return `${JSON.stringify(files, undefined, 2)}\n`
}
