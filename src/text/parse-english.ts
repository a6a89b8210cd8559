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
import type {Paragraph, ParagraphContent, Root, Sentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {} from 'retext-english' // its types declare the nlcst*Extensions in unified's data
import type {Plugin, Processor} from 'unified'
import type {Point} from 'unist'
import {Segments} from './segments.js'

/** Tokens per window before it may end: small enough that a splice is cheap, large enough that windows are few. */
const WINDOW = 1024

export class WindowedParseEnglish extends ParseEnglish {
  window = WINDOW
  /**
   * The points of every token made so far: its start and end, and a word's
   * text's end (the text starts where the word does). parse-english's and
   * parse-latin's plugins pass points on by reference and never make one,
   * so every point in the tree is here, once; a word's own end that a merge
   * dropped is here too, unused (src/text/segments.ts moves a tree by them).
   */
  points: Point[] = []

  constructor() {
    super()
    const index = breakImplicitSentences ? this.tokenizeParagraphPlugins.indexOf(breakImplicitSentences) : -1
    if (index >= 0) this.tokenizeParagraphPlugins[index] = onlyWhereItBreaks(breakImplicitSentences!)
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const tokens = super.tokenize(value)
    for (const token of tokens) {
      const {start, end} = token.position!
      this.points.push(start, end)
      if (token.type === 'WordNode') this.points.push(token.children[0]!.position!.end)
    }
    return tokens
  }

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

type ParagraphPlugin = (paragraph: Paragraph) => void

/**
 * parse-latin's breakImplicitSentences (a sentence breaks at a blank line),
 * which it does not export: the paragraph plugin that breaks a probe
 * sentence in two.
 */
const breakImplicitSentences = ParseEnglish.prototype.tokenizeParagraphPlugins.find((plugin) => {
  const word = (value: string): SentenceContent => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
  const probe: Paragraph = {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [word('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('b')]}]}
  ;(plugin as ParagraphPlugin)(probe)
  return probe.children.length === 3
}) as ParagraphPlugin | undefined

/**
 * The plugin, given only the sentences it can break: those with a white
 * space of two line breaks or more. On its own it reads every white space of
 * every sentence, splitting each on line breaks (50 MB of arrays and strings
 * over the two parses of the seed ×100, in an allocation profile). Each such
 * sentence is given to it alone, in a paragraph of its own.
 */
function onlyWhereItBreaks(plugin: ParagraphPlugin): ParagraphPlugin {
  return (paragraph) => {
    const children: ParagraphContent[] = []
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode' && child.children.some(breaksLines)) {
        const alone: Paragraph = {type: 'ParagraphNode', children: [child]}
        plugin(alone)
        children.push(...alone.children)
      } else children.push(child)
    }
    paragraph.children = children
  }
}

/** White space with two line breaks or more, or a CR LF, which the plugin tells apart. */
function breaksLines(node: SentenceContent): boolean {
  return node.type === 'WhiteSpaceNode' && TWO_BREAKS.test(node.value)
}

const TWO_BREAKS = /[\n\r][^]*[\n\r]/

export interface Options {
  /** Segments shared by processors that parse versions of one text (the linter's lint and the fixer's re-lints). */
  segments?: Segments
}

/** The unified plugin: retext-english, with the windowed parser, parsing by segments. */
const retextEnglishWindowed: Plugin<[Options?], string, Root> = function (this: Processor, options = {}) {
  const processor = this as unknown as Processor<Root>
  const segments = options.segments ?? new Segments()
  processor.parser = (text) => {
    const parser = new WindowedParseEnglish()
    const paragraph = processor.data('nlcstParagraphExtensions') ?? []
    const root = processor.data('nlcstRootExtensions') ?? []
    const sentence = processor.data('nlcstSentenceExtensions') ?? []
    if (paragraph.length + root.length + sentence.length > 0) {
      // Another plugin's extensions: their reach is unknown, so the text is parsed whole.
      parser.tokenizeParagraphPlugins.unshift(...paragraph)
      parser.tokenizeRootPlugins.unshift(...root)
      parser.tokenizeSentencePlugins.unshift(...sentence)
      return parser.parse(text)
    }
    return segments.parse(text, (piece) => {
      parser.points = []
      return {tree: parser.parse(piece), points: parser.points}
    })
  }
}
export default retextEnglishWindowed
