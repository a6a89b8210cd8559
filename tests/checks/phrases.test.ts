import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {matchCase, phrases, phrasesSchema, plainPattern} from '../../src/checks/phrases.js'
import {loadYamlFile, RulesError} from '../../src/config/yaml.js'
import {lintMessages} from '../../src/messages.js'
import {findings} from '../helpers.js'
import {at, corrected, linterFor, rulesFile} from './artifacts.js'

/** The data files and folders of the bundled config's `phrases: file:` list (phrases.yml, places.yml, calques/). */
const dataFiles: string[] = [(parse(readFileSync(rulesFile('config.yml'), 'utf8')) as {phrases: {file: string | string[]}}).phrases.file].flat()
/** And the renames that are only house style, off by default: their specs run too. */
const houseStyle = linterFor(phrases, `phrases:\n  file: [${JSON.stringify(rulesFile('house-style.yml'))}]\n`)
const lint = linterFor(phrases, `phrases:\n  file: [${dataFiles.map((file) => JSON.stringify(rulesFile(file))).join(', ')}]\n`)
const check = (text: string, ruleId = 'phrases') => findings(text, ruleId, lint)

describe('a plain phrase’s pattern', () => {
  it('matches whole words only, the boundary before the first word checked after it', () => {
    const pattern = new RegExp(plainPattern('Kiev'), 'giu')
    expect([...'Kiev, Kievan, sKiev, kiev_, KIEV.'.matchAll(pattern)].map((match) => match.index)).toEqual([0, 28])
  })

  it('matches where a word boundary written before the words would', () => {
    const letter = '[\\p{L}\\p{N}_]'
    const phrase = fc.constantFrom('Kiev', 'chicken Kiev', "don't", 'co-operation', 'on locksteps')
    const text = fc.array(fc.constantFrom('Kiev', 'kiev', 'chicken', 'x', 'don’t', "don't", 'co-operation', 'on', 'locksteps', ' ', '\n', '-', '_', '.', 'é'), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(phrase, text, (words, sample) => {
        const before = new RegExp(`(?<!${letter})${plainPattern(words).replace(/\(\?<!\[\\p\{L\}\\p\{N\}_\][^)]*\)/u, '')}`, 'giu')
        const ours = new RegExp(plainPattern(words), 'giu')
        expect([...sample.matchAll(ours)].map((match) => [match.index, match[0]])).toEqual([...sample.matchAll(before)].map((match) => [match.index, match[0]]))
      }),
      {numRuns: 2000, seed: 20261127}
    )
  })
})

describe('phrases', () => {
  it('fixes the seed’s calques, keeping the capital of a heading', () => {
    const text = 'Cyclone diplomacy on display\n\nBiden has made it a top priority to work with Europe on locksteps.'
    expect(check(text)).toEqual([
      {
        reason:
          'Unexpected `Cyclone diplomacy`, expected `Whirlwind diplomacy` (the English idiom for a rush of meetings is "whirlwind diplomacy"; "cyclone" is a literal translation)',
        ...at(text, 'Cyclone diplomacy'),
        expected: ['Whirlwind diplomacy'],
        fixable: true,
        severity: 'warning'
      },
      {
        reason: 'Unexpected `on locksteps`, expected `in lockstep` (the idiom is "in lockstep", singular)',
        ...at(text, 'on locksteps'),
        expected: ['in lockstep'],
        fixable: true,
        severity: 'warning'
      }
    ])
    expect(corrected(lint, text)).toBe('Whirlwind diplomacy on display\n\nBiden has made it a top priority to work with Europe in lockstep.')
  })

  it('updates place names, and keeps the old name inside a longer name or a quoted title', () => {
    const text = 'Directly assisting Kiev, he ordered chicken Kiev in Odessa, Texas, and saw the “Kiev 1941” exhibition.'
    expect(check(text)).toEqual([
      {
        reason: 'Unexpected `Kiev`, expected `Kyiv` (the Ukrainian spelling of the capital, AP style since 2019; "Kiev" is transliterated from Russian)',
        ...at(text, 'Kiev'),
        expected: ['Kyiv'],
        fixable: true,
        severity: 'warning'
      }
    ])
  })

  it('expands regex groups in the replacement', () => {
    expect(corrected(lint, 'The fate of Ukraine is hanging in balance.')).toBe('The fate of Ukraine is hanging in the balance.')
  })

  it('reports advice-only entries under phrases-info, without a fix', () => {
    const text = 'Burma held elections.'
    expect(check(text, 'phrases-info')).toEqual([
      {
        reason:
          '`Burma`: the country\'s official name is Myanmar (since 1989), used by AP and most news media; some house styles keep Burma, so follow yours',
        ...at(text, 'Burma'),
        expected: [],
        fixable: false,
        severity: 'info'
      }
    ])
  })

  it('keeps capitals: first letter, or all of them', () => {
    expect(matchCase('Cyclone diplomacy', 'whirlwind diplomacy')).toBe('Whirlwind diplomacy')
    expect(matchCase('KIEV', 'Kyiv')).toBe('KYIV')
    expect(matchCase('on locksteps', 'in lockstep')).toBe('in lockstep')
    expect(matchCase('kiev', 'Kyiv')).toBe('Kyiv')
  })

  it('matches across a line break but not inside a longer word', () => {
    expect(check('They met on\nlocksteps.').map((message) => message.actual)).toEqual(['on\nlocksteps'])
    expect(check('The Kievan state and Kievskaya station.')).toEqual([])
  })

  it('suggests a renamed place’s new name, without fixing it, in a sentence dated before the rename or inside a longer name', () => {
    const pick = (text: string) => check(text).map(({reason, actual, expected, fixable}) => ({reason, actual, expected, fixable}))
    expect(pick('He was born in Bombay in 1960 and moved to London.')).toEqual([
      {reason: '`Bombay` became `Mumbai` in 1995, but this sentence speaks of 1960: keep the old name if it means that time', actual: 'Bombay', expected: ['Mumbai'], fixable: false}
    ])
    expect(pick('The Bombay Gymkhana Club hosted the dinner.')).toEqual([
      {reason: '`Bombay` became `Mumbai` in 1995, but here it is part of the name `Bombay Gymkhana Club`: a name keeps its old form unless its owner changed it', actual: 'Bombay', expected: ['Mumbai'], fixable: false}
    ])
    expect(pick('She led the Archdiocese of Madras.').map(({reason}) => reason)).toEqual([
      '`Madras` became `Chennai` in 1996, but here it is part of the name `Archdiocese of Madras`: a name keeps its old form unless its owner changed it'
    ])
    expect(pick('Flights to Bombay resumed on Monday after the 1993 blasts were recalled in 2024.').map(({fixable}) => fixable)).toEqual([true])
    expect(pick('The city, called Bombay until 1995, grew fast.').map(({reason, fixable}) => [reason, fixable])).toEqual([
      ['`Bombay` became `Mumbai` in 1995, but this sentence speaks of 1995: keep the old name if it means that time', false]
    ])
    expect(pick('The city, formerly Bombay, grew fast.').map(({reason, fixable}) => [reason, fixable])).toEqual([
      ['`Bombay` became `Mumbai` in 1995, and this sentence speaks of the name itself: keep it if it means the old name', false]
    ])
  })

  // One test a data file, each file's specs with that file alone (two languages may share a calque: the first file's entry
  // would report it): together they run some 1,400 specs, too many for one test's time limit on a busy machine.
  const specFiles = [
    ...dataFiles.flatMap((file) => (file.endsWith('/') ? readdirSync(rulesFile(file)).filter((name) => name.endsWith('.yml')).map((name) => `${file}${name}`) : [file])),
    'house-style.yml'
  ].map((file) => [file, linterFor(phrases, `phrases:\n  file: [${JSON.stringify(rulesFile(file))}]\n`)] as const)

  it('runs the specs of every file in config.yml’s phrases list (phrases.yml, places.yml, calques/) and of house-style.yml', () => {
    expect(specFiles.map(([file]) => file)).toEqual(expect.arrayContaining(['phrases.yml', 'places.yml', 'calques/french.yml', 'calques/turkish.yml', 'house-style.yml']))
  })

  it.each(specFiles)('runs every spec of %s', (file, linter) => {
    const entries = loadYamlFile(rulesFile(file), phrasesSchema, 'phrases-specs@1').data.phrases
    let count = 0
    for (const entry of entries) {
      expect(entry.specs.length, `${JSON.stringify(entry.pattern ?? entry.regex)} has specs`).toBeGreaterThan(0)
      const suggests = entry.replacement !== undefined && !entry.fix
      for (const spec of entry.specs) {
        const mine = lintMessages(linter.lint(spec.from)).filter((message) => message.reason.includes(entry.reason))
        if (suggests && spec.from !== spec.to) {
          // A suggestion (fix: false): from → to is the suggested text; the corrected draft keeps the sentence.
          const suggested = mine
            .map((message) => {
              const place = message.place as {start: {offset?: number}; end: {offset?: number}}
              return {start: place.start.offset!, end: place.end.offset!, text: message.expected![0]!}
            })
            .sort((a, b) => b.start - a.start)
            .reduce((text, {start, end, text: replacement}) => text.slice(0, start) + replacement + text.slice(end), spec.from)
          expect.soft(suggested, spec.from).toBe(spec.to)
          expect.soft(corrected(linter, spec.from), spec.from).toBe(spec.from)
        } else expect.soft(corrected(linter, spec.from), spec.from).toBe(spec.to)
        // Reported: a change, advice, or what the spec says (a suggestion kept in context); else a look-alike left alone.
        if (spec.reported ?? (spec.from !== spec.to || entry.replacement === undefined)) expect.soft(mine.length, spec.from).toBeGreaterThan(0)
        else expect.soft(mine, spec.from).toEqual([])
        count++
      }
    }
    expect(count).toBeGreaterThanOrEqual(entries.length)
  })

  it('leaves renames that are only house style off by default (Türkiye, Czechia)', () => {
    expect(findings('Turkey hosted the talks with the Czech Republic.', 'phrases-info', lint)).toEqual([])
    expect(findings('Turkey hosted the talks with the Czech Republic.', 'phrases-info', houseStyle).map(({actual}) => actual)).toEqual(['Turkey', 'Czech Republic'])
  })

  it('rejects an unsafe regular expression at load, naming file, line and column', () => {
    const yaml = 'phrases:\n  - pattern: Kiev\n    replacement: Kyiv\n    reason: style\n  - regex: "(a|a)*b"\n    replacement: x\n    reason: bad\n'
    const load = () => linterFor(phrases, 'phrases:\n  file: mine.yml\n', {'mine.yml': yaml})
    expect(load).toThrow(RulesError)
    expect(load).toThrow(/\/mine\.yml:5:5: unsafe regular expression: exponential backtracking/)
  })

  it('rejects an entry with both a pattern and a regex', () => {
    const yaml = 'phrases:\n  - pattern: Kiev\n    regex: Kiev\n    reason: style\n'
    expect(() => linterFor(phrases, 'phrases:\n  file: mine.yml\n', {'mine.yml': yaml})).toThrow(/mine\.yml:2:5: give exactly one of pattern or regex/)
  })

  it('suggests without fixing when an entry says fix: false, and honours caseSensitive', () => {
    const yaml = [
      'phrases:',
      '  - pattern: the Russian side',
      '    replacement: Russia',
      '    reason: name the government',
      '    fix: false',
      '  - pattern: Turkey',
      '    replacement: Türkiye',
      '    reason: the UN name',
      '    caseSensitive: true',
      '    severity: error',
      ''
    ].join('\n')
    const mine = linterFor(phrases, 'phrases:\n  file: mine.yml\n', {'mine.yml': yaml})
    const text = 'The Russian side said turkey was served in Turkey.'
    expect(findings(text, 'phrases', mine)).toEqual([
      {reason: 'Unexpected `The Russian side`, expected `Russia` (name the government)', ...at(text, 'The Russian side'), expected: ['Russia'], fixable: false, severity: 'warning'}
    ])
    expect(findings(text, 'phrases-error', mine)).toEqual([
      {reason: 'Unexpected `Turkey`, expected `Türkiye` (the UN name)', ...at(text, 'Turkey'), expected: ['Türkiye'], fixable: true, severity: 'error'}
    ])
  })
})
