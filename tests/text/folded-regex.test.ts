import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {plainPattern} from '../../src/checks/phrases.js'
import {foldPattern, PatternText, TextPattern} from '../../src/text/folded-regex.js'
import {bundledPatterns} from './bundled-patterns.js'

/** The spans the pattern finds, folded where it can be, against the spans of the pattern as written over the text as written. */
function bothWays(source: string, flags: string, text: string | PatternText) {
  const folded = foldPattern(source, `g${flags}`)
  const patternText = typeof text === 'string' ? new PatternText(text) : text
  const spans = [...new TextPattern(source, `g${flags}`, folded).spans(patternText)]
  const exact = [...patternText.text.matchAll(new RegExp(source, `g${flags}`))].map((match) => ({start: match.index, end: match.index + match[0].length}))
  return {folded, spans, exact}
}

describe('foldPattern', () => {
  it('turns property escapes into classes of ASCII and stand-ins, inside a class and alone', () => {
    expect(foldPattern('(?<![\\p{L}\\p{N}_])Kiev(?!\\p{L})', 'giu')).toBe(
      '(?<![A-Za-z\\ue001\\ue003\\ue005\\ue007\\ue009\\ue00b\\ue00d\\ue00f0-9\\ue002\\ue003\\ue006\\ue007\\ue00a\\ue00b\\ue00e\\ue00f_])Kiev(?![A-Za-z\\ue001\\ue003\\ue005\\ue007\\ue009\\ue00b\\ue00d\\ue00f])'
    )
  })

  it('folds every spelling of the four properties', () => {
    for (const source of ['\\p{Lu}', '\\p{Uppercase_Letter}', '\\p{gc=Lu}', '\\p{General_Category=Lu}']) expect(foldPattern(source, 'gu'), source).toBe('[A-Z\\ue004\\ue005\\ue006\\ue007\\ue00c\\ue00d\\ue00e\\ue00f]')
  })

  it('keeps a pattern as written when something in it could tell folded letters apart', () => {
    expect(foldPattern('(\\p{L})\\1', 'gu')).toBeUndefined() // a backreference
    expect(foldPattern('Sénégal', 'giu')).toBeUndefined() // a letter beyond ASCII
    expect(foldPattern('[à-ü]', 'giu')).toBeUndefined() // a range of them
    expect(foldPattern('\\P{L}', 'giu')).toBeUndefined() // a negated property
    expect(foldPattern('\\p{Script=Latin}', 'giu')).toBeUndefined() // another property
    expect(foldPattern('\\u00e9', 'giu')).toBeUndefined()
    expect(foldPattern('\\p{L}', 'gi')).toBeUndefined() // no u flag: \p is not a property there
    expect(foldPattern('(?-i:s)', 'giu')).toBeUndefined() // inline flags: the group would need the other view
    expect(foldPattern('Kyiv[’\']s — “here”', 'giu')).toBe('Kyiv[’\']s — “here”') // punctuation beyond ASCII is left as it is
  })
})

describe('PatternText', () => {
  it('folds each letter or number beyond ASCII to the stand-in of its classes, and ſ and K to s and k ignoring case', () => {
    const text = new PatternText('Zaporizhzhia’s Łódź ſ\u212A ٣')
    // Ignoring case, \p{Lu} and \p{Ll} each match every cased letter: Ł, ó and ź are alike there.
    expect(text.view(true)).toBe('Zaporizhzhia’s \ue00d\ue00dd\ue00d sk \ue002')
    expect(text.view(false)).toBe('Zaporizhzhia’s \ue005\ue009d\ue009 \ue009\ue005 \ue002')
  })

  it('has no view for a text with a character beyond the BMP or a stand-in of its own', () => {
    expect(new PatternText('Kyiv 👍').view(true)).toBeUndefined()
    expect(new PatternText('Kyiv \ue001').view(false)).toBeUndefined()
    expect(new PatternText('Kyiv').view(true)).toBe('Kyiv')
  })
})

describe('a folded pattern finds what the pattern finds', () => {
  // Every character of the BMP but the surrogates and the stand-ins, in three settings, against each construct.
  const chars: string[] = []
  for (let code = 0x80; code <= 0xffff; code++) if ((code < 0xd800 || code > 0xdfff) && (code < 0xe000 || code > 0xe00f)) chars.push(String.fromCharCode(code))
  const texts = [chars.map((char) => `k${char}s`).join(' '), chars.join('')].map((text) => new PatternText(text))
  const constructs = [
    '\\p{L}', '\\p{N}', '\\p{Lu}', '\\p{Ll}', '[\\p{L}\\p{N}_]', '[^\\p{L}\\p{N}_]', '\\p{Lu}\\p{Ll}+', '\\w', '\\W', '\\b.', '\\B.', '.', '\\s', '\\S', '\\d',
    '[a-z]', '[^a-z]', 's', 'k', 'i', '(?<![\\p{L}\\p{N}_])k', 's(?![\\p{L}\\p{N}_])', '[’\'"“”]', '[\\p{L}-]+'
  ]
  for (const flags of ['u', 'iu'])
    it(`over every character of the BMP, with flags ${flags}`, () => {
      for (const construct of constructs)
        for (const text of texts) {
          const {folded, spans, exact} = bothWays(construct, flags, text)
          expect(folded, construct).toBeTypeOf('string')
          expect(spans, `${construct} /${flags}`).toEqual(exact)
        }
    })

  // The bundled patterns over their own specs, mangled: letters beyond ASCII beside and inside the words, case flipped, ſ.
  it('for every bundled phrase pattern (property)', () => {
    const entries = bundledPatterns()
    const specs = entries.flatMap(({specs}) => specs)
    const mangle = (text: string) =>
      fc.array(fc.oneof({arbitrary: fc.constant('keep'), weight: 30}, fc.constantFrom('upper', 'é', 'Ł', 'ſ', '\u212A', '٣', 'ǅ', 'ß', '\u0345')), {minLength: text.length, maxLength: text.length}).map((how) =>
        [...text]
          .map((char, index) => {
            const to = how[index]!
            return to === 'keep' ? char : to === 'upper' ? char.toUpperCase() : char === 's' || char === 'k' || char === ' ' ? to : `${char}${to}`
          })
          .join('')
      )
    let foldedPatterns = 0
    let matched = 0
    fc.assert(
      fc.property(
        fc.constantFrom(...entries).chain((entry) => fc.tuple(fc.constant(entry), fc.constantFrom(...entry.specs).chain(mangle), fc.constantFrom(...specs))),
        ([entry, own, other]) => {
          const {folded, spans, exact} = bothWays(entry.source, entry.flags, `${other} ${own}, ${own.toLowerCase()}`)
          if (folded !== undefined) foldedPatterns++
          if (exact.length > 0) matched++
          expect(spans).toEqual(exact)
        }
      ),
      {numRuns: 1500, seed: 20261207}
    )
    expect(foldedPatterns).toBeGreaterThan(1400)
    expect(matched).toBeGreaterThan(300)
  })

  it('for plain phrases, whose boundaries are letters beyond ASCII too', () => {
    expect(bothWays(plainPattern('Kiev'), 'iu', 'Kiev, Kievé, éKiev, KIEV’s, \u212Aiev').spans).toEqual([
      {start: 0, end: 4},
      {start: 20, end: 24},
      {start: 28, end: 32}
    ])
  })
})
