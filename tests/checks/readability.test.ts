import {daleChall} from 'dale-chall'
import {spache} from 'spache'
import {describe, expect, it} from 'vitest'
import '../../src/readability/measure.js'
import {findings} from '../helpers.js'

const hard =
  'The extraordinary intergovernmental consultations, necessitated by unprecedented geopolitical considerations, ' +
  'demonstrated considerable institutional complexity regarding multilateral coordination mechanisms, ' +
  'notwithstanding substantial diplomatic preparation undertaken collectively by participating administrations beforehand.'

describe('readability', () => {
  it('flags a long, hard sentence and says why', () => {
    expect(findings(hard, 'readability')).toEqual([
      {
        reason: 'Hard to read sentence: 27 words, Flesch–Kincaid grade 43 (5 out of 7 readability formulas agree); consider splitting it',
        start: 0,
        end: hard.length,
        actual: hard,
        expected: [],
        fixable: false,
        severity: 'warning'
      }
    ])
  })

  it('does not flag a short sentence with long words', () => {
    expect(findings('Unprecedented intergovernmental consultations necessitated considerable institutional coordination.', 'readability')).toEqual([])
  })

  it('summarises the whole document once', () => {
    const summary = findings('Leaders met in Brussels. They agreed on new sanctions against Russia.', 'readability-summary')
    expect(summary).toEqual([
      {
        reason:
          'Readability: Flesch reading ease 78.2, Flesch–Kincaid grade 3.7, Gunning fog 2.2, SMOG 3.1, Coleman–Liau 9.3, ARI 5.7 (11 words in 2 sentences, 5.5 words per sentence)',
        start: 0,
        end: 0,
        actual: '',
        expected: [],
        fixable: false,
        severity: 'info'
      }
    ])
  })
})

describe('readability agrees with retext-readability', () => {
  it('flags exactly the sentences retext-readability flags, with the same options, less headings', async () => {
    const {retext} = await import('retext')
    const {default: retextReadability} = await import('retext-readability')
    const {readFileSync, readdirSync} = await import('node:fs')
    const corpus = 'tests/fixtures/names-eval'
    const texts = [readFileSync('drafts/biden-nato-summit.txt', 'utf8'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${corpus}/${f}`, 'utf8'))]
    let flagged = 0
    for (const options of [{age: 19, minWords: 25, threshold: 4 / 7}, {age: 16, minWords: 5, threshold: 4 / 7}]) {
      const {createLinter} = await import('../../src/pipeline.js')
      const {loadConfig} = await import('../../src/config/config.js')
      const {readability} = await import('../../src/checks/readability.js')
      const {configFile} = await import('../helpers.js')
      const ours = createLinter(loadConfig(configFile(`readability: ${JSON.stringify(options)}\n`), [readability]), [readability])
      for (const text of texts) {
        const {isHeadingLine} = await import('../../src/text/headings.js')
        const isHeadingAt = (place: unknown) => isHeadingLine(text.split('\n')[(place as {start: {line: number}}).start.line - 1]!)
        const reference = (await retext().use(retextReadability, options).process(text)).messages.map((m) => m.place).filter((place) => !isHeadingAt(place))
        const mine = ours.lint(text).messages.map((m) => m.place)
        expect(mine).toEqual(reference)
        flagged += mine.length
      }
    }
    expect(flagged).toBeGreaterThan(100)
  })

  it('answers retext-readability\'s word-list lookups from a Set, as Array#includes would', () => {
    for (const list of [daleChall, spache]) {
      expect(Object.hasOwn(list, 'includes')).toBe(true)
      for (const word of [...list, 'Able', 'geopolitical', '', 'constructor', 'a '] as string[]) expect(list.includes(word), word).toBe(Array.prototype.includes.call(list, word))
    }
  })
})
