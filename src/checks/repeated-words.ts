/**
 * Doubled adjacent words ("the the"), found by retext-repeated-words. The fix
 * keeps the first occurrence as written, so "The the" becomes "The".
 *
 * A run of the same word ("the the the") is one finding, not one for each
 * pair: the plugin reports each pair, and the pairs of a run overlap, so
 * they are joined, and the fix keeps the first word of the run.
 *
 * The plugin walks every node of the tree it is given and reads every word;
 * it is given only the sentences where two words with one white space
 * between them are alike but for case, the only places it can report. On a
 * long article that is a handful of sentences instead of the whole tree.
 */
import type {Root, Sentence} from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {z} from 'zod'
import {messageRange, proseOf} from '../messages.js'
import type {MessageData} from '../render.js'
import {textOf} from '../text/nodes.js'
import {quotationAround, sentences} from '../text/paragraphs.js'
import {adopt, type PluginTransform} from './adopt.js'
import {dataOf, defineCheck} from './check.js'

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

/**
 * The plugin's messages with each run's overlapping pairs joined into one
 * message over the whole run, whose `actual` is the run's text (the plugin
 * reports in document order); the runs are kept for repeated-phrase.
 */
function joinRuns(messages: VFileMessage[], file: VFile): VFileMessage[] {
  // The plugin read the prose (a Markdown or HTML draft's text without its markup): its offsets are the prose's.
  const prose = proseOf(file)
  const runs: VFileMessage[] = []
  for (const message of messages) {
    const run = runs.at(-1)
    const range = messageRange(message)
    const last = run && messageRange(run)
    if (run && range && last && range.start < last.end) {
      run.place = {start: (run.place as {start: Point}).start, end: (message.place as {end: Point}).end}
      run.actual = prose.slice(last.start, range.end)
    } else runs.push(message)
  }
  file.data.repeatedWords = runs.map((run) => messageRange(run) ?? {start: 0, end: 0})
  return runs
}

/**
 * Whether a clause that opens with a wh-word ends just before `at`: its verb
 * then meets the sentence's own ("What it is is a crisis", "Whoever wins
 * wins the seat"). Read back to the sentence's start, a few words at most.
 */
function clauseEndsBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at).split(/[.!?;:]\s/u).at(-1)!
  return /(?<![\p{L}])(?:what|whatever|whoever|whichever|wherever|whenever|all (?:that|they|we|you|he|she|it))(?![\p{L}])(?:\s+\S+){0,4}\s*$/iu.test(before)
}

/** The tree's sentences with a doubled word, under one paragraph: what the plugin can report on. */
function candidates(tree: Root): Root {
  return {type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences(tree).map(({sentence}) => sentence).filter(hasDoubledWord)}]}
}

declare module 'vfile' {
  interface DataMap {
    /** The runs of a doubled word the check found, in the prose's offsets: repeated-phrase leaves them to it. */
    repeatedWords: Array<{start: number; end: number}>
  }
}

export const repeatedWords = defineCheck({
  name: 'repeated-words',
  needs: ['quotes'],
  rules: {
    'repeated-words': {
      severity: 'warning',
      description: 'A word doubled by accident ("in in").',
      docs: 'repeated-words',
      messages: {
        repeated: 'Repeated `{{word}}`: remove one occurrence',
        run: '`{{word}}` {{times}} times in a row: keep one',
        quoted: "Repeated `{{word}}` inside a quotation: check the speaker's words before removing one",
        clause: 'Repeated `{{word}}` after a clause that may end with it ("What it is is…", "Whoever wins wins"): check before removing one'
      }
    }
  },
  options: z.strictObject({}),
  plugin() {
    const transformer = (retextRepeatedWords as unknown as () => PluginTransform)()
    const adopted = adopt(transformer, (message, file) => {
      const words = String(message.actual ?? '').split(/\s+/)
      const word = words[0] ?? ''
      const data: MessageData = words.length > 2 ? {word, times: words.length} : {word}
      // A speaker may say a word twice ("no no no", "buy buy buy"): their words are the editor's to check, as repeated-phrase leaves them.
      const range = messageRange(message)
      if (range && quotationAround(dataOf(file, 'quotations'), range.start, range.end)) return {ruleId: 'repeated-words', messageId: 'quoted', data, expected: [word], fixable: false}
      if (range && words.length === 2 && clauseEndsBefore(proseOf(file), range.start)) return {ruleId: 'repeated-words', messageId: 'clause', data, expected: [word], fixable: false}
      return {ruleId: 'repeated-words', messageId: words.length > 2 ? 'run' : 'repeated', data, expected: [word], fixable: true}
    }, joinRuns)
    return (tree, file) => adopted(candidates(tree), file)
  }
})
