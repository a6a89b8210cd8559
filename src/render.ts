/**
 * Message templates, rendered for a medium. A template is a rule's sentence
 * with `{{name}}` slots filled from a finding's data; text between backticks
 * is code (the article's own words), the rest is prose. Each medium says how
 * to write each: the plain reason keeps the backticks, Markdown escapes the
 * prose and fences the code. A list in a code slot is written as several
 * codes: "`a`, `b` or `c`".
 */
export type MessageData = Readonly<Record<string, string | number | readonly string[]>>

export interface Medium {
  prose(text: string): string
  code(text: string): string
}

/** The reason vfile and the terminal show: code stays in backticks. */
export const plain: Medium = {prose: (text) => text, code: (text) => `\`${text}\``}

const SLOT = /\{\{(\w+)\}\}/g
const WHOLE_SLOT = /^\{\{(\w+)\}\}$/

export function render(template: string, data: MessageData, medium: Medium = plain): string {
  return written(renderParts(template, data), medium)
}

/** Pieces written for a medium: each prose piece and each code as the medium writes it. */
export function written(parts: readonly Part[], medium: Medium): string {
  return parts.map((part) => (part.code ? medium.code(part.text) : medium.prose(part.text))).join('')
}

/** A piece of a rendered template: prose, or code (the article's own words). */
export interface Part {
  code: boolean
  text: string
}

/** A template rendered as its pieces in order, for a medium that builds nodes rather than text (the HTML report). */
export function renderParts(template: string, data: MessageData): Part[] {
  return template.split('`').flatMap((piece, index): Part[] => {
    if (index % 2 === 0) return [{code: false, text: fill(piece, data)}]
    const list = data[WHOLE_SLOT.exec(piece)?.[1] ?? '']
    if (!Array.isArray(list)) return [{code: true, text: fill(piece, data)}]
    // "`a`, `b` or `c`": the codes, and the words between them as prose.
    return list.flatMap((item: string, at) => [...(at === 0 ? [] : [{code: false, text: between(at, list.length)}]), {code: true, text: item}])
  })
}

function fill(text: string, data: MessageData): string {
  return text.replace(SLOT, (_, name: string) => {
    const value = data[name]
    if (value === undefined) throw new Error(`message data has no "${name}"`)
    return Array.isArray(value) ? inWords(value) : String(value)
  })
}

/** "a", "a or b", "a, b or c". */
export function inWords(items: readonly string[], conjunction = 'or'): string {
  return items.map((item, at) => (at === 0 ? '' : between(at, items.length, conjunction)) + item).join('')
}

/** What goes before item `at` of a list in words: ", ", and before the last " or ". */
function between(at: number, count: number, conjunction = 'or'): string {
  return at === count - 1 ? ` ${conjunction} ` : ', '
}

/** The slots a template uses, for tests that hold every template to its data. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1]!)
}
