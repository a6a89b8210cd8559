/**
 * Bisection over sorted data: a report's paragraphs, the diff's lines, a
 * check's matches; and a sorted map that takes insertions anywhere (the
 * fixer's taken edits, the draft's findings by position). Large articles have
 * thousands of each, and a linear search per item made those steps quadratic.
 */
import btree from 'sorted-btree'

/** sorted-btree's B+ tree. A CommonJS module with an ES default export: Node's loader and the bundle give its exports object as the default import, vitest the class. */
export const BTree = (btree.default ?? btree) as typeof btree.default

/** The first index in [0, length) where `after` holds, for an `after` that is false up to some index and true from it on; `length` if nowhere. */
export function firstIndex(length: number, after: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (after(middle)) high = middle
    else low = middle + 1
  }
  return low
}
