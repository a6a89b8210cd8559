/**
 * Applying replacements by offset, ESLint-style: sorted, and any edit that
 * overlaps or touches one already taken waits for the next pass.
 */
export interface Edit {
  start: number
  end: number
  text: string
}

export interface Applied<T extends Edit> {
  text: string
  /** Every edit that is done, duplicates included. */
  applied: T[]
  /** Edits that overlapped one already taken. */
  skipped: T[]
  /** The distinct replacements made, in order: what `mapBack` needs. */
  changes: Edit[]
}

export function applyEdits<T extends Edit>(source: string, edits: readonly T[]): Applied<T> {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: T[] = []
  const skipped: T[] = []
  const changes: Edit[] = []
  const parts: string[] = []
  let last: T | undefined
  let cursor = 0
  for (const edit of sorted) {
    if (last && sameEdit(last, edit)) {
      applied.push(edit) // the same fix from two messages: apply once, both are done
      continue
    }
    if (last && edit.start <= last.end) {
      skipped.push(edit)
      continue
    }
    parts.push(source.slice(cursor, edit.start), edit.text)
    cursor = edit.end
    applied.push(edit)
    changes.push({start: edit.start, end: edit.end, text: edit.text})
    last = edit
  }
  parts.push(source.slice(cursor))
  return {text: parts.join(''), applied, skipped, changes}
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text
}

/**
 * Map an offset in the text produced by `edits` back to the text they were
 * applied to. An offset inside a replacement maps to that edit's start or end.
 */
export function mapBack(offset: number, edits: readonly Edit[], side: 'start' | 'end'): number {
  let delta = 0
  for (const edit of edits) {
    const newStart = edit.start + delta
    if (offset <= newStart) break
    const newEnd = newStart + edit.text.length
    if (offset < newEnd) return side === 'start' ? edit.start : edit.end
    delta += edit.text.length - (edit.end - edit.start)
  }
  return offset - delta
}
