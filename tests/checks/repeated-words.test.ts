import {describe, expect, it} from 'vitest'
import {fix} from '../../src/fix/fix.js'
import {lintMessages} from '../../src/messages.js'
import {findings, linter} from '../helpers.js'

describe('repeated-words', () => {
  it('flags a doubled word and keeps the first occurrence as written', () => {
    expect(findings('The the summit opened.', 'repeated-words')).toEqual([
      {reason: 'Repeated `The`: remove one occurrence', start: 0, end: 7, actual: 'The the', expected: ['The'], fixable: true, severity: 'warning'}
    ])
  })

  it('fixes it in the corrected text', () => {
    const text = 'Leaders met in in Brussels.'
    const file = linter().lint(text)
    const result = fix(text, lintMessages(file), (next) => lintMessages(linter().lint(next)))
    expect(result.output).toBe('Leaders met in Brussels.')
    expect(result.passes).toBe(1)
  })

  it('leaves legitimate doubles alone', () => {
    expect(findings('He said that that was fine, and they had had enough.', 'repeated-words')).toEqual([])
  })
})
