/**
 * Doubled adjacent words ("the the"), found by retext-repeated-words. The fix
 * keeps the first occurrence as written, so "The the" becomes "The".
 *
 * The plugin walks every node of the tree it is given and reads every word;
 * it is given only the sentences where two words with one white space
 * between them are alike but for case, the only places it can report. On a
 * long article that is a handful of sentences instead of the whole tree.
 */
import type {Root, Sentence} from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import {z} from 'zod'
import {textOf} from '../text/nodes.js'
import {sentences} from '../text/paragraphs.js'
import {adopt} from './adopt.js'
import {defineCheck} from './check.js'

/** Whether a word is followed, across one white space, by a word alike but for case. */
function hasDoubledWord(sentence: Sentence): boolean {
  let before: string | undefined // the last word
  let spaced = false // and one white space after it
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const word = textOf(child)
      if (spaced && mayBeAlike(word, before!) && word.toLowerCase() === before!.toLowerCase()) return true
      before = word
      spaced = false
    } else if (child.type === 'WhiteSpaceNode' && before !== undefined && !spaced) {
      spaced = true
    } else {
      before = undefined
      spaced = false
    }
  }
  return false
}

/**
 * Lowercasing keeps a word's length, but for İ (U+0130), which becomes i and
 * a combining dot (tests check every code point): words of other lengths are
 * not alike but for case, and need no lowercasing.
 */
function mayBeAlike(a: string, b: string): boolean {
  return a.length === b.length || a.includes('İ') || b.includes('İ')
}

/** The tree's sentences with a doubled word, under one paragraph: what the plugin can report on. */
function candidates(tree: Root): Root {
  return {type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences(tree).map(({sentence}) => sentence).filter(hasDoubledWord)}]}
}

export const repeatedWords = defineCheck({
  name: 'repeated-words',
  rules: {
    'repeated-words': {
      severity: 'warning',
      description: 'A word doubled by accident ("in in").',
      docs: 'repeated-words',
      messages: {repeated: 'Repeated `{{word}}`: remove one occurrence'}
    }
  },
  options: z.strictObject({}),
  plugin() {
    const transformer = (retextRepeatedWords as () => Parameters<typeof adopt>[0])()
    const adopted = adopt(transformer, (message) => {
      const first = String(message.actual ?? '').split(/\s+/)[0] ?? ''
      return {ruleId: 'repeated-words', messageId: 'repeated', data: {word: first}, expected: [first], fixable: true}
    })
    return (tree, file) => adopted(candidates(tree), file)
  }
})
