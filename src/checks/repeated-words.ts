/**
 * Doubled adjacent words ("the the"), found by retext-repeated-words. The fix
 * keeps the first occurrence as written, so "The the" becomes "The".
 */
import retextRepeatedWords from 'retext-repeated-words'
import {z} from 'zod'
import {adopt} from './adopt.js'
import {defineCheck} from './check.js'

export const repeatedWords = defineCheck({
  name: 'repeated-words',
  rules: {'repeated-words': 'warning'},
  options: z.strictObject({}),
  plugin() {
    const transformer = (retextRepeatedWords as () => Parameters<typeof adopt>[0])()
    return adopt(transformer, (message) => {
      const first = String(message.actual ?? '').split(/\s+/)[0] ?? ''
      return {ruleId: 'repeated-words', reason: `Repeated \`${first}\`: remove one occurrence`, expected: [first], fixable: true}
    })
  }
})
