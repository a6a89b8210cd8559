/**
 * The quotes check fixes a mark only where its position leaves no doubt. A
 * closing-shaped mark whose quotation is unclear is reported without a fix,
 * and the corrected text keeps it as written. Through the whole linter.
 */
import {describe, expect, it} from 'vitest'
import {corrected, findings} from '../helpers.js'

const w = {expected: [], fixable: false, severity: 'warning'} as const

describe('an ambiguous closing quote', () => {
  it('between two words with no quotation open is reported, not fixed: it may close a quotation lost before it, or open one', () => {
    const text = 'Officials said the plan”worked and left on Friday.'
    const at = text.indexOf('”')
    expect(findings(text, 'quotes')).toEqual([
      {reason: 'Unmatched closing quote `”`: no quotation is open at this point of the paragraph', start: at, end: at + 1, actual: '”', ...w}
    ])
    expect(corrected(text)).toBe(text)
  })

  it('opening a second quotation while one is open is reported, not turned: which of the two marks is wrong is unclear', () => {
    const text = 'He said “we will win and ”then left the room.'
    const first = text.indexOf('“')
    const second = text.indexOf('”')
    expect(findings(text, 'quotes')).toEqual([
      {reason: 'Unmatched opening quote `“`: the quotation is not closed in this paragraph', start: first, end: first + 1, actual: '“', ...w},
      {reason: 'Misdirected quote `”` opens a quotation: expected `“`', start: second, end: second + 1, actual: '”', ...w},
      {reason: 'Unmatched opening quote `”`: the quotation is not closed in this paragraph', start: second, end: second + 1, actual: '”', ...w}
    ])
    expect(corrected(text)).toBe(text)
  })

  it('after the end of a sentence with nothing open is reported, not fixed', () => {
    const text = 'The minister said the talks had ended.” Nobody replied.'
    const at = text.indexOf('”')
    expect(findings(text, 'quotes')).toEqual([
      {reason: 'Unmatched closing quote `”`: no quotation is open at this point of the paragraph', start: at, end: at + 1, actual: '”', ...w}
    ])
    expect(corrected(text)).toBe(text)
  })
})
