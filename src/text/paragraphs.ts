/**
 * The structure of an nlcst tree as checks read it: its paragraphs with their
 * text and offsets, its sentences, a sentence's words. parse-latin always
 * builds root → paragraphs → sentences → words, so these are plain loops over
 * children instead of a tree walk in every check. (Keeping their answers per
 * tree or node cost more than it saved: docs/performance.md.)
 */
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {readQuotes, opensWithQuote, type Quotation, type QuoteReading} from './quotations.js'

export interface ParagraphText {
  node: Paragraph
  start: number
  end: number
  text: string
}

export function paragraphs(tree: Root, document: string): ParagraphText[] {
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
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode' ? paragraph.children.flatMap((sentence) => (sentence.type === 'SentenceNode' ? [{sentence, paragraph}] : [])) : []
  )
}

/** A sentence's words (a word is always a sentence's child). */
export function words(sentence: Sentence): readonly Word[] {
  return sentence.children.filter((child): child is Word => child.type === 'WordNode')
}

/** Each paragraph's quote reading, a quotation left open when the next paragraph opens with a quote. */
export function readAllQuotes(list: readonly ParagraphText[]): QuoteReading[] {
  return list.map((paragraph, index) => readQuotes(paragraph.text, opensWithQuote(list[index + 1]?.text ?? '')))
}

/**
 * Every quotation of the document, in absolute offsets: those its quote
 * marks open (the quotes check's readings), and a markup draft's block quotes.
 */
export function quotationsOf(list: readonly ParagraphText[], readings: readonly QuoteReading[], file: VFile): Quotation[] {
  const marked = readings.flatMap((reading, index) =>
    reading.quotations.map((quotation) => ({open: quotation.open + list[index]!.start, end: quotation.end + list[index]!.start}))
  )
  const blocks = file.data.prose?.quotations ?? []
  return blocks.length === 0 ? marked : [...marked, ...blocks].sort((a, b) => a.open - b.open)
}

/** The quotation that contains `start … end`, if any. */
export function quotationAround(quotations: readonly Quotation[], start: number, end: number): Quotation | undefined {
  return quotations.find((quotation) => quotation.open < start && end <= quotation.end)
}
