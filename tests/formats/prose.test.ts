import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Prose} from '../../src/formats/prose.js'

describe('the prose of a draft and its map', () => {
  const draft = 'Intro **bold** and `code` here.\n\nNext &amp; last\\*'
  const builder = Prose.builder(draft)
  builder.add('Intro ', 0, 6)
  builder.between(8, '')
  builder.add('bold', 8, 12)
  builder.between(14, '')
  builder.add(' and ', 14, 19)
  builder.between(25, ' ')
  builder.add(' here.', 25, 31)
  builder.between(33, '\n\n')
  builder.add('Next & last*', 33, draft.length)
  const prose = builder.build()

  it('holds the prose alone, markup joined away, code a space, blocks apart', () => {
    expect(prose.text).toBe('Intro bold and  here.\n\nNext & last*')
  })

  it('maps prose offsets to the draft, an end as the end of the character before it', () => {
    const at = (word: string) => prose.text.indexOf(word)
    expect(draft.slice(prose.toSource(at('bold')), prose.toSource(at('bold') + 4, true))).toBe('bold')
    expect(draft.slice(prose.toSource(at('here')), prose.toSource(at('here') + 4, true))).toBe('here')
    expect(draft.slice(prose.toSource(at('Next')), prose.toSource(at('Next') + 4, true))).toBe('Next')
    // A decoded character maps to its spelling in the draft: "&" to "&amp;", "*" to "\*".
    expect(draft.slice(prose.toSource(at('&')), prose.toSource(at('&') + 1, true))).toBe('&amp;')
    expect(draft.slice(prose.toSource(at('*')), prose.toSource(at('*') + 1, true))).toBe('\\*')
  })

  it('lets a fix replace only text the draft spells exactly so', () => {
    const at = (word: string) => prose.text.indexOf(word)
    expect(prose.isVerbatim(at('bold'), at('bold') + 4)).toBe(true)
    expect(prose.isVerbatim(at('Intro'), at('bold') + 4)).toBe(false) // across the markup
    expect(prose.isVerbatim(at('and'), at('here'))).toBe(false) // across the code's place
    expect(prose.isVerbatim(at('Next'), at('Next') + 4)).toBe(true) // a text with a reference keeps its verbatim runs
    expect(prose.isVerbatim(at('Next'), at('last'))).toBe(false) // across the reference
  })

  it('is the draft itself for plain text', () => {
    const plain = Prose.of('Polish President Andrzej Dudar.')
    expect([plain.text, plain.toSource(17), plain.toSource(30, true), plain.isVerbatim(0, 31)]).toEqual(['Polish President Andrzej Dudar.', 17, 30, true])
  })
})

describe('the map of a decoded text, on generated texts', () => {
  // Each piece: how the draft spells it, and what it decodes to.
  const piece = fc.oneof(
    fc.constantFrom('a', 'K', 'i', 'e', 'v', ' ', '.', ';', '&', '’', '😀', '\n').map((char) => [char, char] as const),
    fc.constantFrom('*', '!', '_', '[').map((char) => [`\\${char}`, char] as const),
    fc.constantFrom(['&amp;', '&'], ['&rsquo;', '’'], ['&#8217;', '’'], ['&#x1F600;', '😀'], ['&nbsp;', '\u00a0'], ['&quot;', '"']).map(([spelling, char]) => [spelling!, char!] as const)
  )

  it('maps every verbatim range onto the very same text in the draft, and every offset in order', () => {
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 24}), (pieces) => {
        const draft = pieces.map(([spelling]) => spelling).join('')
        const value = pieces.map(([, char]) => char).join('')
        const builder = Prose.builder(draft)
        builder.add(value, 0, draft.length)
        const prose = builder.build()
        expect(prose.text).toBe(value)
        let previous = 0
        for (let start = 0; start <= value.length; start++) {
          const at = prose.toSource(start)
          expect(at).toBeGreaterThanOrEqual(previous)
          expect(at).toBeLessThanOrEqual(draft.length)
          previous = at
          for (let end = start + 1; end <= value.length; end++) {
            if (prose.isVerbatim(start, end)) expect(draft.slice(prose.toSource(start), prose.toSource(end, true))).toBe(value.slice(start, end))
          }
        }
      }),
      {numRuns: 2000, seed: 20261207}
    )
  })

  it('keeps the text before an escape or a reference verbatim', () => {
    const draft = 'He went to Kiev\\! Kiev&rsquo;s'
    const builder = Prose.builder(draft)
    builder.add('He went to Kiev! Kiev’s', 0, draft.length)
    const prose = builder.build()
    expect([prose.isVerbatim(11, 15), prose.isVerbatim(17, 21), prose.isVerbatim(11, 16)]).toEqual([true, true, false])
  })
})
