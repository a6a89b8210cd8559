/** Markdown building blocks shared by the Markdown reports; article text is always escaped. */
import {printable} from '../io/printable.js'
import type {Medium} from '../render.js'

/**
 * Escape text so Markdown and HTML in it show as written, in a paragraph or
 * a list item: every character that can open an inline construct, and each
 * line start that would open a block (a list item "- ", "1. " or "1) ", a
 * setext underline, a rule or a table's delimiter row: "---", "- - -", "=",
 * ":-:"). Control characters are written as
 * escapes (src/io/printable.ts); line breaks stay.
 */
export function escapeMarkdown(text: string): string {
  return withoutAutolinks(
    printable(text, '\n\r\t')
      .replace(/[\\`*_[\]{}<>|~#!]/g, (character) => `\\${character}`)
      .replace(/&/g, '&amp;')
      .replace(/^([ \t]*)([-+=])(?=[ \t]|$)/gm, '$1\\$2')
      // The marker's punctuation is escaped: a backslash before a digit is no escape and would show.
      .replace(/^([ \t]*\d+)([.)])(?=[ \t]|$)/gm, '$1\\$2')
      .replace(/^([ \t]*)([-=:])(?=[-=: \t]*$)/gm, '$1\\$2')
  )
}

/**
 * GFM makes a link of a bare URL ("https://…", "www.…") and takes the escapes
 * inside it as part of the address, so they would show: such a URL's start is
 * escaped too, which keeps it text.
 */
function withoutAutolinks(escaped: string): string {
  return escaped.replace(/(https?:|www\.)(?=\S*?(?:\\|&amp;))/giu, (start: string) => `${start.slice(0, -1)}\\${start.at(-1)}`)
}

/** Text on one line (a heading, a file name): escaped, and line breaks written as escapes too. */
export function inlineMarkdown(text: string): string {
  return escapeMarkdown(printable(text))
}

/** Inline code that shows any text as written, line breaks as ⏎ and other control characters as escapes. */
export function code(text: string): string {
  const value = codeText(text)
  if (value === '') return '(nothing)'
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  // CommonMark strips one space at each end of a code span, unless it is all spaces.
  const pad = /[^ ]/.test(value) && /^[` ]|[` ]$/.test(value) ? ' ' : ''
  return `${fence}${pad}${value}${pad}${fence}`
}

/** The text inline code shows, in any report: on one line (line breaks as ⏎), other control characters as escapes. */
export function codeText(text: string): string {
  return printable(text.replace(/\r?\n/g, '⏎'), '\t')
}

/** Wrap text in a tag (`<del>`), keeping surrounding whitespace outside it. */
export function wrap(tag: string, text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  return match[2] ? `${match[1]}${tag}${match[2]}${tag.replace('<', '</')}${match[3]}` : text
}

export function table(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Messages rendered for Markdown: the article's words as code, the rest escaped. */
export const markdown: Medium = {prose: escapeMarkdown, code}

/** Text shown as it is (control characters but line breaks and tabs as escapes): a fenced block longer than any run of backticks inside it. */
export function fenced(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${printable(text, '\n\r\t').replace(/\n$/, '')}\n${fence}`
}
