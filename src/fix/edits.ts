/**
 * Applying replacements by offset, ESLint-style. A fix is a group of edits
 * taken whole or not at all (a consistency fix touches every occurrence);
 * fixes are taken in order of position, and one that overlaps or touches an
 * edit already taken waits for the next pass.
 */
import {BTree, firstIndex} from '../sorted.js'

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
  /** The distinct edits made, sorted: what `backMapper` needs. */
  changes: Edit[]
}

export function applyFixes<T extends Fix>(source: string, fixes: readonly T[]): Applied<T> {
  const ordered = [...fixes].sort((a, b) => first(a).start - first(b).start || first(a).end - first(b).end)
  const applied: T[] = []
  const skipped: T[] = []
  const taken = new TakenEdits()
  for (const fix of ordered) {
    const fresh = distinct(fix.edits).filter((edit) => !taken.has(edit))
    if (fresh.some((edit) => taken.touches(edit)) || anyTouch(fresh)) {
      skipped.push(fix)
      continue
    }
    for (const edit of fresh) taken.add(edit)
    applied.push(fix)
  }
  const changes = taken.sorted()
  return {text: applyEdits(source, changes), applied, skipped, changes}
}

/** The edits without repeats, each where it first appears. */
function distinct(edits: readonly Edit[]): Edit[] {
  const seen = new Set<string>()
  return edits.filter((edit) => {
    const key = `${edit.start}:${edit.end}:${edit.text}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Whether two of the edits touch: sorted by start, two that touch have touching neighbours between them. */
function anyTouch(edits: readonly Edit[]): boolean {
  if (edits.length < 2) return false
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  return sorted.some((edit, index) => index > 0 && touches(sorted[index - 1]!, edit))
}

/**
 * The edits taken so far, by start (a B+ tree: a consistency fix adds edits
 * all over the text, and a sorted array would move its tail for each); none
 * touches another, so each starts after the previous one ends.
 */
class TakenEdits {
  private readonly byStart = new BTree<number, Edit>()

  has(edit: Edit): boolean {
    const found = this.byStart.get(edit.start)
    return found !== undefined && sameEdit(found, edit)
  }

  /** Whether `edit` touches a taken one: the last taken edit that starts at or before `edit` ends is the only one that can. */
  touches(edit: Edit): boolean {
    const before = this.byStart.getPairOrNextLower(edit.end)?.[1]
    return before !== undefined && touches(before, edit)
  }

  add(edit: Edit): void {
    this.byStart.set(edit.start, edit)
  }

  sorted(): Edit[] {
    return this.byStart.valuesArray()
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
 * Offsets in the text produced by `edits` (sorted, separate) mapped back to
 * the text they were applied to, by bisection: an offset inside a
 * replacement maps to that edit's start or end.
 */
export function backMapper(edits: readonly Edit[]): (offset: number, side: 'start' | 'end') => number {
  // Where each edit starts in the new text, and how much the edits before it grew the text.
  const newStarts: number[] = []
  const growthBefore: number[] = []
  let growth = 0
  for (const edit of edits) {
    newStarts.push(edit.start + growth)
    growthBefore.push(growth)
    growth += edit.text.length - (edit.end - edit.start)
  }
  growthBefore.push(growth)
  return (offset, side) => {
    const after = firstIndex(edits.length, (index) => newStarts[index]! >= offset)
    // Only the last edit starting before the offset can hold it: each edit starts where or after the one before ends.
    const holder = edits[after - 1]
    if (holder && offset < newStarts[after - 1]! + holder.text.length) return side === 'start' ? holder.start : holder.end
    return offset - growthBefore[after]!
  }
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
