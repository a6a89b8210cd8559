/**
 * Hard-to-read sentences: retext-readability's test (at least `minWords`
 * words, and `threshold` of its seven formulas put the sentence above the
 * reader `age`), computed with the same formula packages over counts that
 * are shared with the document summary. retext-readability itself looks each
 * word up with Array#includes in the Dale–Chall and Spache lists, which cost
 * 2.3 of 7.7 seconds on a 640 KB article; tests/checks/readability.test.ts
 * holds this check to flag exactly the sentences retext-readability flags.
 * Headings are not sentences and are skipped. The reason says why in an
 * editor's terms: word count and grade level.
 */
import type {Sentence} from 'nlcst'
import {z} from 'zod'
import {report} from '../messages.js'
import {ages, count, round1, score} from '../readability/measure.js'
import {isHeadingSentence} from '../text/headings.js'
import {endOffset, startOffset} from '../text/nodes.js'
import {sentences} from '../text/paragraphs.js'
import {defineCheck} from './check.js'

export const readabilityOptions = z.strictObject({
  /** Reader age the sentence must suit; news copy aims at a general adult reader. */
  age: z.number().int().min(8).max(30).default(19),
  /** Shorter sentences are never flagged, however long their words. */
  minWords: z.number().int().min(1).default(25),
  /** Share of the seven formulas that must agree the sentence is too hard. */
  threshold: z.number().gt(0).max(1).default(4 / 7)
})

export type ReadabilityOptions = z.infer<typeof readabilityOptions>

/** Whether retext-readability would flag the sentence, and how many formulas agree. */
export function judge(sentence: Sentence, options: ReadabilityOptions): {hard: boolean; agree: number; words: number} {
  const counts = count([sentence])
  if (counts.word < options.minWords) return {hard: false, agree: 0, words: counts.word}
  const agree = ages(counts).filter((age) => age > options.age).length
  return {hard: agree / 7 >= options.threshold, agree, words: counts.word}
}

export const readability = defineCheck({
  name: 'readability',
  fixes: false,
  rules: {
    readability: {
      severity: 'warning',
      description: 'A sentence too long and hard to read.',
      docs: 'readability',
      messages: {hard: 'Hard to read sentence: {{words}} words, Flesch–Kincaid grade {{grade}} ({{agree}} readability formulas agree); consider splitting it'}
    }
  },
  options: readabilityOptions,
  plugin(options) {
    return (tree, file) => {
      for (const {sentence, paragraph} of sentences(tree)) {
        if (isHeadingSentence(sentence, paragraph, file)) continue
        const {hard, agree, words} = judge(sentence, options)
        if (hard) {
          const grade = round1(score(count([sentence])).fleschKincaidGrade)
          report(file, {
            ruleId: 'readability',
            messageId: 'hard',
            data: {words, grade, agree: agree === 7 ? 'all 7' : `${agree} out of 7`},
            start: startOffset(sentence),
            end: endOffset(sentence)
          })
        }
      }
    }
  }
})
