/**
 * The structure of an nlcst tree as checks read it: its paragraphs with their
 * text and offsets, its sentences, a sentence's words. parse-latin always
 * builds root → paragraphs → sentences → words, so these are plain loops over
 * children, worked out once per tree, instead of a tree walk in every check.
 */
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {keptFor} from '../memo.js'
import {readQuotes, opensWithQuote, type Quotation, type QuoteReading} from './quotations.js'

export interface ParagraphText {
  node: Paragraph
  start: number
  end: number
  text: string
}

// Several checks read the same tree's paragraphs and quotations: each is worked out once per tree.
const paragraphsOf = new WeakMap<Root, ParagraphText[]>()
const sentencesOf = new WeakMap<Root, SentenceIn[]>()
const readingsOf = new WeakMap<readonly ParagraphText[], QuoteReading[]>()
const quotationsOfList = new WeakMap<readonly ParagraphText[], Quotation[]>()

export function paragraphs(tree: Root, document: string): ParagraphText[] {
  return keptFor(paragraphsOf, tree, () => paragraphsUncached(tree, document))
}

function paragraphsUncached(tree: Root, document: string): ParagraphText[] {
  const found: ParagraphText[] = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    found.push({node, start, end, text: document.slice(start, end)})
  }
  return found
}

export interface SentenceIn {
  sentence: Sentence
  paragraph: Paragraph
}

/** Every sentence of the tree, in order, with its paragraph. */
export function sentences(tree: Root): SentenceIn[] {
  return keptFor(sentencesOf, tree, () =>
    tree.children.flatMap((paragraph) =>
      paragraph.type === 'ParagraphNode' ? paragraph.children.flatMap((sentence) => (sentence.type === 'SentenceNode' ? [{sentence, paragraph}] : [])) : []
    )
  )
}

const wordsOf = new WeakMap<Sentence, Word[]>()

/** A sentence's words (a word is always a sentence's child). */
export function words(sentence: Sentence): readonly Word[] {
  return keptFor(wordsOf, sentence, () => sentence.children.filter((child): child is Word => child.type === 'WordNode'))
}

/** Each paragraph's quote reading, a quotation left open when the next paragraph opens with a quote. */
export function readAllQuotes(list: readonly ParagraphText[]): QuoteReading[] {
  return keptFor(readingsOf, list, () => list.map((paragraph, index) => readQuotes(paragraph.text, opensWithQuote(list[index + 1]?.text ?? ''))))
}

/** Every quotation of the document, in absolute offsets. */
export function quotationsOf(list: readonly ParagraphText[]): Quotation[] {
  return keptFor(quotationsOfList, list, () =>
    readAllQuotes(list).flatMap((reading, index) =>
      reading.quotations.map((quotation) => ({open: quotation.open + list[index]!.start, end: quotation.end + list[index]!.start}))
    )
  )
}

/** The quotation that contains `start … end`, if any. */
export function quotationAround(quotations: readonly Quotation[], start: number, end: number): Quotation | undefined {
  return quotations.find((quotation) => quotation.open < start && end <= quotation.end)
}
