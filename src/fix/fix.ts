/**
 * The fixer: apply every fixable message, re-lint, repeat until nothing
 * fixable is left or 10 passes have run (as ESLint does). Messages with
 * several candidates are never applied. Only reads messages.
 */
import {messageRange, type LintMessage} from '../messages.js'
import {applyEdits, mapBack, type Edit} from './edits.js'

export const MAX_PASSES = 10

export interface FixedMessage {
  message: LintMessage
  pass: number
  /** The replaced range in the original text. */
  start: number
  end: number
}

export interface FixResult {
  output: string
  passes: number
  fixed: FixedMessage[]
}

interface MessageEdit extends Edit {
  message: LintMessage
}

export function editOf(message: LintMessage): MessageEdit | undefined {
  const range = messageRange(message)
  const text = message.expected?.[0]
  if (!message.fixable || !range || text === undefined || text === message.actual) return undefined
  return {...range, text, message}
}

/** `first` is the lint of `original`, which the caller already has. */
export function fix(original: string, first: readonly LintMessage[], lint: (text: string) => readonly LintMessage[]): FixResult {
  const history: Edit[][] = []
  const fixed: FixedMessage[] = []
  let text = original
  let messages = first
  let pass = 0
  while (pass < MAX_PASSES) {
    const edits = messages.map(editOf).filter((edit) => edit !== undefined)
    if (edits.length === 0) break
    const result = applyEdits(text, edits)
    pass++
    for (const edit of result.applied) fixed.push({message: edit.message, pass, ...toOriginal(edit, history)})
    history.push(result.changes)
    text = result.text
    messages = lint(text)
  }
  return {output: text, passes: pass, fixed}
}

function toOriginal(edit: Edit, history: readonly Edit[][]): {start: number; end: number} {
  let {start, end} = edit
  for (let index = history.length - 1; index >= 0; index--) {
    start = mapBack(start, history[index]!, 'start')
    end = mapBack(end, history[index]!, 'end')
  }
  return {start, end}
}
