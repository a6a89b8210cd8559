/**
 * GitHub workflow-command annotations, one line per message, escaped as
 * GitHub's toolkit escapes them: the message's %, CR and LF; in properties
 * also : and ,. Article text can therefore never start a command of its own.
 * Other control characters (ESC, BEL) are written as escapes, as the terminal
 * report writes them: the log shows them, never acts on them.
 */
import {printable} from '../io/printable.js'
import type {Severity} from '../messages.js'
import type {FileResult} from '../run.js'
import {outcome, visible} from './status.js'

const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

export function escapeData(text: string): string {
  return printable(text, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function github(results: readonly FileResult[], options: {quiet: boolean}): string {
  const lines: string[] = []
  for (const result of results) {
    for (const message of visible(result, options.quiet)) {
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      const properties = [
        `file=${escapeProperty(result.path)}`,
        `line=${message.line ?? 1}`,
        `endLine=${end?.line ?? message.line ?? 1}`,
        `col=${message.column ?? 1}`,
        `endColumn=${end?.column ?? message.column ?? 1}`,
        `title=${escapeProperty(`article-lint ${message.ruleId}`)}`
      ].join(',')
      const then = outcome(result, message)
      lines.push(`::${COMMAND[message.severity]} ${properties}::${escapeData(then ? `${message.reason} (${then})` : message.reason)}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
