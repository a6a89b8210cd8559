/**
 * Applying replacements by offset, ESLint-style. A fix is a group of edits
 * taken whole or not at all (a consistency fix touches every occurrence);
 * fixes are taken in order of position, and one that overlaps or touches an
 * edit already taken waits for the next pass.
 */
import {firstIndex} from '../sorted.js'

export interface Edit {
  start: number
  end: number
  text: string
}

export interface Fix {
  edits: readonly Edit[]
}

export interface Applied<T extends Fix> {
  text: string
  /** Every fix that is done (one identical to a fix taken counts as done). */
  applied: T[]
  /** Fixes that overlapped one already taken. */
  skipped: T[]
  /** The distinct edits made, sorted: what `mapBack` needs. */
  changes: Edit[]
}

export function applyFixes<T extends Fix>(source: string, fixes: readonly T[]): Applied<T> {
  const ordered = [...fixes].sort((a, b) => first(a).start - first(b).start || first(a).end - first(b).end)
  const applied: T[] = []
  const skipped: T[] = []
  const taken = new TakenEdits()
  for (const fix of ordered) {
    const fresh = fix.edits.filter((edit, index) => !taken.has(edit) && !fix.edits.slice(0, index).some((other) => sameEdit(other, edit)))
    const clashes = (edit: Edit, index: number) => taken.touches(edit) || fresh.slice(0, index).some((other) => touches(other, edit))
    if (fresh.some(clashes)) {
      skipped.push(fix)
      continue
    }
    for (const edit of fresh) taken.add(edit)
    applied.push(fix)
  }
  return {text: applyEdits(source, taken.edits), applied, skipped, changes: taken.edits}
}

/** The edits taken so far, sorted by start; none touches another, so each starts after the previous one ends. */
class TakenEdits {
  readonly edits: Edit[] = []

  has(edit: Edit): boolean {
    const found = this.edits[this.firstStartingAtOrAfter(edit.start)]
    return found !== undefined && sameEdit(found, edit)
  }

  /** Whether `edit` touches a taken one: the last taken edit that starts before `edit` ends is the only one that can. */
  touches(edit: Edit): boolean {
    const before = this.edits[this.firstStartingAfter(edit.end) - 1]
    return before !== undefined && touches(before, edit)
  }

  add(edit: Edit): void {
    this.edits.splice(this.firstStartingAfter(edit.start), 0, edit)
  }

  private firstStartingAtOrAfter(offset: number): number {
    return firstIndex(this.edits.length, (index) => this.edits[index]!.start >= offset)
  }

  private firstStartingAfter(offset: number): number {
    return firstIndex(this.edits.length, (index) => this.edits[index]!.start > offset)
  }
}

/** The text with sorted, separate edits made. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const parts: string[] = []
  let cursor = 0
  for (const edit of edits) {
    parts.push(source.slice(cursor, edit.start), edit.text)
    cursor = edit.end
  }
  parts.push(source.slice(cursor))
  return parts.join('')
}

function first(fix: Fix): Edit {
  return fix.edits[0]!
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text
}

/** Overlapping or adjacent: either could change what the other means. */
function touches(a: Edit, b: Edit): boolean {
  return a.start <= b.end && b.start <= a.end
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

/**
 * One list of edits of the original for two passes: `earlier` (edits of the
 * original, sorted) made `middle`, and `later` (edits of `middle`, sorted)
 * were applied to it. Edits of the two passes that meet become one.
 */
export function composeEdits(earlier: readonly Edit[], middle: string, later: readonly Edit[]): Edit[] {
  let shift = 0
  const placed = earlier.map((edit) => {
    const start = edit.start + shift
    shift += edit.text.length - (edit.end - edit.start)
    return {start, end: start + edit.text.length, growth: edit.text.length - (edit.end - edit.start), later: undefined}
  })
  const spans: Array<{start: number; end: number; growth: number; later?: Edit}> = [...placed, ...later.map((edit) => ({start: edit.start, end: edit.end, growth: 0, later: edit}))]
  spans.sort((a, b) => a.start - b.start || a.end - b.end)
  const composed: Edit[] = []
  // Growth of the earlier edits before the current group: an offset of `middle` outside them is that much past the original's.
  let before = 0
  for (let index = 0; index < spans.length; ) {
    const {start} = spans[index]!
    let end = start
    let growth = 0
    const edits: Edit[] = []
    for (; index < spans.length && spans[index]!.start <= end; index++) {
      const span = spans[index]!
      end = Math.max(end, span.end)
      growth += span.growth
      if (span.later) edits.push({...span.later, start: span.later.start - start, end: span.later.end - start})
    }
    composed.push({start: start - before, end: end - before - growth, text: applyEdits(middle.slice(start, end), edits)})
    before += growth
  }
  return composed
}
