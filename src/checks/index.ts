/**
 * Every check. Adding a check means adding it here: the pipeline runs them in
 * this order, except that a check runs after the checks it `needs`.
 */
import {boilerplate} from './boilerplate.js'
import {brackets} from './brackets.js'
import {controlCommentsCheck} from './control-comments.js'
import type {Check} from './check.js'
import {fragments} from './fragments.js'
import {nameConsistency} from './name-consistency.js'
import {names} from './names.js'
import {namesToVerify} from './names-to-verify.js'
import {phrases} from './phrases.js'
import {punctuation} from './punctuation.js'
import {quotes} from './quotes.js'
import {readability} from './readability.js'
import {readabilitySummary} from './readability-summary.js'
import {repeatedPhrase} from './repeated-phrase.js'
import {repeatedWords} from './repeated-words.js'
import {spelling} from './spelling.js'

export const checks: readonly Check[] = [
  repeatedWords,
  repeatedPhrase,
  quotes,
  brackets,
  punctuation,
  boilerplate,
  fragments,
  phrases,
  spelling,
  names,
  nameConsistency,
  namesToVerify,
  readability,
  readabilitySummary,
  controlCommentsCheck
]
