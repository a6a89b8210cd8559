/**
 * Hard-to-read sentences, judged by retext-readability: at least `minWords`
 * words, and `threshold` of its seven formulas put the sentence above the
 * reader `age`. The plugin looks each word up in the Dale–Chall and Spache
 * lists with Array#includes (2.3 of 7.7 seconds on a 640 KB article), so it
 * is given only the sentences that could reach the threshold, as
 * repeated-words is given only its candidates: long enough, and enough of
 * the five formulas without word lists agreeing that the two with them
 * could make up the rest. Headings, which are not sentences, are left out.
 * The reason says why in an editor's terms: word count and grade level.
 */
import type {Root, Sentence} from 'nlcst'
import retextReadability from 'retext-readability'
import {z} from 'zod'
import {count, listFreeAges, round1, score} from '../readability/measure.js'
import {isHeadingSentence} from '../text/headings.js'
import {sentences} from '../text/paragraphs.js'
import {adopt, type PluginTransform} from './adopt.js'
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

/** Whether retext-readability could flag the sentence: the two formulas with word lists agreeing at most. */
function mayBeHard(sentence: Sentence, options: ReadabilityOptions): boolean {
  const counts = count([sentence])
  if (counts.word < options.minWords) return false
  const agree = listFreeAges(counts).filter((age) => age > options.age).length
  return (agree + 2) / 7 >= options.threshold
}

/** "…according to 4 out of 7 algorithms", "…according to all 7 algorithms": how many formulas agree. */
function agreeing(reason: string): string {
  const [, some, all] = /(\d+) out of \d+|all (\d+)/u.exec(reason) ?? []
  return some === undefined ? `all ${all ?? 7}` : `${some} out of 7`
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
    const transformer = retextReadability(options) as PluginTransform
    return (tree, file) => {
      const candidates = sentences(tree)
        .filter(({sentence, paragraph}) => mayBeHard(sentence, options) && !isHeadingSentence(sentence, paragraph, file))
        .map(({sentence}) => sentence)
      const bySentence = new Map(candidates.map((sentence) => [sentence.position?.start.offset, sentence]))
      const judged: Root = {type: 'RootNode', children: [{type: 'ParagraphNode', children: candidates}]}
      adopt(transformer, (message) => {
        const sentence = bySentence.get(message.place && 'start' in message.place ? message.place.start.offset : undefined)!
        const counts = count([sentence])
        const data = {words: counts.word, grade: round1(score(counts).fleschKincaidGrade), agree: agreeing(message.reason)}
        return {ruleId: 'readability', messageId: 'hard', data, fixable: false}
      })(judged, file)
    }
  }
})
