import {describe, expect, it} from 'vitest'
import {spelling} from '../../src/checks/spelling.js'
import {MAX_SUGGESTED_LENGTH, osaDistance, Suggester} from '../../src/text/suggest.js'
import {findings} from '../helpers.js'
import {at, corrected, linterFor, rulesFile} from './artifacts.js'

const lint = linterFor(spelling)
const check = (text: string) => findings(text, 'spelling', lint)

describe('spelling', () => {
  it('fixes a lowercase word with exactly one candidate one edit away', () => {
    const text = 'The goverment said the sanctoins would hold.'
    expect(check(text)).toEqual([
      {reason: 'Unknown word `goverment`: did you mean `government`?', ...at(text, 'goverment'), expected: ['government'], fixable: true, severity: 'warning'},
      {reason: 'Unknown word `sanctoins`: did you mean `sanctions`?', ...at(text, 'sanctoins'), expected: ['sanctions'], fixable: true, severity: 'warning'}
    ])
    expect(corrected(lint, text)).toBe('The government said the sanctions would hold.')
  })

  it('only suggests when several words are as close, or the word is short', () => {
    const text = 'They met teh leaders.'
    expect(check(text)).toEqual([
      {
        reason: 'Unknown word `teh`: did you mean `the`, `tea`, `ten`, `eh` or `tee`?',
        ...at(text, 'teh'),
        expected: ['the', 'tea', 'ten', 'eh', 'tee'],
        fixable: false,
        severity: 'warning'
      }
    ])
    expect(corrected(lint, text)).toBe(text)
  })

  it('suggests but does not fix when the only near word is rare', () => {
    const text = 'Europe moved on locksteps.'
    expect(check(text)).toEqual([
      {reason: 'Unknown word `locksteps`: did you mean `lockstep`?', ...at(text, 'locksteps'), expected: ['lockstep'], fixable: false, severity: 'warning'}
    ])
  })

  it('accepts the words of rules/spelling.yml', () => {
    const bundled = linterFor(spelling, `spelling:\n  file: ${rulesFile('spelling.yml')}\n`)
    expect(findings('He was declared persona non grata as the repo rate rose.', 'spelling', bundled)).toEqual([])
    // Without the file (a config's data files fall back to the bundled ones, so name one that is missing).
    const without = linterFor(spelling, 'spelling:\n  file: no-such-spelling.yml\n')
    expect(findings('He was declared persona non grata.', 'spelling', without).map((message) => message.actual)).toEqual(['grata'])
  })

  it('keeps a possessive on the suggestion and reports a word with no close match', () => {
    const text = 'The goverment’s plan met flibbertigibbetxyz resistance.'
    expect(check(text)).toEqual([
      {reason: 'Unknown word `goverment’s`: did you mean `government’s`?', ...at(text, 'goverment’s'), expected: ['government’s'], fixable: true, severity: 'warning'},
      {reason: 'Unknown word `flibbertigibbetxyz`: no close dictionary word', ...at(text, 'flibbertigibbetxyz'), expected: [], fixable: false, severity: 'warning'}
    ])
  })

  it('judges each part of a hyphenated word, and knows hyphenated prefixes', () => {
    const text = 'A pre-scheduled, long-awaited meeting on anti-goverment protests.'
    expect(check(text)).toEqual([
      {reason: 'Unknown word `goverment`: did you mean `government`?', ...at(text, 'goverment'), expected: ['government'], fixable: true, severity: 'warning'}
    ])
  })

  // From a corpus of correct articles in many newsroom styles, written blind: "boogie-woogie" became "boogie-boogie",
  // "stylings" "styling".
  it('leaves a rhyming or vowel-changing compound, and the plural of a known word in -ing, alone', () => {
    expect(check('A boogie-woogie pianist, a hocus-pocus show, a zig-zag road and new stylings.')).toEqual([])
    const slip = 'A boogie-wogie pianist.'
    expect(check(slip).map(({actual}) => actual)).toEqual(['wogie'])
  })

  // "uncrewed" was fixed to "unscrewed", "undock" to "unlock", in correct articles a helper wrote; a rule accepting any
  // prefix before a known word instead let slips through ("untill", "dismassed"), so the words are listed.
  it('accepts news words made with a prefix that rules/spelling.yml lists, and still fixes slips shaped like them', () => {
    const bundled = linterFor(spelling, `spelling:\n  file: ${rulesFile('spelling.yml')}\n`)
    const text = 'The uncrewed capsule will undock after a multibillion counterterrorism review.'
    expect(findings(text, 'spelling', bundled)).toEqual([])
    const slips = 'Talks failed bicause nobody moved untill the minister was dismassed.'
    expect(corrected(bundled, slips)).toBe('Talks failed because nobody moved until the minister was dismissed.')
  })

  it('reports a word over 30 letters as unknown, without suggestions', () => {
    // An 800-letter word took 51 s before suggestions had a length cap.
    const long = 'sanctoins'.repeat(89).slice(0, 800)
    const text = `The ${long} resumed.`
    expect(check(text)).toEqual([{reason: `Unknown word \`${long}\`: no close dictionary word`, ...at(text, long), expected: [], fixable: false, severity: 'warning'}])
  })

  it('leaves names, contractions, addresses and accepted words alone', () => {
    for (const text of [
      'Polish President Andrzej Dudar met Jane Sackie.',
      'They don’t know, and it’s late; we’ll see what they’ve done.',
      'Read it at www.example.com or write to press@example.org.',
      'NATO-initiated talks resumed in 2022.',
      'Commission President von der Leyen met Ursula von der Leyen’s staff.',
      'They met in Brdo pri Kranju for the Pièces jaunes campaign.'
    ]) {
      expect(check(text), text).toEqual([])
    }
    const accepting = linterFor(spelling, 'spelling:\n  accept: [lede]\n')
    expect(findings('The lede was buried.', 'spelling', accepting)).toEqual([])
  })
})

describe('Suggester', () => {
  const suggester = new Suggester(['government', 'governments', 'movement', 'the', 'then', 'ten', 'tea', 'lockstep'])

  it('finds words one edit away, including a swap of two letters', () => {
    expect(suggester.suggest('goverment', 1)).toEqual([{word: 'government', distance: 1}])
    expect(suggester.suggest('teh', 1).map((found) => found.word)).toEqual(['the', 'tea', 'ten'])
    expect(suggester.suggest('locksteps', 1)).toEqual([{word: 'lockstep', distance: 1}])
  })

  it('finds words two edits away', () => {
    expect(suggester.suggest('govrnmnt', 2)).toEqual([{word: 'government', distance: 2}])
  })

  it('suggests for words of up to 30 letters, and looks nothing up for longer ones', () => {
    expect(MAX_SUGGESTED_LENGTH).toBe(30)
    const thirty = 'counterrevolutionariesabcdefgh'
    let lookups = 0
    const words = new Set([thirty, `${thirty}s`])
    const counted = {has: (word: string) => (lookups++, words.has(word)), [Symbol.iterator]: () => words[Symbol.iterator]()}
    const long = new Suggester(counted)
    expect(long.suggest(`${thirty.slice(0, -1)}x`)).toEqual([{word: thirty, distance: 1}])
    expect(lookups).toBeGreaterThan(0)
    lookups = 0
    // One letter off `${thirty}s`, but 31 letters long.
    expect(long.suggest(`${thirty}x`)).toEqual([])
    expect(long.suggest('x'.repeat(2000))).toEqual([])
    expect(lookups).toBe(0)
  })

  it('measures optimal string alignment distance', () => {
    expect(osaDistance('teh', 'the')).toBe(1)
    expect(osaDistance('goverment', 'government')).toBe(1)
    expect(osaDistance('ca', 'abc')).toBe(3)
  })
})
