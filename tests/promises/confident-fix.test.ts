/**
 * The confident-fix threshold (names.confident, default 3; CONFIDENT in
 * src/names/resolve.ts): the score a misspelled name's best match needs
 * before the fixer changes it. Guarded on the labelled corpus (npm run
 * eval's evaluate()) at the default and one either side: one higher loses
 * eight correct fixes; one lower gains none, and no longer adds the false fix
 * it once did ("Mato Grosso" → "Matteo Rossi"): a place is never a person,
 * and a person the article neither names nor is about is only suggested.
 * And on the smallest texts that show each.
 */
import {describe, expect, it} from 'vitest'
import {evaluate} from '../../scripts/eval.js'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {bundledConfig} from '../../src/package-root.js'
import {createLinter} from '../../src/pipeline.js'
import {bundledConfigWith, corrected, findings} from '../helpers.js'

/** The measured totals at the bundled threshold, as the README gives them. */
const bundled = {errors: 98, detected: 97, fixed: 94, wrongFixes: 2, falseFixes: 2, controls: 16, controlsChanged: 0, controlChanges: 0, controlFindings: 2, keeps: 0, keepsChanged: 0}

const linterAt = (confident: number) => createLinter(loadConfig(bundledConfigWith('  fixStyle: false\n', `  fixStyle: false\n  confident: ${confident}\n`), checks))

describe('the confident-fix threshold', () => {
  it('is 3 in the bundled config', () => {
    expect(loadConfig(bundledConfig, checks).options.get('names')).toMatchObject({confident: 3})
  })

  it('on the eval corpus: the default makes more correct fixes than one higher, and one lower gains nothing', () => {
    expect(evaluate().totals).toEqual(bundled)
    expect(evaluate({confident: 2}).totals).toEqual(bundled)
    expect(evaluate({confident: 4}).totals).toEqual({...bundled, fixed: 86})
  })

  it('even lower than the default, a two-word place is not taken for a person (it once became "Matteo Rossi")', () => {
    const text = 'The road runs through Mato Grosso.'
    expect(findings(text, 'name-misspelled')).toEqual([])
    expect(corrected(text, linterAt(2))).toBe(text)
  })

  it('higher than the default, a later mention one letter off is no longer fixed', () => {
    const text = 'Emmanuel Macron arrived. Macrom said little.'
    expect(corrected(text)).toBe('Emmanuel Macron arrived. Macron said little.')
    expect(corrected(text, linterAt(3))).toBe('Emmanuel Macron arrived. Macron said little.')
    expect(corrected(text, linterAt(4))).toBe(text)
  })
})
