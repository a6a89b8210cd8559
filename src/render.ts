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
  return template
    .split('`')
    .map((part, index) => {
      if (index % 2 === 0) return medium.prose(fill(part, data))
      const list = data[WHOLE_SLOT.exec(part)?.[1] ?? '']
      return Array.isArray(list) ? inWords(list.map(medium.code)) : medium.code(fill(part, data))
    })
    .join('')
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
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`
}

/** The slots a template uses, for tests that hold every template to its data. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((match) => match[1]!)
}
