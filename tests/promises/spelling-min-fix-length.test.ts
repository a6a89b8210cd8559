/**
 * spelling.minFixLength (rules/config.yml, 5): a misspelling shorter than it
 * is reported with its one suggestion but not fixed; one at least as long is
 * fixed. "wtih" (4 letters) and "whcih" (5) each have exactly one common
 * word one edit away.
 */
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {createLinter} from '../../src/pipeline.js'
import {bundledConfigWith, corrected, findings} from '../helpers.js'

const text = 'Officials said the talks went on wtih the allies and whcih side would lead.'
const wtih = text.indexOf('wtih')
const whcih = text.indexOf('whcih')
const unfixed = {reason: 'Unknown word `wtih`: did you mean `with`?', start: wtih, end: wtih + 4, actual: 'wtih', expected: ['with'], fixable: false, severity: 'warning'}
const fixed = {reason: 'Unknown word `whcih`: did you mean `which`?', start: whcih, end: whcih + 5, actual: 'whcih', expected: ['which'], fixable: true, severity: 'warning'}

/** The bundled rules with the spelling options' minFixLength set to `length`. */
function linterWithMinFixLength(length: number) {
  return createLinter(loadConfig(bundledConfigWith('  minFixLength: 5\n', `  minFixLength: ${length}\n`), checks))
}

describe('spelling.minFixLength', () => {
  it('at the bundled 5: a 4-letter misspelling is reported, not fixed; a 5-letter one is fixed', () => {
    expect(findings(text, 'spelling')).toEqual([unfixed, fixed])
    expect(corrected(text)).toBe('Officials said the talks went on wtih the allies and which side would lead.')
  })

  it('set to 6: the 5-letter misspelling is reported, not fixed, too', () => {
    const lint = linterWithMinFixLength(6)
    expect(findings(text, 'spelling', lint)).toEqual([unfixed, {...fixed, fixable: false}])
    expect(corrected(text, lint)).toBe(text)
  })

  it('set to 4: the 4-letter misspelling is fixed too', () => {
    const lint = linterWithMinFixLength(4)
    expect(findings(text, 'spelling', lint)).toEqual([{...unfixed, fixable: true}, fixed])
    expect(corrected(text, lint)).toBe('Officials said the talks went on with the allies and which side would lead.')
  })
})
