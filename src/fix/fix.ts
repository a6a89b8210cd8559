/**
 * The fixer: apply every fixable message, re-lint, repeat until nothing
 * fixable is left or 10 passes have run (as ESLint does). Messages with
 * several candidates are never applied. Only reads messages.
 */
import type {LintMessage} from '../messages.js'
import {fixEdits} from '../messages.js'
import {applyFixes, backMapper, composeEdits, type Edit} from './edits.js'

export const MAX_PASSES = 10

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
  while (pass < MAX_PASSES) {
    const fixes: MessageFix[] = messages.flatMap((message) => {
      const edits = fixEdits(message).filter((edit) => edit.text !== text.slice(edit.start, edit.end))
      return edits.length > 0 ? [{message, edits}] : []
    })
    if (fixes.length === 0) break
    const result = applyFixes(text, fixes)
    pass++
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

function toOriginal(edit: Edit, history: ReadonlyArray<ReturnType<typeof backMapper>>): {start: number; end: number} {
  let {start, end} = edit
  for (let index = history.length - 1; index >= 0; index--) {
    start = history[index]!(start, 'start')
    end = history[index]!(end, 'end')
  }
  return {start, end}
}
