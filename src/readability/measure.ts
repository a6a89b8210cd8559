/**
 * Readability of a run of sentences, counted the way retext-readability counts
 * a single sentence, and scored with the same formula packages. Used for the
 * per-sentence reason text and for the document summary, so both agree.
 */
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import type {Sentence} from 'nlcst'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {syllable} from 'syllable'
import {memoised} from '../memo.js'
import {textOf} from '../text/nodes.js'
import {words} from '../text/paragraphs.js'

export type Counts = {
  sentence: number
  word: number
  syllable: number
  letter: number
  character: number
  polysillabicWord: number
  complexPolysillabicWord: number
  difficultWord: number
  unfamiliarWord: number
}

export interface Scores {
  fleschReadingEase: number
  fleschKincaidGrade: number
  gunningFog: number
  smog: number
  colemanLiau: number
  automatedReadability: number
  daleChall: number
  spache: number
}

const familiar = new Set(spache)
const easy = new Set(daleChall)

// retext-readability looks each word up in these lists with Array#includes, and they are the packages' own arrays,
// which it imports too: an own `includes` on each answers from the Set, the same answer (retext-readability over
// every sentence of the seed ×100: 0.95–1.03 s with Array#includes, 0.56–0.62 s with the Sets). Configurable: a
// test that loads the modules afresh runs this again on the same arrays.
for (const [list, words] of [[daleChall, easy], [spache, familiar]] as const) {
  Object.defineProperty(list, 'includes', {value: (word: string) => words.has(word), configurable: true})
}

/** What the counts need to know of a word, which depends on the word alone. */
interface WordFacts {
  lower: string
  syllables: number
  /** Lowercase first letter: Gunning fog skips proper nouns, so capitalised words are not "complex". */
  complex: boolean
  easy: boolean
  familiar: boolean
}

/** A word's facts, memoised: news copy repeats its words. */
const factsOf = memoised((word): WordFacts => {
  const lower = word.toLowerCase()
  return {lower, syllables: syllable(word), complex: word.charCodeAt(0) === lower.charCodeAt(0), easy: easy.has(lower), familiar: familiar.has(lower)}
})

/** Counts of several sentences: the sum of each sentence's counts. */
export function count(sentences: readonly Sentence[]): Counts {
  const total = empty(sentences.length)
  for (const sentence of sentences) add(total, countSentence(sentence))
  return total
}

/** Adds a sentence's counts (all but `sentence`) to a total. */
function add(total: Counts, counts: Counts): void {
  total.word += counts.word
  total.syllable += counts.syllable
  total.letter += counts.letter
  total.character += counts.character
  total.polysillabicWord += counts.polysillabicWord
  total.complexPolysillabicWord += counts.complexPolysillabicWord
  total.difficultWord += counts.difficultWord
  total.unfamiliarWord += counts.unfamiliarWord
}

function empty(sentence: number): Counts {
  return {sentence, word: 0, syllable: 0, letter: 0, character: 0, polysillabicWord: 0, complexPolysillabicWord: 0, difficultWord: 0, unfamiliarWord: 0}
}

function countSentence(sentence: Sentence): Counts {
  const easySeen = new Set<string>()
  const familiarSeen = new Set<string>()
  const counts = empty(1)
  for (const node of words(sentence)) {
    const value = textOf(node)
    const word = factsOf(value)
    counts.word++
    counts.syllable += word.syllables
    counts.letter += value.length
    if (word.syllables >= 3) {
      counts.polysillabicWord++
      if (word.complex) counts.complexPolysillabicWord++
    }
    // As retext-readability counts: each familiar word once per sentence, repeats count as unfamiliar.
    if (word.easy && !easySeen.has(word.lower)) easySeen.add(word.lower)
    else counts.difficultWord++
    if (word.familiar && !familiarSeen.has(word.lower)) familiarSeen.add(word.lower)
    else counts.unfamiliarWord++
  }
  counts.character = counts.letter
  return counts
}

/**
 * Reader ages by the five of retext-readability's seven formulas that need no
 * word list (its mapping from grades and scores to ages). The other two,
 * Dale–Chall and Spache, are what make the plugin slow: a sentence on which
 * fewer than `needed - 2` of these five agree cannot be flagged by it.
 */
export function listFreeAges(counts: Counts): number[] {
  const grade = (value: number) => Math.round(value + 5)
  return [
    grade(automatedReadability(counts)),
    grade(colemanLiau(counts)),
    20 - Math.floor(flesch(counts) / 10),
    grade(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5)
  ]
}

export function score(counts: Counts): Scores {
  return {
    fleschReadingEase: flesch(counts),
    fleschKincaidGrade: fleschKincaid(counts),
    gunningFog: gunningFog(counts),
    smog: smogFormula(counts),
    colemanLiau: colemanLiau(counts),
    automatedReadability: automatedReadability(counts),
    daleChall: daleChallFormula(counts),
    spache: spacheFormula(counts)
  }
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10
}
