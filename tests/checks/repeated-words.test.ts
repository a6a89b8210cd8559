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

  it('leaves legitimate doubles alone', () => {
    expect(findings('He said that that was fine, and they had had enough.', 'repeated-words')).toEqual([])
  })
})
