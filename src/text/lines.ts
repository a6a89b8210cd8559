/**
 * A draft's lines, paragraphs and word counts, read one way everywhere.
 *
 * Line numbers are git's: a line ends at LF, and CR LF is an LF with a CR
 * before it; a lone CR is a character of its line. `git diff`'s hunks (so
 * `--changed-since`), GitHub's annotations and this tool's diffs count lines
 * so, and every line:column a report shows is counted by `lineNumbers`.
 *
 * The parsers read a lone CR as a line break, and so does `linesOf`, which
 * the checks use for the text's structure (a line of page furniture,
 * paragraphs), not for numbering. Only where a draft has a lone CR do the two
 * part (`hasLoneCr`).
 */
import {firstIndex} from '../sorted.js'

export interface LineNumbers {
  /** Where each line starts: 0, then after each LF (after a final LF, an empty last line starts at the text's end). */
  starts: readonly number[]
  /** The line (from 0) holding an offset. */
  indexAt(offset: number): number
  /** Line and column (from 1) of an offset into the text; undefined outside it. */
  pointAt(offset: number): {line: number; column: number; offset: number} | undefined
  /** A line's text (from 1), without its line break. */
  textOf(line: number): string | undefined
}

export function lineNumbers(text: string): LineNumbers {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  const indexAt = (offset: number) => Math.max(0, firstIndex(starts.length, (index) => starts[index]! > offset) - 1)
  return {
    starts,
    indexAt,
    pointAt(offset) {
      if (!(offset >= 0 && offset <= text.length)) return undefined
      const index = indexAt(offset)
      return {line: index + 1, column: offset - starts[index]! + 1, offset}
    },
    textOf(line) {
      const start = starts[line - 1]
      if (start === undefined) return undefined
      const next = starts[line]
      if (next === undefined) return text.slice(start)
      const end = next - 1 // the LF
      return text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end)
    }
  }
}

/** git's lines, each with its LF ("a\r\nb\rc" → "a\r\n", "b\rc"; "" → none). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/gu) ?? []
}

/** Whether the text has a lone CR, a line break to the parsers and a character of its line to git: only then do the two numberings part. */
export function hasLoneCr(text: string): boolean {
  return /\r(?!\n)/u.test(text)
}

/** Lines as the prose reads them: CR LF, CR or LF ends one, as the parser breaks lines. */
export interface Line {
  text: string
  start: number
  /** End of the text, before the line break. */
  end: number
  /** End of the line break. */
  next: number
}

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/gu

export function linesOf(text: string): Line[] {
  const lines: Line[] = []
  for (const match of text.matchAll(LINE)) {
    lines.push({text: match[1]!, start: match.index, end: match.index + match[1]!.length, next: match.index + match[0].length})
    if (match[2] === '') break
  }
  return lines
}

/** Paragraphs: runs of lines that are not blank, without the white space around them. */
export function paragraphsOf(text: string): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  let open: {start: number; end: number} | undefined
  for (const line of linesOf(text)) {
    const trimmed = line.text.trim()
    if (trimmed === '') {
      open = undefined
      continue
    }
    const start = line.start + line.text.indexOf(trimmed)
    const end = start + trimmed.length
    if (open) open.end = end
    else found.push((open = {start, end}))
  }
  return found
}

/** Words: runs between white space that hold a letter or a digit ("–" alone is none). */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}
