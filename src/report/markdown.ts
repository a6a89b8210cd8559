/** Markdown building blocks shared by the Markdown reports; article text is always escaped. */
import type {Medium} from '../render.js'

/** Escape text so Markdown and HTML in it show as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>|~#!]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\s*)([-+=]|\d+\.)(?=\s)/gm, (_, space: string, marker: string) => `${space}\\${marker}`)
    .replace(/^(\s*)([-=])(?=\2{2,}\s*$)/gm, (_, space: string, rule: string) => `${space}\\${rule}`) // "---": a rule or front matter's fence
}

/** Inline code that shows any text as written, line breaks as ⏎. */
export function code(text: string): string {
  const value = text.replace(/\r?\n/g, '⏎')
  if (value === '') return '(nothing)'
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') || value.endsWith(' ') ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

/** Wrap text in a delimiter, keeping surrounding whitespace outside (where Markdown needs it). */
export function wrap(delimiter: string, text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  return match[2] ? `${match[1]}${delimiter}${match[2]}${delimiter}${match[3]}` : text
}

export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Messages rendered for Markdown: the article's words as code, the rest escaped. */
export const markdown: Medium = {prose: escapeMarkdown, code}

/** Text shown as it is: a fenced block longer than any run of backticks inside it. */
export function fenced(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`
}
