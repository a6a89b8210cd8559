/**
 * retext-english's parser, with parse-latin's sentence stage run over
 * windows of the text instead of the whole of it.
 *
 * parse-latin tokenises the whole text into one list and runs its sentence
 * plugins over that list before it splits anything into sentences; each
 * merge ("Biden's", "U.S.", "long-term") splices the list. The parse is
 * therefore quadratic in the text: the seed ×100 (623 KB) spends most of
 * its parse moving the list. Run over windows of about a thousand tokens,
 * the same plugins give the same tree (tests/text/parse-english.test.ts
 * compares the two on the fixtures and on generated texts).
 *
 * Why windows give the same tree: the sentence plugins merge a symbol or
 * punctuation mark into an adjacent word and never touch white space, so
 * they look only at neighbours up to the next white space. A window ends
 * on a white-space token, which the next window's first token would see as
 * "not a word", as it sees "nothing". The one rule that looks past white
 * space is parse-english's elision ("ol' ", "gov' "): an apostrophe after a
 * word that white space precedes, at index > 2. So a window never starts
 * with a word followed by an apostrophe.
 */
import type {Root, Sentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {} from 'retext-english' // its types declare the nlcst*Extensions in unified's data
import type {Plugin, Processor} from 'unified'

/** Tokens per window before it may end: small enough that a splice is cheap, large enough that windows are few. */
const WINDOW = 1024

export class WindowedParseEnglish extends ParseEnglish {
  window = WINDOW

  override tokenizeSentence(value?: string | null): Sentence {
    if (this.tokenizeSentencePlugins.length !== ParseEnglish.prototype.tokenizeSentencePlugins.length) {
      return super.tokenizeSentence(value) // another plugin's sentence extensions: their reach is unknown
    }
    const children: SentenceContent[] = []
    for (const window of windows(this.tokenize(value), this.window)) {
      const sentence: Sentence = {type: 'SentenceNode', children: window}
      for (const plugin of this.tokenizeSentencePlugins) plugin(sentence)
      for (const child of sentence.children) children.push(child)
    }
    return {type: 'SentenceNode', children}
  }
}

/** Split the tokens after a white-space token once a window is long enough, where the split is safe. */
function* windows(tokens: SentenceContent[], size: number): Generator<SentenceContent[]> {
  let start = 0
  for (let index = start + size; index < tokens.length - 1; index++) {
    if (tokens[index]!.type === 'WhiteSpaceNode' && !startsWithElision(tokens, index + 1)) {
      yield tokens.slice(start, index + 1)
      start = index + 1
      index = start + size - 1
    }
  }
  yield tokens.slice(start)
}

const APOSTROPHE = /^['’]$/

function startsWithElision(tokens: readonly SentenceContent[], index: number): boolean {
  const next = tokens[index + 1]
  return tokens[index]!.type === 'WordNode' && next !== undefined && 'value' in next && APOSTROPHE.test(next.value)
}

/** The unified plugin: retext-english, with the windowed parser. */
const retextEnglishWindowed: Plugin<[], string, Root> = function (this: Processor) {
  const processor = this as unknown as Processor<Root>
  processor.parser = (text) => {
    const parser = new WindowedParseEnglish()
    prepend(parser.tokenizeParagraphPlugins, processor.data('nlcstParagraphExtensions'))
    prepend(parser.tokenizeRootPlugins, processor.data('nlcstRootExtensions'))
    prepend(parser.tokenizeSentencePlugins, processor.data('nlcstSentenceExtensions'))
    return parser.parse(text)
  }
}
export default retextEnglishWindowed

function prepend<T>(list: T[], values: readonly T[] | undefined): void {
  if (values) list.unshift(...values)
}
