/**
 * Boilerplate is whole lines of page furniture: the word "Advertisement" in a
 * sentence is article text, and only a line that is nothing but the slot's
 * label goes. Linted with the bundled rules (rules/boilerplate.yml).
 */
import {describe, expect, it} from 'vitest'
import {corrected, findings} from '../helpers.js'

const prose = [
  'The Advertisement Standards Authority said the campaign broke its rules.',
  'Advertisement revenue fell sharply last year, the ministry said.',
  'Officials withdrew the Advertisement.'
].join('\n')

describe('"Advertisement" in running prose', () => {
  it('is not boilerplate: no finding, and the fix changes nothing', () => {
    const text = `Leaders met in Brussels on Thursday.\n\n${prose}\n`
    expect(findings(text, 'boilerplate')).toEqual([])
    expect(corrected(text)).toBe(text)
  })

  it('stays when a line of its own that is only "Advertisement" is removed beside it', () => {
    const text = `Leaders met in Brussels on Thursday.\n\nAdvertisement\n\n${prose}\n`
    const start = text.indexOf('Advertisement\n')
    expect(findings(text, 'boilerplate')).toEqual([
      {
        reason: 'Page furniture, not article text: `Advertisement` (advertising slot): remove the line',
        start,
        end: start + 'Advertisement'.length,
        actual: 'Advertisement',
        expected: [''],
        fixable: true,
        fixRange: {start, end: start + 'Advertisement\n\n'.length},
        severity: 'warning'
      }
    ])
    expect(corrected(text)).toBe(`Leaders met in Brussels on Thursday.\n\n${prose}\n`)
  })
})
