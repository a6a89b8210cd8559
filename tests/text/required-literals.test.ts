import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {plainPattern} from '../../src/checks/phrases.js'
import {filterNeeds, PatternFilter, requiredLiterals, TextGrams, type FilterNeeds} from '../../src/text/required-literals.js'
import {bundledPatterns} from './bundled-patterns.js'

describe('requiredLiterals', () => {
  it('reads the words of a plain phrase, across its boundary lookarounds', () => {
    expect(requiredLiterals(plainPattern("people's government"), 'giu')).toEqual([[['people'], ['government']]])
    expect(requiredLiterals(plainPattern('Kiev'), 'giu')).toEqual([[['kiev']]])
  })

  it('needs all of one wording\'s literals, and a literal of each alternative inside a group', () => {
    expect(requiredLiterals('(?<![\\p{L}])liquidated (?:militants|x)|(?:fighters|gunmen) were liquidated', 'giu')).toEqual([[['liquidated ']], [['fighters', 'gunmen'], [' were liquidated']]])
    expect(requiredLiterals('(placed|put|kept|be) (?:in|on) partial (?:unemployment|activity)', 'giu')).toEqual([[[' partial '], ['unemployment', 'activity']]])
    expect(requiredLiterals([plainPattern('exert efforts'), plainPattern('exert every effort')].join('|'), 'giu')).toEqual([[['exert'], ['efforts']], [['exert'], ['every'], ['effort']]])
  })

  it('needs nothing when one wording has no literal of three letters', () => {
    expect(requiredLiterals('a|bcd', 'giu')).toEqual([])
  })

  it('needs nothing from an optional group, a class or a pattern that does not parse', () => {
    expect(requiredLiterals('(?:foo)?barbaz', 'giu')).toEqual([[['barbaz']]])
    expect(requiredLiterals('[a-z]+\\d', 'giu')).toEqual([])
    expect(requiredLiterals('(unclosed', 'giu')).toEqual([])
  })
})

describe('TextGrams', () => {
  it('rules a pattern out only when one of its clauses has no literal in the text', () => {
    const grams = new TextGrams('The army said it LIQUIDATED several militants.')
    expect(grams.mayMatch(filterNeeds([[['liquidated'], ['militants', 'gunmen']]]))).toBe(true)
    expect(grams.mayMatch(filterNeeds([[['liquidated'], ['gunmen']]]))).toBe(false)
    expect(grams.mayMatch(filterNeeds([[['gunmen']], [['army'], ['several']]]))).toBe(true)
    expect(grams.mayMatch(filterNeeds([]))).toBe(true)
  })

  it('looks for a literal whole when each of its three-letter runs is in the text', () => {
    const grams = new TextGrams('Since then, the ever more people came.')
    expect(grams.mayMatch(filterNeeds([[['since ever']]]))).toBe(false) // "sin", "inc", … "ver" are each there
    expect(grams.mayMatch(filterNeeds([[['since then']]]))).toBe(true)
    expect(grams.mayMatch(filterNeeds([[['since evér']]]))).toBe(true) // beyond ASCII, the bitmap alone decides
  })

  it('reads ſ as s and the Kelvin sign as k, as /iu matching does', () => {
    expect(new TextGrams('ſtreſs').mayMatch(filterNeeds([[['stress']]]))).toBe(true)
    expect(/stress/iu.test('ſtreſs')).toBe(true)
    expect(new TextGrams('\u212Aiev').mayMatch(filterNeeds([[['kiev']]]))).toBe(true)
  })

  // The filter's one promise: it never skips a text that the pattern matches. Texts: every entry's own specs, their
  // letters' case flipped at random, spaces turned into line breaks and s into ſ, between other entries' specs.
  it('never rules out a text the pattern matches (property, over the bundled phrase patterns and their specs)', () => {
    const entries = bundledPatterns()
    const specs = entries.flatMap(({specs}) => specs)
    const mangled = (text: string) =>
      fc.array(fc.constantFrom('keep', 'upper', 'lower', 'newline', 'long-s'), {minLength: text.length, maxLength: text.length}).map((how) =>
        [...text].map((char, index) => (how[index] === 'upper' ? char.toUpperCase() : how[index] === 'lower' ? char.toLowerCase() : how[index] === 'newline' && char === ' ' ? '\n' : how[index] === 'long-s' && char === 's' ? 'ſ' : char)).join('')
      )
    let matched = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...entries).chain((entry) => fc.tuple(fc.constant(entry), fc.constantFrom(...entry.specs).chain(mangled), fc.constantFrom(...specs), fc.constantFrom(...specs))),
        ([entry, own, before, after]) => {
          const text = `${before} ${own} ${after}`
          const {regex, needs} = compiledOnce(entry)
          if (!regex.test(text)) return
          matched++
          expect(new TextGrams(text).mayMatch(needs)).toBe(true)
        }
      ),
      {numRuns: 2000, seed: 20261207}
    )
    expect(matched).toBeGreaterThan(500)
  })
})

describe('PatternFilter', () => {
  // It only saves asking: the patterns it yields are exactly those TextGrams.mayMatch lets through.
  it('yields, in order, exactly the patterns mayMatch lets through (the bundled patterns over their specs and mixes of them)', () => {
    const entries = bundledPatterns()
    const needs = entries.map((entry) => compiledOnce(entry).needs)
    const filter = new PatternFilter(needs)
    const specs = entries.flatMap(({specs}) => specs)
    let asked = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...specs), {minLength: 1, maxLength: 12}), (parts) => {
        const grams = new TextGrams(parts.join(' '))
        const expected = needs.flatMap((need, index) => (grams.mayMatch(need) ? [index] : []))
        expect([...filter.mayMatch(grams)]).toEqual(expected)
        asked += expected.length
      }),
      {numRuns: 300, seed: 20261207}
    )
    expect(asked).toBeGreaterThan(1000)
  })

  it('always asks about a pattern with no needs', () => {
    const filter = new PatternFilter([filterNeeds([]), filterNeeds([[['kyiv']]])])
    expect([...filter.mayMatch(new TextGrams('Nothing here.'))]).toEqual([0])
    expect([...filter.mayMatch(new TextGrams('In Kyiv.'))]).toEqual([0, 1])
  })
})

const compiled = new Map<object, {regex: RegExp; needs: FilterNeeds}>()
function compiledOnce(entry: {source: string; flags: string}) {
  let found = compiled.get(entry)
  if (!found) compiled.set(entry, (found = {regex: new RegExp(entry.source, entry.flags), needs: filterNeeds(requiredLiterals(entry.source, entry.flags))}))
  return found
}
