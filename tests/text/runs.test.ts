/**
 * Scans that read a run once instead of once per position: under fast-check
 * each gives what the regular expression or scan it replaced gave (the
 * references below), and a count shows a run read once however many words it
 * holds.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {quotationAround} from '../../src/text/paragraphs.js'
import type {Quotation} from '../../src/text/quotations.js'
import {perNonSpaceRun, runStart} from '../../src/text/runs.js'

const SEED = 20261207
const run = <T>(property: fc.IProperty<T>) => fc.assert(property, {numRuns: 5000, seed: SEED})

// Letters (one outside the BMP, a lone surrogate), digits, the marks the scans stop at, spaces, "and".
const UNITS = ['a', 'é', '𝐀', '\ud835', '1', '.', ',', ';', ':', '!', '?', '’', "'", '-', ' ', ' ', '\t', '\n', 'and', ' and ', '“', '”', '"']
const texts = fc.array(fc.constantFrom(...UNITS), {maxLength: 30}).map((units) => units.join(''))
const textAndOffset = texts.chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length)))

describe('runStart', () => {
  it('finds the run that /[…]+$/ finds before an offset, for any text and offset', () => {
    const classes: Array<[RegExp, RegExp]> = [
      [/^[\p{L}.]$/u, /[\p{L}.]+$/u],
      [/^[\p{L}\p{N}’'-]$/u, /[\p{L}\p{N}’'-]+$/u],
      [/^\s$/u, /\s+$/u],
      [/^\S$/u, /\S+$/u]
    ]
    run(
      fc.property(textAndOffset, ([text, offset]) => {
        for (const [char, suffix] of classes) expect(text.slice(runStart(text, offset, char), offset)).toBe(suffix.exec(text.slice(0, offset))?.[0] ?? '')
      })
    )
  })
})

describe('perNonSpaceRun', () => {
  it('answers for the run around each word, as a walk to the white space around it does', () => {
    run(
      fc.property(texts, (text) => {
        const around = perNonSpaceRun(text, (found) => found)
        for (const word of text.matchAll(/[^\s,]+/gu)) {
          const before = /\S*$/u.exec(text.slice(0, word.index))![0]
          const after = /^\S*/u.exec(text.slice(word.index))![0]
          expect(around(word.index, word.index + word[0].length)).toBe(before + after)
        }
      })
    )
  })

  it('reads a run once, however many words it holds', () => {
    let answers = 0
    const text = `${'goverment,'.repeat(10_000)} and ${'recieve,'.repeat(10_000)}`
    const around = perNonSpaceRun(text, () => answers++)
    for (const word of text.matchAll(/\p{L}+/gu)) around(word.index, word.index + word[0].length)
    expect(answers).toBe(3)
  })
})

describe('quotationAround', () => {
  /** Quotations sorted by where they open, as quotationsOf gives them, block quotes around marked ones included. */
  const quotationLists = fc.array(fc.tuple(fc.nat(40), fc.nat(15)), {maxLength: 12}).map((pairs) => pairs.map(([open, length]) => ({open, end: open + length})).sort((a, b) => a.open - b.open))

  it('finds the first quotation that holds a range, as a scan of them all does', () => {
    run(
      fc.property(quotationLists, fc.nat(50), fc.nat(8), (quotations, start, length) => {
        const end = start + length
        expect(quotationAround(quotations, start, end)).toBe(quotations.find((quotation) => quotation.open < start && end <= quotation.end))
      })
    )
  })

  it('reads a few quotations for each look-up, not all of them', () => {
    const readsFor = (n: number) => {
      const counter = {reads: 0}
      const quotations: Quotation[] = Array.from({length: n}, (_, index) => new Proxy({open: 10 * index, end: 10 * index + 5}, {get: (target, key: 'open' | 'end') => (counter.reads++, target[key])}))
      for (let index = 0; index < n; index++) expect(quotationAround(quotations, 10 * index + 1, 10 * index + 2)).toBe(quotations[index])
      return counter.reads
    }
    expect(readsFor(20_000) / readsFor(10_000)).toBeLessThan(2.3)
    expect(readsFor(10_000)).toBeLessThan(10_000 * 4 * Math.log2(10_000))
  })
})
