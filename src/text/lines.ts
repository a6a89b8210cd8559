/**
 * A draft's lines, paragraphs and word counts, read one way everywhere. A
 * line ends at CR LF, CR or LF, as the parser and vfile-location count lines,
 * so a line number in a report is the line these name. (The diff alone splits
 * at LF: its lines are git's.)
 */
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
