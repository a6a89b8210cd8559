import fc from 'fast-check'
import retextEnglish from 'retext-english'
import retextRepeatedWords from 'retext-repeated-words'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {corrected, findings} from '../helpers.js'

describe('repeated-words', () => {
  it('flags a doubled word and keeps the first occurrence as written', () => {
    expect(findings('The the summit opened.', 'repeated-words')).toEqual([
      {reason: 'Repeated `The`: remove one occurrence', start: 0, end: 7, actual: 'The the', expected: ['The'], fixable: true, severity: 'warning'}
    ])
  })

  it('fixes it in the corrected text', () => {
    expect(corrected('Leaders met in in Brussels.')).toBe('Leaders met in Brussels.')
  })

  it('leaves legitimate doubles alone', () => {
    expect(findings('He said that that was fine, and they had had enough.', 'repeated-words')).toEqual([])
  })

  it('reports what retext-repeated-words reports on the whole tree, though it is given only the sentences with a doubled word', () => {
    const plugin = unified().use(retextEnglish).use(retextRepeatedWords)
    const pluginFindings = (text: string) => {
      const file = new VFile(text)
      plugin.runSync(plugin.parse(file), file)
      return file.messages.map((message) => ({start: message.place && 'start' in message.place ? message.place.start.offset : undefined, actual: message.actual}))
    }
    const words = fc.constantFrom('the', 'The', 'THE', 'in', 'had', 'İ', 'i̇', 'ß', 'SS', 'Duran', 'D.', 'ſ', 's', 'U.S.', '90s')
    const separators = fc.constantFrom(' ', ' ', '  ', ', ', '. ', '\n', '\n\n', '-', '')
    fc.assert(
      fc.property(fc.array(fc.tuple(words, separators), {maxLength: 30}), (parts) => {
        const text = parts.map(([word, separator]) => word + separator).join('')
        expect(findings(text, 'repeated-words').map(({start, actual}) => ({start, actual}))).toEqual(pluginFindings(text))
      }),
      {numRuns: 1500}
    )
  })

  it('may compare lengths before case: lowercasing changes the length of İ alone, of all code points', () => {
    const changed: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue // lone surrogates
      const character = String.fromCodePoint(code)
      if (character.toLowerCase().length !== character.length) changed.push(character)
    }
    expect(changed).toEqual(['İ'])
  })
})
