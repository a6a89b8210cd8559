/** What happened to a message, in the words every reporter uses. */
import {messageRange, type LintMessage} from '../messages.js'
import type {FileResult} from '../run.js'

export type Status = 'fixed' | 'resolved' | 'fixable' | 'suggestion' | 'note'

export function statusOf(result: FileResult, message: LintMessage): Status {
  if (result.fixed.has(message)) return 'fixed'
  if (result.resolved.has(message)) return 'resolved'
  if (message.fixable) return 'fixable'
  return (message.expected?.length ?? 0) > 0 ? 'suggestion' : 'note'
}

/** A message's reason as a sentence: a full stop added, unless it ends in one already ("did you mean `lockstep`?"). */
export function asSentence(reason: string): string {
  return /[.!?…]$/u.test(reason) ? reason : `${reason}.`
}

/** A suggested replacement as the reports write it: an empty one removes the text. */
export function asSuggestion(replacement: string): string {
  return replacement === '' ? 'remove it' : replacement
}

/** A finding has a place in the text; the document's readability summary has none. */
export function isFinding(message: LintMessage): boolean {
  const range = messageRange(message)
  return range !== undefined && range.end > range.start
}

/** Messages a reporter shows: all, or without info when quiet. */
export function visible(result: FileResult, quiet: boolean): LintMessage[] {
  return quiet ? result.messages.filter((message) => message.severity !== 'info') : result.messages
}

export interface Tally {
  error: number
  warning: number
  info: number
  /** Fixes applied. */
  fixed: number
  /** Findings gone with another finding's fix. */
  resolved: number
  /** Findings still in the corrected draft: neither fixed nor resolved by another fix. */
  remaining: number
}

export function tally(results: readonly FileResult[]): Tally {
  const counts: Tally = {error: 0, warning: 0, info: 0, fixed: 0, resolved: 0, remaining: 0}
  for (const result of results) {
    for (const message of result.messages) {
      counts[message.severity]++
      const status = statusOf(result, message)
      if (status === 'fixed') counts.fixed++
      else if (status === 'resolved') counts.resolved++
      else if (isFinding(message)) counts.remaining++
    }
  }
  return counts
}
