import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {
  findRepeats,
  normaliser,
  prepareRepetition,
  repeatedPhrase,
  repeatedPhraseOptions,
  repetitionSchema,
  tokensOf,
  type PreparedRepetition,
  type Repeat,
  type Tokens
} from '../../src/checks/repeated-phrase.js'
import {findings} from '../helpers.js'
import {at, corrected, linterFor, rulesFile} from './artifacts.js'

const lint = linterFor(repeatedPhrase, `repeated-phrase:\n  file: ${rulesFile('repetition.yml')}\n`)
const check = (text: string) => findings(text, 'repeated-phrase', lint)

describe('repeated-phrase', () => {
  it('flags the seed’s “to weaken, to weaken” and deletes the second copy with its separator', () => {
    const text = 'Basically, to weaken, to weaken, or to go around sanctions.'
    expect(check(text)).toEqual([
      {reason: 'Repeated phrase `to weaken`: remove the second one', ...at(text, ', to weaken', text.indexOf('weaken')), expected: [''], fixable: true, severity: 'warning'}
    ])
    expect(corrected(lint, text)).toBe('Basically, to weaken, or to go around sanctions.')
  })

  it('fixes a phrase doubled with no separator, as it fixes the comma-joined ones (“at the end of the end of”)', () => {
    const text = 'The plan will be ready at the end of the end of the year.'
    expect(check(text)).toEqual([
      {reason: 'Repeated phrase `the end of`: remove the second one', ...at(text, ' the end of', text.indexOf('end of the end') + 6), expected: [''], fixable: true, severity: 'warning'}
    ])
    expect(corrected(lint, text)).toBe('The plan will be ready at the end of the year.')
  })

  it('ignores case and punctuation between the words, and keeps the first copy as written', () => {
    const text = 'New sanctions – new sanctions would follow.'
    expect(check(text)).toEqual([
      {reason: 'Repeated phrase `New sanctions`: remove the second one', ...at(text, ' – new sanctions'), expected: [''], fixable: true, severity: 'warning'}
    ])
    expect(corrected(lint, text)).toBe('New sanctions would follow.')
  })

  it('leaves a dateline\'s place taken up after its dash, and still fixes a loop across a dash', () => {
    for (const text of ['AUSTIN, Texas — Texas legislators gathered on Monday.', 'NEW DELHI – Delhi schools reopened on Monday.', 'KYIV — Kyiv was quiet.']) {
      expect(check(text)).toEqual([])
      expect(corrected(lint, text)).toBe(text)
    }
    const loop = 'Officials in Texas — Texas said the vote would wait.'
    expect(corrected(lint, loop)).toBe('Officials in Texas said the vote would wait.')
    expect(corrected(lint, 'KYIV, Ukraine — Ukraine — Ukraine’s air force said.')).toBe('KYIV, Ukraine — Ukraine’s air force said.')
    expect(corrected(lint, 'AUSTIN, Texas — AUSTIN, Texas — Lawmakers met.')).toBe('AUSTIN, Texas — Lawmakers met.')
  })

  it('still flags a loop before a relative clause or a link word, where a chain or a restatement would not be one', () => {
    const text = 'Collection reached a record in the first half, in the first half, which helps the ministry.'
    expect(corrected(lint, text)).toBe('Collection reached a record in the first half, which helps the ministry.')
    const seedLike = 'The aim is to weaken, to weaken, or to go around the sanctions.'
    expect(corrected(lint, seedLike)).toBe('The aim is to weaken, or to go around the sanctions.')
  })

  // In a corpus of correct articles written blind, "Slowly, slowly" and "Water, water, every where" lost a word.
  it('reports a single word doubled across a comma, which retext-repeated-words misses, without a fix: it may be emphasis', () => {
    const text = 'Sanctions, sanctions were the answer.'
    expect(check(text)).toEqual([
      {reason: 'Repeated word `Sanctions`: remove the second one unless it is there for emphasis', ...at(text, ', sanctions'), expected: [''], fixable: false, severity: 'warning'}
    ])
    expect(corrected(lint, 'Slowly, slowly, the climbers moved up.')).toBe('Slowly, slowly, the climbers moved up.')
  })

  // From a hostile-input review: a list that names an item twice lost it ("went Labour, Tory, officials said").
  it('reports a repeat among a list\'s items without a fix', () => {
    const text = 'The jury found him guilty, not guilty, guilty on the counts. Seats went Labour, Tory, Labour, Tory, officials said.'
    expect(check(text).map(({reason, fixable}) => [reason, fixable])).toEqual([
      ['Repeated word `guilty` in a list: check whether the list names it twice before removing the second one', false],
      ['Repeated phrase `Labour, Tory` in a list: check whether the list names it twice before removing the second one', false]
    ])
    expect(corrected(lint, text)).toBe(text)
    expect(corrected(lint, 'Campaigning starts in March, according to according to the calendar.')).toBe('Campaigning starts in March, according to the calendar.')
  })

  it('removes three copies in two passes', () => {
    expect(corrected(lint, 'They tried to weaken, to weaken, to weaken the rules.')).toBe('They tried to weaken the rules.')
  })

  it('reports a repeat with a connector between, without a fix', () => {
    const text = 'The goal is to weaken, or to weaken, the sanctions.'
    expect(check(text)).toEqual([
      {reason: 'Repeated phrase `to weaken` within a few words: check whether the second one belongs', ...at(text, ', or to weaken'), expected: [], fixable: false, severity: 'warning'}
    ])
  })

  it('reports a repeat inside a quotation but leaves the speaker’s words to the editor', () => {
    const text = 'He said: “We will win, we will win.”'
    expect(check(text)).toEqual([
      {
        reason: 'Repeated phrase `We will win` inside a quotation: check the speaker\'s words before removing the second one',
        ...at(text, ', we will win'),
        expected: [''],
        fixable: false,
        severity: 'warning'
      }
    ])
    expect(corrected(lint, text)).toBe(text)
  })

  it('leaves legitimate repetition and parallel structure alone', () => {
    for (const text of [
      'It was very, very hard.',
      'They tried again and again and again.',
      'Prices rose more and more.',
      'The band Duran Duran played in New York, New York.',
      'The talks moved step by step, day by day.',
      'A government of the people, by the people, for the people.',
      'The plan aims to protect the people and to protect the economy.',
      'The votes were 10, 10 and 5.',
      'He said that that was fine.',
      'Talks ended. Talks resume on Monday.',
      // A chain of pairs, and a word taken up again.
      'Trains run between France and Germany, Germany and Poland, and Poland and Lithuania.',
      'Fixtures: Arsenal v Chelsea, Chelsea v Spurs.',
      'The route runs London to Paris, Paris to Rome.',
      'Some want talks, talks that Kyiv rejects.',
      // A verb ending one clause and starting the next.
      'It is what it is, is it not?',
      'Those who can, can.',
      'Whatever it was, was over by noon.',
      // A word three times and more: a chant, a verse.
      'Row, row, row your boat.',
      'Merrily, merrily, merrily, merrily, life is but a dream.',
      'The crowd chanted “Go, go, go, go” as he ran.'
    ]) {
      expect(check(text), text).toEqual([])
    }
  })

  it('honours `window: 0` (back-to-back repeats only)', () => {
    const strict = linterFor(repeatedPhrase, `repeated-phrase:\n  file: ${rulesFile('repetition.yml')}\n  window: 0\n`)
    expect(findings('The goal is to weaken, or to weaken, the sanctions.', 'repeated-phrase', strict)).toEqual([])
  })
})

/** findRepeats as it was before it skipped words that do not come again within reach: the reference for the property below. */
function findRepeatsReference(tokens: Tokens, text: string, prepared: PreparedRepetition): Repeat[] {
  const word = (k: number) => tokens.words[k]
  const between = (a: number, b: number) => text.slice(tokens.nodes[a]!.position!.end.offset, tokens.nodes[b]!.position!.start.offset)
  const same = (a: number, b: number, n: number) => Array.from({length: n}, (_, k) => k).every((k) => word(a + k) === word(b + k))
  const cover = tokens.words.map(() => false)
  tokens.words.forEach((first, i) => {
    for (const sequence of prepared.exceptions.get(first) ?? []) {
      if (i + sequence.length > tokens.words.length || !sequence.every((other, k) => word(i + k) === other)) continue
      for (let k = 0; k < sequence.length; k++) cover[i + k] = true
    }
  })
  const exempt = (from: number, to: number) => cover.slice(from, to).every(Boolean)
  const numeric = (from: number, size: number) => tokens.words.slice(from, from + size).every((other) => /^[\p{N}.,]+$/u.test(other))
  const connectorAt = (from: number, length: number) => prepared.connectors.some((sequence) => sequence.length === length && sequence.every((other, k) => word(from + k) === other))
  const separator = (gap: string) => /^[\s,;:–—…-]*$/u.test(gap)
  const repeats: Repeat[] = []
  let i = 0
  while (i < tokens.words.length) {
    let found: Repeat | undefined
    for (let size = 1; size <= prepared.maxWords && !found; size++) {
      const second = i + size
      if (second + size > tokens.words.length) break
      const gap = between(second - 1, second)
      if (!same(i, second, size) || !separator(gap)) continue
      if (size === 1 && gap.trim() === '') continue
      if (size === 1 && prepared.acrossClauses.has(word(i)!)) continue
      if (numeric(i, size) || exempt(i, second + size)) continue
      // Three copies and more of one word: a chant.
      const chant = (k: number) => word(k) === word(i) && separator(between(k - 1, k)) && between(k - 1, k).trim() !== ''
      if (size > 1 ? tokens.words.slice(i, second + size).every((other, k) => other === word(i) && (k === 0 || chant(i + k))) : (i > 0 && chant(i) && word(i - 1) === word(i)) || (second + 1 < tokens.words.length && chant(second + 1))) continue
      const after = word(second + size)
      const links = ['and', 'or', 'to', 'v', 'vs', 'versus', 'against', 'with', 'from', 'into']
      const unit = tokens.words.slice(i, i + size)
      const before = links.includes(unit[0]!) ? unit[0] : word(i - 1)
      const behind = links.includes(unit.at(-1)!) ? unit.at(-1) : after
      if (before !== undefined && before === behind && links.includes(before) && unit.filter((other) => !links.includes(other)).length === 1) continue
      if (size === 1 && gap.trim() !== '' && ['that', 'which', 'who', 'whom', 'whose', 'where'].includes(after ?? '') && between(second, second + 1).trim() === '') continue
      const dateline = /^\p{Lu}{2}[\p{Lu}\s.'-]*(?:,(?:\s+\p{Lu}[\p{L}.]*)+)?$/u.test(text.slice(tokens.nodes[0]!.position!.start.offset, tokens.nodes[second - 1]!.position!.end.offset))
      if (/[—–]/u.test(gap) && dateline && (after === undefined || !/[—–]/u.test(between(second + size - 1, second + size)))) continue
      found = {first: i, second, size, adjacent: true}
    }
    for (let size = 2; size <= prepared.maxWords && !found; size++) {
      for (let words = 1; words <= prepared.window && !found; words++) {
        const second = i + size + words
        if (second + size > tokens.words.length) break
        if (!same(i, second, size) || !connectorAt(i + size, words)) continue
        let gaps = true
        for (let k = i + size - 1; k < second; k++) gaps &&= separator(between(k, k + 1))
        if (!gaps || numeric(i, size) || exempt(i, second + size)) continue
        found = {first: i, second, size, adjacent: false}
      }
    }
    if (found) {
      repeats.push(found)
      i = found.second
    } else i++
  }
  return repeats
}

describe('findRepeats', () => {
  const data = repetitionSchema.parse(parse(readFileSync(rulesFile('repetition.yml'), 'utf8')))
  /** Few words and phrases, so that they repeat: connectors, exceptions ("very, very"), numbers, apostrophes and capitals. */
  const WORDS = ['to weaken', 'to weaken', 'To weaken', 'to', 'weaken', 'or', 'or rather', 'and', 'that is', 'very', 'again', 'bye-bye', 'bye', '10', '5', 'don’t', "don't", 'the', 'KYIV', 'Kyiv']
  const GAPS = [' ', ', ', ' – ', ' — ', '; ', '. ', ' “', '']
  const texts = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), {maxLength: 24}).map((parts) => parts.map(([word, gap]) => word + gap).join(''))

  it('finds what it found before it skipped words that do not come again, on generated text and any window', () => {
    fc.assert(
      fc.property(texts, fc.integer({min: 1, max: 5}), fc.integer({min: 0, max: 3}), (text, maxWords, window) => {
        const prepared = prepareRepetition(repeatedPhraseOptions.parse({maxWords, window}), data)
        const normal = normaliser()
        const tree = new ParseEnglish().parse(text)
        for (const paragraph of tree.children) {
          if (paragraph.type !== 'ParagraphNode') continue
          for (const sentence of paragraph.children) {
            if (sentence.type !== 'SentenceNode') continue
            const tokens = tokensOf(sentence as Sentence, normal)
            expect(findRepeats(tokens, text, prepared)).toEqual(findRepeatsReference(tokens, text, prepared))
          }
        }
      }),
      {numRuns: 1000, seed: 20261126}
    )
  })
})
