/**
 * Readability of a run of sentences, counted the way retext-readability counts
 * a single sentence, and scored with the same formula packages. Used for the
 * per-sentence reason text and for the document summary, so both agree.
 */
import type {Sentence} from 'nlcst'
import {syllable} from 'syllable'
import {words} from '../text/paragraphs.js'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula, daleChallGradeLevel} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'
import {textOf} from '../text/nodes.js'

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

const syllables = new Map<string, number>()

/** Syllables of a word, memoised: news copy repeats its words. */
function syllablesOf(word: string): number {
  let found = syllables.get(word)
  if (found === undefined) {
    found = syllable(word)
    if (syllables.size < 100_000) syllables.set(word, found)
  }
  return found
}

const perSentence = new WeakMap<Sentence, Counts>()

/** Counts of several sentences: the sum of each sentence's (memoised) counts. */
export function count(sentences: readonly Sentence[]): Counts {
  const total = empty(0)
  total.sentence = sentences.length
  for (const sentence of sentences) {
    let counts = perSentence.get(sentence)
    if (!counts) {
      counts = countSentence(sentence)
      perSentence.set(sentence, counts)
    }
    for (const key of Object.keys(total) as Array<keyof Counts>) if (key !== 'sentence') total[key] += counts[key]
  }
  return total
}

function empty(sentence: number): Counts {
  return {sentence, word: 0, syllable: 0, letter: 0, character: 0, polysillabicWord: 0, complexPolysillabicWord: 0, difficultWord: 0, unfamiliarWord: 0}
}

function countSentence(sentence: Sentence): Counts {
  const easySeen = new Set<string>()
  const familiarSeen = new Set<string>()
  const counts: Counts = {
    sentence: 1,
    word: 0,
    syllable: 0,
    letter: 0,
    character: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    difficultWord: 0,
    unfamiliarWord: 0
  }
  for (const node of words(sentence)) {
    const value = textOf(node)
    const lower = value.toLowerCase()
    const syllables = syllablesOf(value)
    counts.word++
    counts.syllable += syllables
    counts.letter += value.length
    if (syllables >= 3) {
      counts.polysillabicWord++
      // Gunning fog skips proper nouns: capitalised words are not "complex".
      if (value.charCodeAt(0) === lower.charCodeAt(0)) counts.complexPolysillabicWord++
    }
    // As retext-readability counts: each familiar word once per sentence, repeats count as unfamiliar.
    if (easy.has(lower) && !easySeen.has(lower)) easySeen.add(lower)
    else counts.difficultWord++
    if (familiar.has(lower) && !familiarSeen.has(lower)) familiarSeen.add(lower)
    else counts.unfamiliarWord++
  }
  counts.character = counts.letter
  return counts
}

/** Reader ages by retext-readability's seven formulas (its mapping from grades and scores to ages). */
export function ages(counts: Counts): number[] {
  const grade = (value: number) => Math.round(value + 5)
  return [
    grade(automatedReadability(counts)),
    grade(colemanLiau(counts)),
    grade(daleChallGradeLevel(daleChallFormula(counts))[1]),
    20 - Math.floor(flesch(counts) / 10),
    grade(gunningFog(counts)),
    Math.ceil(Math.sqrt(smogFormula(counts)) + 2.5),
    grade(spacheFormula(counts))
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
