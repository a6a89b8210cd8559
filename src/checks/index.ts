/** Every check, in the order it runs. Adding a check means adding it here. */
import {boilerplate} from './boilerplate.js'
import type {Check} from './check.js'
import {fragments} from './fragments.js'
import {nameConsistency} from './name-consistency.js'
import {names} from './names.js'
import {namesToVerify} from './names-to-verify.js'
import {phrases} from './phrases.js'
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
  boilerplate,
  fragments,
  phrases,
  spelling,
  names,
  nameConsistency,
  namesToVerify,
  readability,
  readabilitySummary
]
