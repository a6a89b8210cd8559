/**
 * Readability of a run of sentences, counted the way retext-readability counts
 * a single sentence, and scored with the same formula packages. Used for the
 * per-sentence reason text and for the document summary, so both agree.
 */
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {syllable} from 'syllable'
import {visit} from 'unist-util-visit'
import {automatedReadability} from 'automated-readability'
import {colemanLiau} from 'coleman-liau'
import {daleChall} from 'dale-chall'
import {daleChallFormula} from 'dale-chall-formula'
import {flesch} from 'flesch'
import {fleschKincaid} from 'flesch-kincaid'
import {gunningFog} from 'gunning-fog'
import {smogFormula} from 'smog-formula'
import {spache} from 'spache'
import {spacheFormula} from 'spache-formula'

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

export function count(sentences: readonly Sentence[]): Counts {
  const counts: Counts = {
    sentence: sentences.length,
    word: 0,
    syllable: 0,
    letter: 0,
    character: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    difficultWord: 0,
    unfamiliarWord: 0
  }
  for (const sentence of sentences) {
    visit(sentence, 'WordNode', (node) => {
      const value = toString(node)
      const lower = value.toLowerCase()
      const syllables = syllable(value)
      counts.word++
      counts.syllable += syllables
      counts.letter += value.length
      if (syllables >= 3) {
        counts.polysillabicWord++
        // Gunning fog skips proper nouns: capitalised words are not "complex".
        if (value.charCodeAt(0) === lower.charCodeAt(0)) counts.complexPolysillabicWord++
      }
      if (!easy.has(lower)) counts.difficultWord++
      if (!familiar.has(lower)) counts.unfamiliarWord++
    })
  }
  counts.character = counts.letter
  return counts
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
