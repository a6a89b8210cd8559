/**
 * retext-english's parser, with one of parse-latin's paragraph steps done in
 * a single pass. That step breaks a sentence at a blank line inside it; it
 * copies the rest of the sentence at each break and then reads the rest again,
 * so n blank-line separated lines with no full stop (a table's cells, a list)
 * cost n²: 20,000 cells took 12 s to parse. The trees are the same, node for
 * node (tests/text/english.test.ts compares them with retext-english's).
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'

/** parse-latin's break, found by what it does: it splits a sentence at a blank line (its module does not export it). */
function breaksAtBlankLines(step: (paragraph: Paragraph) => void): boolean {
  const word = (value: string): SentenceContent => ({type: 'WordNode', children: [{type: 'TextNode', value}]})
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [word('a'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('b')]}]}
  step(paragraph)
  return paragraph.children.length === 3
}

/** Two line breaks or more (CRLF is one). */
const isBlankLine = (node: SentenceContent) => node.type === 'WhiteSpaceNode' && node.value.split(/\r\n|\r|\n/).length > 2

/**
 * The same breaks, each sentence read once: a sentence is split at each blank
 * line that is neither its first nor its last child, and each part after a
 * break is a sentence from the child after the blank line to the old end.
 */
export function breakAtBlankLines(paragraph: Paragraph): void {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    const parts = child.children
    let sentence: Sentence = child
    let start = 0
    for (let at = 1; at < parts.length - 1; at++) {
      if (!isBlankLine(parts[at]!)) continue
      const rest: Sentence = {type: 'SentenceNode', children: []}
      const tail = parts[at - 1]!
      const head = parts[at + 1]!
      if (sentence.position && tail.position && head.position) {
        const end = sentence.position.end
        sentence.position.end = tail.position.end
        rest.position = {start: head.position.start, end}
      }
      sentence.children = parts.slice(start, at)
      children.push(sentence, parts[at] as Paragraph['children'][number])
      sentence = rest
      start = at + 1
      at = start
    }
    if (start > 0) sentence.children = parts.slice(start)
    children.push(sentence)
  }
  paragraph.children = children
}

class Parser extends ParseEnglish {}
Parser.prototype.tokenizeParagraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins.map((step) => (breaksAtBlankLines(step) ? breakAtBlankLines : step))

/** Whether the parser runs the single-pass break (false once a parse-latin release no longer has its own; a test watches). */
export const replacedBreak = Parser.prototype.tokenizeParagraphPlugins.includes(breakAtBlankLines)

/** The retext parser plugin: `unified().use(retextEnglish)`, but linear in blank lines. */
export function english(this: Processor): void {
  this.parser = (text: string) => new Parser().parse(text) as Root
}
