/**
 * The second names corpus, written blind to the gazetteer (issue 16): its
 * score is held here so that a change that loses ground shows; the
 * targets (70 % fixed, at most 1 false fix per 20 articles, no control
 * changed) are not met yet: docs/names-eval.md.
 */
import {describe, expect, it} from 'vitest'
import {evaluate} from '../scripts/eval.js'

describe('the blind names corpus', () => {
  it('scores as measured: 47 of 83 found, 44 fixed, 2 wrong and 3 false fixes, 1 of 10 controls changed', () => {
    expect(evaluate({corpus: 'names-eval-beats'}).totals).toEqual({errors: 83, detected: 47, fixed: 44, wrongFixes: 2, falseFixes: 3, controls: 10, controlsChanged: 1, controlChanges: 1})
  })
})
