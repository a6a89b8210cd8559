/**
 * The structure of an nlcst tree as checks read it: its paragraphs with their
 * text and offsets, its sentences, a sentence's words. parse-latin always
 * builds root → paragraphs → sentences → words, so these are plain loops over
 * children instead of a tree walk in every check. (Keeping their answers per
 * tree or node cost more than it saved: docs/performance.md.)
 */
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {firstIndex} from '../sorted.js'
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

/**
 * The first quotation (sorted by where it opens, as `quotationsOf` gives
 * them) that contains `start … end`, if any: among those opening before
 * `start`, the first that reaches `end`, found by bisection over how far the
 * quotations up to each reach (checks ask for each finding, and a scan of
 * thousands of quotations for each made them quadratic).
 */
export function quotationAround(quotations: readonly Quotation[], start: number, end: number): Quotation | undefined {
  const reach = reachOf(quotations)
  const openBefore = firstIndex(quotations.length, (index) => quotations[index]!.open >= start)
  const first = firstIndex(openBefore, (index) => reach[index]! >= end)
  return first < openBefore ? quotations[first] : undefined
}

/** For each quotation, the furthest end of it and those before it: worked out once per list. */
const reaches = new WeakMap<readonly Quotation[], number[]>()

function reachOf(quotations: readonly Quotation[]): number[] {
  let reach = reaches.get(quotations)
  if (reach === undefined) {
    let furthest = -Infinity
    reach = quotations.map((quotation) => (furthest = Math.max(furthest, quotation.end)))
    reaches.set(quotations, reach)
  }
  return reach
}
