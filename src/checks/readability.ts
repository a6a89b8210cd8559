/**
 * Hard-to-read sentences, judged by retext-readability's seven formulas. The
 * reason says why in an editor's terms: the word count and the grade level.
 */
import retextReadability from 'retext-readability'
import type {Sentence} from 'nlcst'
import {z} from 'zod'
import {count, round1, score} from '../readability/measure.js'
import {adopt} from './adopt.js'
import {defineCheck} from './check.js'

export const readabilityOptions = z.strictObject({
  /** Reader age the sentence must suit; news copy aims at a general adult reader. */
  age: z.number().int().min(8).max(30).default(19),
  /** Shorter sentences are never flagged, however long their words. */
  minWords: z.number().int().min(1).default(25),
  /** Share of the seven formulas that must agree the sentence is too hard. */
  threshold: z.number().gt(0).max(1).default(4 / 7)
})

export const readability = defineCheck({
  name: 'readability',
  rules: {readability: 'warning'},
  options: readabilityOptions,
  plugin(options) {
    const transformer = (retextReadability as (o: object) => Parameters<typeof adopt>[0])(options)
    return adopt(transformer, (message) => {
      const sentence = message.ancestors?.at(-1) as Sentence | undefined
      const counts = count(sentence ? [sentence] : [])
      const grade = round1(score(counts).fleschKincaidGrade)
      const agree = /according to (.+) algorithms/.exec(message.reason)?.[1] ?? 'most'
      return {
        ruleId: 'readability',
        reason: `Hard to read sentence: ${counts.word} words, Flesch–Kincaid grade ${grade} (${agree} readability formulas agree); consider splitting it`,
        fixable: false
      }
    })
  }
})
