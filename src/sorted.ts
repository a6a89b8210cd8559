/**
 * Bisection over sorted data: the fixer's taken edits, a report's
 * paragraphs, the diff's lines, a check's matches. Large articles have
 * thousands of each, and a linear search per item made those steps quadratic.
 */

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
