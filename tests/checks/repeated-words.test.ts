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

  // From a hostile-input review: a speaker's "no no no" lost two words.
  it('reports a doubled word inside a quotation without a fix: the speaker\'s words are the editor\'s to check', () => {
    const text = 'Modi said “no no no” and left. The the talks ended.'
    expect(findings(text, 'repeated-words').map(({reason, fixable}) => [reason, fixable])).toEqual([
      ["Repeated `no` inside a quotation: check the speaker's words before removing one", false],
      ['Repeated `The`: remove one occurrence', true]
    ])
    expect(corrected(text)).toBe('Modi said “no no no” and left. The talks ended.')
  })

  it('reports a verb doubled where a clause with a wh-word ends without a fix: "What it is is a crisis"', () => {
    const text = 'What it is is a crisis. Whoever wins wins the seat. The vote is is due.'
    expect(findings(text, 'repeated-words').map(({actual, fixable}) => [actual, fixable])).toEqual([
      ['is is', false],
      ['wins wins', false],
      ['is is', true]
    ])
  })

  it('leaves legitimate doubles alone', () => {
    expect(findings('He said that that was fine, and they had had enough.', 'repeated-words')).toEqual([])
  })

  it('makes a run of one word one finding, whose fix keeps the first', () => {
    const text = 'The talks were agreed agreed agreed agreed by all.'
    expect(findings(text, 'repeated-phrase')).toEqual([])
    expect(findings(text, 'repeated-words')).toEqual([
      {reason: '`agreed` 4 times in a row: keep one', start: 15, end: 42, actual: 'agreed agreed agreed agreed', expected: ['agreed'], fixable: true, fixRange: undefined, severity: 'warning'}
    ])
    expect(corrected(text)).toBe('The talks were agreed by all.')
  })

  it('leaves a run the plugin does not report ("had had had had") to repeated-phrase, which fixes it', () => {
    expect(findings('They had had had had a plan.', 'repeated-words')).toEqual([])
    expect(findings('They had had had had a plan.', 'repeated-phrase').map(({reason}) => reason)).toEqual(['Repeated phrase `had had`: remove the second one'])
    expect(corrected('They had had had had a plan.')).toBe('They had had a plan.')
  })

  it('reports what retext-repeated-words reports on the whole tree, each run of overlapping pairs joined, though it is given only the sentences with a doubled word', () => {
    const plugin = unified().use(retextEnglish).use(retextRepeatedWords)
    const pluginFindings = (text: string) => {
      const file = new VFile(text)
      plugin.runSync(plugin.parse(file), file)
      const joined: Array<{start: number; end: number; actual: string}> = []
      for (const {place} of file.messages) {
        const {start, end} = place && 'start' in place ? {start: place.start.offset!, end: place.end.offset!} : {start: 0, end: 0}
        const last = joined.at(-1)
        if (last && start < last.end) (last.end = end), (last.actual = text.slice(last.start, end))
        else joined.push({start, end, actual: text.slice(start, end)})
      }
      return joined.map(({start, actual}) => ({start, actual}))
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
