/**
 * Headings: a markup draft's headings, or in plain text a short line that
 * stands alone without final punctuation ("Cyclone diplomacy on display").
 * Checks that judge sentences (fragments, readability) skip them.
 */
import type {Paragraph, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {proseOf} from '../messages.js'
import {wordCount} from './lines.js'
import {endOffset, startOffset} from './nodes.js'

/** Longest heading, in words: a longer unpunctuated line is a sentence missing its full stop. */
export const MAX_HEADING_WORDS = 20

const FINAL_PUNCTUATION = /[.!?…:;,][”"’)\]]*$/u

/** Whether one line of text reads as a heading. */
export function isHeadingLine(line: string): boolean {
  const text = line.trim()
  if (text === '' || text.includes('\n')) return false
  if (FINAL_PUNCTUATION.test(text)) return false
  if (!/^[“"‘'(]?[\p{Lu}\p{N}]/u.test(text)) return false
  const words = wordCount(text)
  return words > 0 && words <= MAX_HEADING_WORDS
}

/**
 * Whether a paragraph is a heading. A markup draft says so in its syntax
 * (`#`, `<h1>`–`<h6>`); in plain text, a heading is one sentence on one
 * line, short, without final punctuation.
 */
export function isHeading(paragraph: Paragraph, file: VFile): boolean {
  const headings = file.data.prose?.headings
  if (headings) return headings.has(startOffset(paragraph))
  const text = proseOf(file)
  return hasOneSentence(paragraph) && isHeadingLine(text.slice(startOffset(paragraph), endOffset(paragraph)))
}

/** Whether a paragraph holds one sentence: read up to its second, not through thousands (checks ask for each sentence). */
function hasOneSentence(paragraph: Paragraph): boolean {
  let sentences = 0
  for (const child of paragraph.children) if (child.type === 'SentenceNode' && ++sentences > 1) return false
  return sentences === 1
}

/** Whether a sentence is a heading, given its paragraph (a sentence alone cannot tell). */
export function isHeadingSentence(sentence: Sentence, paragraph: Paragraph, file: VFile): boolean {
  return isHeading(paragraph, file) && paragraph.children.includes(sentence)
}
