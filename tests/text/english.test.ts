/**
 * The parser: retext-english's, with the break at blank lines done in one
 * pass. Under fast-check it gives retext-english's tree, node for node and
 * position for position; a count shows each child of a sentence read a
 * bounded number of times however many blank lines it holds.
 */
import fc from 'fast-check'
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {breakAtBlankLines, english, replacedBreak} from '../../src/text/english.js'

const SEED = 20261207

// Words (lower and upper case, an abbreviation, digits), the marks parse-latin merges and splits at, and every kind of line break.
const UNITS = ['word', 'The', 'Mr', 'U.S.', 'e.g.', '42', '1.', '.', '!', '?', ',', '"', '“', '”', '(', ')', '—', '-', '&', ' ', '  ', '\t', '\n', '\n\n', '\n \n', '\r\n\r\n', '\r\r', '\n\n\n']
const texts = fc.array(fc.constantFrom(...UNITS), {maxLength: 40}).map((units) => units.join(''))

describe('english', () => {
  it("replaces parse-latin's break at blank lines (a release without it would show here)", () => {
    expect(replacedBreak).toBe(true)
  })

  it("parses any text to retext-english's tree", () => {
    const ours = unified().use(english)
    const theirs = unified().use(retextEnglish)
    fc.assert(
      fc.property(texts, (text) => {
        expect(ours.parse(text)).toEqual(theirs.parse(text))
      }),
      {numRuns: 3000, seed: SEED}
    )
  })

  it('breaks a table of cells without full stops into a paragraph each', () => {
    const tree = unified().use(english).parse('Kyiv\n\nLviv\n\nOdesa') as Root
    expect(tree.children.map((node) => node.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
  })
})

describe('breakAtBlankLines', () => {
  it('reads each child of a sentence a bounded number of times, however many blank lines it holds', () => {
    const reads = (lines: number) => {
      let count = 0
      const children: SentenceContent[] = []
      for (let line = 0; line < lines; line++) children.push({type: 'WordNode', children: [{type: 'TextNode', value: `cell${line}`}]}, {type: 'WhiteSpaceNode', value: '\n\n'})
      children.pop()
      const counted = new Proxy(children, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) count++
          return Reflect.get(target, key, receiver) as unknown
        }
      })
      const sentence: Sentence = {type: 'SentenceNode', children: counted}
      const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence]}
      breakAtBlankLines(paragraph)
      expect(paragraph.children).toHaveLength(2 * lines - 1)
      return count
    }
    expect(reads(1000)).toBeLessThanOrEqual(4 * 2000)
    expect(reads(4000)).toBeLessThanOrEqual(4 * 8000)
  })
})
