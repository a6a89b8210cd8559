/**
 * What happened to a message, and the words every reporter uses for it: one
 * wording of each outcome, and reasons rendered from the rule's template.
 */
import {messageRange, templateOf, type LintMessage} from '../messages.js'
import {inWords, renderParts, written, type Medium, type Part} from '../render.js'
import type {FileResult} from '../run.js'

export type Status = 'fixed' | 'resolved' | 'fixable' | 'suggestion' | 'note'

export function statusOf(result: FileResult, message: LintMessage): Status {
  if (result.fixed.has(message)) return 'fixed'
  if (result.resolved.has(message)) return 'resolved'
  if (message.fixable) return 'fixable'
  return (message.expected?.length ?? 0) > 0 ? 'suggestion' : 'note'
}

/** A message's reason rendered for a medium, as a sentence: a full stop added unless it ends in one ("did you mean `lockstep`?"). */
export function sentence(message: LintMessage, medium: Medium): string {
  return written(sentenceParts(message), medium)
}

/** The same sentence as prose and code pieces, for a report that builds nodes (HTML). */
export function sentenceParts(message: LintMessage): Part[] {
  const parts = renderParts(templateOf(message), message.data)
  return /[.!?…]$/u.test(message.reason) ? parts : [...parts, {code: false, text: '.'}]
}

/** A suggested replacement as the reports write it: an empty one removes the text. */
function asSuggestion(replacement: string): string {
  return replacement === '' ? 'remove it' : replacement
}

/** What became of a message, in one wording for every report; undefined when there is nothing to add. */
export function outcome(result: FileResult, message: LintMessage): string | undefined {
  const expected = (message.expected ?? []).map(asSuggestion)
  switch (statusOf(result, message)) {
    case 'fixed':
      return `fixed in the corrected draft: ${message.expected?.[0] || 'removed'}`
    case 'resolved':
      return 'resolved by another fix in the corrected draft'
    case 'fixable':
      return `fixable: ${expected[0]}`
    case 'suggestion':
      return `${expected.length === 1 ? 'suggestion' : 'suggestions'}: ${inWords(expected)}`
    case 'note':
      return undefined
  }
}

/** What became of a message as a sentence of its own ("Fixed in the corrected draft: Duda."); undefined when there is nothing to add. */
export function outcomeSentence(result: FileResult, message: LintMessage): string | undefined {
  const then = outcome(result, message)
  return then === undefined ? undefined : `${then[0]!.toUpperCase()}${then.slice(1)}.`
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
