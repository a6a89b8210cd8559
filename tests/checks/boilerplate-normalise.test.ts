/**
 * The boilerplate check normalises a line once, collapses white space only
 * where there is something to collapse, and strips the closing punctuation by
 * a scan back from the end. Under fast-check, on generated lines made of the
 * characters those steps read, the forms are those the plain replaces gave.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normaliseLine, normaliseStart} from '../../src/checks/boilerplate.js'

const SEED = 20261126

// Words (with letters whose lower case depends on context or is longer), bullets, closing marks and every kind of white space.
const PIECES = ['Read', 'more', 'ΟΔΟΣ', 'İ', 'a', '1', '-', '*', '•', '·', '>', ':', '.', '!', '…', '»', '›', '→', '|', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\ufeff', '\ud835']
const lines = fc.array(fc.constantFrom(...PIECES), {maxLength: 16}).map((pieces) => pieces.join(''))

describe('the boilerplate check’s line forms', () => {
  it('are those of the plain replaces', () => {
    fc.assert(
      fc.property(lines, (line) => {
        const start = line.trim().replace(/^[-*•·>]+\s*/u, '').replace(/\s+/gu, ' ').toLowerCase()
        expect(normaliseStart(line)).toBe(start)
        expect(normaliseLine(line)).toBe(
          line
            .trim()
            .replace(/^[-*•·>]+\s*/u, '')
            .replace(/[\s:.!…»›→>|-]+$/u, '')
            .replace(/\s+/gu, ' ')
            .toLowerCase()
        )
      }),
      {numRuns: 10_000, seed: SEED}
    )
  })
})
