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
  rules: {
    'readability-summary': {
      severity: 'info',
      description: 'Readability scores of the whole article.',
      docs: 'readability-summary',
      messages: {
        summary:
          'Readability: Flesch reading ease {{ease}}, Flesch–Kincaid grade {{grade}}, Gunning fog {{fog}}, SMOG {{smog}}, Coleman–Liau {{colemanLiau}}, ARI {{ari}} ' +
          '({{words}} words in {{sentences}} sentences, {{perSentence}} words per sentence)'
      }
    }
  },
  options: z.strictObject({}),
  plugin() {
    return (tree: Root, file) => {
      const counts = count(sentences(tree).flatMap(({sentence, paragraph}) => (isHeadingSentence(sentence, paragraph, file) ? [] : [sentence])))
      if (counts.word === 0) return
      const scores = score(counts)
      file.data.readability = {counts, scores}
      report(file, {
        ruleId: 'readability-summary',
        messageId: 'summary',
        data: {
          ease: round1(scores.fleschReadingEase),
          grade: round1(scores.fleschKincaidGrade),
          fog: round1(scores.gunningFog),
          smog: round1(scores.smog),
          colemanLiau: round1(scores.colemanLiau),
          ari: round1(scores.automatedReadability),
          words: counts.word,
          sentences: counts.sentence,
          perSentence: round1(counts.word / counts.sentence)
        },
        start: 0,
        end: 0
      })
    }
  }
})
