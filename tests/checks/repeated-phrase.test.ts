import {describe, expect, it} from 'vitest'
import {repeatedPhrase} from '../../src/checks/repeated-phrase.js'
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

  it('ignores case and punctuation between the words, and keeps the first copy as written', () => {
    const text = 'New sanctions – new sanctions would follow.'
    expect(check(text)).toEqual([
      {reason: 'Repeated phrase `New sanctions`: remove the second one', ...at(text, ' – new sanctions'), expected: [''], fixable: true, severity: 'warning'}
    ])
    expect(corrected(lint, text)).toBe('New sanctions would follow.')
  })

  it('flags a single word doubled across a comma, which retext-repeated-words misses', () => {
    const text = 'Sanctions, sanctions were the answer.'
    expect(check(text)).toEqual([
      {reason: 'Repeated word `Sanctions`: remove the second one', ...at(text, ', sanctions'), expected: [''], fixable: true, severity: 'warning'}
    ])
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
      'Talks ended. Talks resume on Monday.'
    ]) {
      expect(check(text), text).toEqual([])
    }
  })

  it('honours `window: 0` (back-to-back repeats only)', () => {
    const strict = linterFor(repeatedPhrase, `repeated-phrase:\n  file: ${rulesFile('repetition.yml')}\n  window: 0\n`)
    expect(findings('The goal is to weaken, or to weaken, the sanctions.', 'repeated-phrase', strict)).toEqual([])
  })
})
