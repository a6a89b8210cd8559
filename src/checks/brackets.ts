/**
 * Unbalanced round and square brackets, per paragraph. Report only: which
 * bracket is missing, and where, is the editor's call. A list marker at the
 * start of a line ("1)", "a)") is not a bracket.
 */
import {z} from 'zod'
import {markRuns, proseOf, report, type Finding} from '../messages.js'
import {paragraphs, type ParagraphText} from '../text/paragraphs.js'
import {defineCheck} from './check.js'

const CLOSER_OF: Record<string, string> = {'(': ')', '[': ']'}
const OPENER_OF: Record<string, string> = {')': '(', ']': '['}

const BRACKETS = /[()[\]]/g
const LIST_MARKER = /^[ \t]*[\p{N}\p{L}]{1,2}$/u

/** Whether the `)` at `index` ends a list marker at the start of a line: "a) Energy". Only the line before it is read. */
function isListMarker(text: string, index: number): boolean {
  return LIST_MARKER.test(text.slice(text.lastIndexOf('\n', index - 1) + 1, index))
}

export function bracketFindings(paragraph: ParagraphText): Finding[] {
  const found: Finding[] = []
  const stack: number[] = []
  const unclosed: number[] = []
  const {text, start} = paragraph
  const at = (index: number) => ({start: start + index, end: start + index + 1})
  for (const bracket of text.matchAll(BRACKETS)) {
    const {index} = bracket
    const mark = bracket[0]
    if (mark === '(' || mark === '[') {
      stack.push(index)
      continue
    }
    if (mark === ')' && isListMarker(text, index)) continue
    const opener = OPENER_OF[mark]!
    let match = stack.length - 1
    while (match >= 0 && text[stack[match]!] !== opener) match--
    // Openers left inside this pair are never closed: "(a [b) c".
    if (match >= 0) unclosed.push(...stack.splice(match).slice(1))
    else found.push({ruleId: 'brackets', messageId: 'unopened', data: {mark, opener}, ...at(index)})
  }
  for (const index of [...unclosed, ...stack]) {
    const mark = text[index]!
    found.push({ruleId: 'brackets', messageId: 'unclosed', data: {mark, closer: CLOSER_OF[mark]!}, ...at(index)})
  }
  return markRuns(found.sort((a, b) => a.start - b.start))
}

export const brackets = defineCheck({
  name: 'brackets',
  fixes: false,
  rules: {
    brackets: {
      severity: 'warning',
      description: 'Unmatched brackets.',
      docs: 'brackets',
      messages: {
        unclosed: 'Unmatched `{{mark}}`: no `{{closer}}` closes it in this paragraph',
        unopened: 'Unmatched `{{mark}}`: no `{{opener}}` opens it in this paragraph',
        'unclosed-run': 'Unmatched `{{mark}}`: {{count}} in a row, and no `{{closer}}` closes them in this paragraph',
        'unopened-run': 'Unmatched `{{mark}}`: {{count}} in a row, and no `{{opener}}` opens them in this paragraph'
      }
    }
  },
  options: z.strictObject({}),
  plugin() {
    return (tree, file) => {
      for (const paragraph of paragraphs(tree, proseOf(file))) for (const finding of bracketFindings(paragraph)) report(file, finding)
    }
  }
})
