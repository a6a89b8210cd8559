/**
 * The second names corpus, written blind to the gazetteer (issue 16): its
 * score is held here so that a change that loses ground shows; the
 * target of 70 % fixed is not met yet: docs/names-eval.md.
 */
import {describe, expect, it} from 'vitest'
import {evaluate} from '../scripts/eval.js'

describe('the blind names corpus', () => {
  it('scores as measured: 47 of 83 found, 45 fixed, 1 wrong fix, no false fix, no control changed', () => {
    expect(evaluate({corpus: 'names-eval-beats'}).totals).toEqual({errors: 83, detected: 47, fixed: 45, wrongFixes: 1, falseFixes: 0, controls: 10, controlsChanged: 0, controlChanges: 0})
  })
})
