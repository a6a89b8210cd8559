/** Every check, in the order it runs. Adding a check means adding it here. */
import type {Check} from './check.js'
import {nameConsistency} from './name-consistency.js'
import {names} from './names.js'
import {namesToVerify} from './names-to-verify.js'
import {readability} from './readability.js'
import {readabilitySummary} from './readability-summary.js'
import {repeatedWords} from './repeated-words.js'

export const checks: readonly Check[] = [repeatedWords, names, nameConsistency, namesToVerify, readability, readabilitySummary]
