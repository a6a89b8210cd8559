/**
 * One document-level readability summary per file: stored in
 * `file.data.readability` for reporters and emitted once as an info message.
 * Headings are left out: they are not sentences.
 */
import type {Root} from 'nlcst'
import {z} from 'zod'
import {report} from '../messages.js'
import {count, round1, score, type Counts, type Scores} from '../readability/measure.js'
import {isHeadingSentence} from '../text/headings.js'
import {sentences} from '../text/paragraphs.js'
import {defineCheck} from './check.js'

export interface ReadabilitySummary {
  counts: Counts
  scores: Scores
}

declare module 'vfile' {
  interface DataMap {
    readability: ReadabilitySummary
  }
}

export const readabilitySummary = defineCheck({
  name: 'readability-summary',
  fixes: false,
  rules: {'readability-summary': 'info'},
  options: z.strictObject({}),
  plugin() {
    return (tree: Root, file) => {
      const text = String(file.value)
      const counts = count(sentences(tree).flatMap(({sentence, paragraph}) => (isHeadingSentence(sentence, paragraph, text) ? [] : [sentence])))
      if (counts.word === 0) return
      const scores = score(counts)
      file.data.readability = {counts, scores}
      report(file, {
        ruleId: 'readability-summary',
        reason:
          `Readability: Flesch reading ease ${round1(scores.fleschReadingEase)}, ` +
          `Flesch–Kincaid grade ${round1(scores.fleschKincaidGrade)}, Gunning fog ${round1(scores.gunningFog)}, ` +
          `SMOG ${round1(scores.smog)}, Coleman–Liau ${round1(scores.colemanLiau)}, ARI ${round1(scores.automatedReadability)} ` +
          `(${counts.word} words in ${counts.sentence} sentences, ${round1(counts.word / counts.sentence)} words per sentence)`,
        start: 0,
        end: 0
      })
    }
  }
})
