/**
 * The fixer: apply every fixable message, re-lint, repeat until nothing
 * fixable is left or 10 passes have run (as ESLint does). Messages with
 * several candidates are never applied. Only reads messages.
 */
import type {LintMessage} from '../messages.js'
import {fixEdits} from '../messages.js'
import {applyFixes, backMapper, composeEdits, type Edit} from './edits.js'

export const MAX_PASSES = 10

/**
 * How long the corrected text may grow. Past twice the draft and 10 KB, a
 * fix is feeding on its own output: a phrase whose replacement holds its own
 * pattern doubles the text on each pass (6 KB became 1 MB, in 86 s).
 */
export function growthLimit(original: string): number {
  return 2 * original.length + 10 * 1024
}

/** A pass grew the text past the limit: the fixer stops, naming the rule. */
export class RunawayFixError extends Error {
  override name = 'RunawayFixError'
}

export interface FixedMessage {
  message: LintMessage
  pass: number
  /** The replaced ranges in the original text. */
  ranges: Array<{start: number; end: number}>
}

export interface FixResult {
  output: string
  passes: number
  fixed: FixedMessage[]
  /** The whole change, as sorted edits of the original: what the diff shows. */
  edits: Edit[]
}

interface MessageFix {
  message: LintMessage
  edits: Edit[]
}

/** `first` is the lint of `original`, which the caller already has. */
export function fix(original: string, first: readonly LintMessage[], lint: (text: string) => readonly LintMessage[]): FixResult {
  /** Each pass's map from its output back to its input. */
  const history: Array<ReturnType<typeof backMapper>> = []
  const fixed: FixedMessage[] = []
  let edits: Edit[] = []
  let text = original
  let messages = first
  let pass = 0
  const limit = growthLimit(original)
  while (pass < MAX_PASSES) {
    const fixes: MessageFix[] = messages.flatMap((message) => {
      const edits = fixEdits(message).filter((edit) => edit.text !== text.slice(edit.start, edit.end))
      return edits.length > 0 ? [{message, edits}] : []
    })
    if (fixes.length === 0) break
    const result = applyFixes(text, fixes)
    pass++
    if (result.text.length > limit) throw runaway(result.applied, pass, limit)
    for (const done of result.applied) {
      fixed.push({message: done.message, pass, ranges: done.edits.map((edit) => toOriginal(edit, history))})
    }
    history.push(backMapper(result.changes))
    edits = pass === 1 ? result.changes : composeEdits(edits, text, result.changes)
    text = result.text
    messages = lint(text)
  }
  return {output: text, passes: pass, fixed, edits}
}

/** The error for a pass past the limit: the rule whose fixes grew the text most, and one of its fixes. */
function runaway(applied: readonly MessageFix[], pass: number, limit: number): RunawayFixError {
  const growth = new Map<string, number>()
  for (const {message, edits} of applied) {
    const rule = message.ruleId ?? 'unknown'
    growth.set(rule, (growth.get(rule) ?? 0) + edits.reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0))
  }
  const [rule] = [...growth].reduce((most, entry) => (entry[1] > most[1] ? entry : most))
  const example = applied.find((fix) => (fix.message.ruleId ?? 'unknown') === rule)!.message
  const shown = (text = '') => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
  return new RunawayFixError(
    `the fixer stopped on pass ${pass}: the text grew past ${limit} characters (twice the draft and 10 KB), most by rule ${rule} (${shown(example.actual)} → ${shown(example.expected?.[0])}); does its replacement contain what it replaces?`
  )
}

function toOriginal(edit: Edit, history: ReadonlyArray<ReturnType<typeof backMapper>>): {start: number; end: number} {
  let {start, end} = edit
  for (let index = history.length - 1; index >= 0; index--) {
    start = history[index]!(start, 'start')
    end = history[index]!(end, 'end')
  }
  return {start, end}
}
