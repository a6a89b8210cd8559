import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextEnglishWindowed, {WindowedParseEnglish} from '../../src/text/parse-english.js'
import {Segments} from '../../src/text/segments.js'

const seed = readFileSync(path.join(import.meta.dirname, '..', '..', 'drafts', 'biden-nato-summit.txt'), 'utf8')

/** A processor whose parses share segments, as the linter's lint and re-lints do. */
function segmentedParser(segments = new Segments()) {
  const processor = unified().use(retextEnglishWindowed, {segments})
  return (text: string) => processor.parse(text) as Root
}

const whole = (text: string) => new ParseEnglish().parse(text)

/** Paragraph ends and starts around line breaks: the cuts, and every way a cut can fail (abbreviations, initialisms, elisions, lowercase, digits, quotes). */
const BODY = fc.array(fc.constantFrom('a', 'Biden', 'talks', 'ol', 'U', 'S', 'Inc', ' ', ' ', "'", '’', '.', ',', '-', '&', '“', '”', '\n', '42'), {maxLength: 12})
const END = fc.constantFrom('.', '!', '?', '..', '.”', '."', '.’', ".'", '?”', '.””', '. ”', '”', ' Inc.', ' Inc.”', ' in.', ' U.S.', ' U.S.”', ' e.g.', ' Mr.', ' Mr.”', ' etc.', ' 42.', ' 42.”', " ol'", ' talks', '', ' a.', '…')
const BREAK = fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\r\r', '\r\n', ' \n\n', '\n \n', '\t\n\n', '\n\n ', '\u00a0\n\n', ' ', '\n\u2028\n')
const START = fc.constantFrom('The ', 'Biden said', 'Ol’ ', "O' ", 'Ol', 'Biden’s ', 'the ', '2022 ', '“The ', '"The ', '‘The ', '“the ', '"the ', '“ The ', '““The ', '“Ol’ ', '"O\' ', '“2022 ', '"A.', '”The ', ', the ', '; The', 'US ', 'A.', 'É ', ')The ')
const TEXT = fc.array(fc.tuple(BODY, END, BREAK, START), {maxLength: 10}).map((parts) => parts.map(([body, end, cut, start]) => body.join('') + end + cut + start).join(''))

describe('parsing by segments', () => {
  it('builds the tree retext-english builds, on generated paragraphs cut every way', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(segmentedParser()(text)).toEqual(whole(text))
      }),
      {numRuns: 3000}
    )
  })

  it('builds the tree of an edited text that a fresh parse builds, reusing the segments of the text before', () => {
    fc.assert(
      fc.property(TEXT, fc.nat(), fc.nat(), TEXT, (before, from, length, inserted) => {
        const start = from % (before.length + 1)
        const after = before.slice(0, start) + inserted + before.slice(start + (length % 20))
        const parse = segmentedParser()
        parse(before)
        expect(parse(after)).toEqual(whole(after))
      }),
      {numRuns: 2000}
    )
  })

  it('parses apart the paragraphs that end a sentence before a capital, and together those an abbreviation or an elision joins', () => {
    const parse = segmentedParser()
    const text = 'Acme bought Beta Inc.\n\nThe deal closed.\n\nOl’ Blue Eyes sang.\n\nThey met in the U.S.\n\nThen they left.\n\n“We left,” he said.”\n\n“Ol’ days.”\n\n“It ended.”\n\nHe went.'
    const tree = parse(text)
    expect(tree).toEqual(whole(text))
    // "Inc." and "U.S." took their full stops, and "Ol’" reads the line break before it: those cuts do not hold, and the pieces were parsed together.
    expect(tree.children.filter((node) => node.type === 'ParagraphNode').map((node) => toString(node))).toEqual([
      'Acme bought Beta Inc.',
      'The deal closed.',
      'Ol’ Blue Eyes sang.',
      'They met in the U.S.',
      'Then they left.',
      '“We left,” he said.”',
      '“Ol’ days.”',
      '“It ended.”',
      'He went.'
    ])
    // The segments themselves, by what a re-parse reuses: edit one paragraph, and the others of its segment are parsed again with it.
    const reused = (from: string, to: string) => {
      const before = parse(text).children.filter((node) => node.type === 'ParagraphNode')
      const after = parse(text.replace(from, to)).children.filter((node) => node.type === 'ParagraphNode')
      return after.map((paragraph, index) => paragraph === before[index])
    }
    expect(reused('Ol’ Blue Eyes sang.', 'Ol’ Blue Eyes sang loudly.')).toEqual([false, false, false, true, true, true, true, true, true])
    expect(reused('Then they left.', 'Then they went.')).toEqual([true, true, true, false, false, true, true, true, true])
  })

  it('parses a run of cuts that do not hold once, not once per cut', () => {
    const text = Array.from({length: 200}, (_, index) => `Company ${index} is Acme Inc.`).join('\n')
    let parsedCharacters = 0
    const piece = (part: string) => {
      parsedCharacters += part.length
      const parser = new WindowedParseEnglish()
      return {tree: parser.parse(part), points: parser.points}
    }
    expect(new Segments().parse(text, piece)).toEqual(whole(text))
    // Each piece alone (to learn that its cut fails), then the run whole: twice the text, less the cuts.
    expect(parsedCharacters).toBe(2 * text.length - 199)
  })

  it('takes unchanged segments from the last tree, positions moved, and parses only the changed one', () => {
    const parse = segmentedParser()
    const before = parse('First paragraph here.\n\nSecond one.\n\nThird one.')
    const after = parse('First paragraph here, longer.\n\nSecond one.\n\nThird one.')
    expect(after).toEqual(whole('First paragraph here, longer.\n\nSecond one.\n\nThird one.'))
    const paragraphs = (tree: Root) => tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
    const [first, second, third] = paragraphs(after)
    expect(first).not.toBe(paragraphs(before)[0])
    expect(second).toBe(paragraphs(before)[1])
    expect(third).toBe(paragraphs(before)[2])
    expect(second!.position).toEqual({start: {line: 3, column: 1, offset: 31}, end: {line: 3, column: 12, offset: 42}})
  })

  it('cuts after a closing quote and before an opening one, but not after an abbreviation in quotes', () => {
    const parse = segmentedParser()
    const paragraphs = (tree: Root) => tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
    const text = (first: string) => `${first}\n\n“We stay,” he said.”\n\n"It ended."\n\nShe works at Acme Inc.”\n\nThe end.`
    const before = paragraphs(parse(text('He spoke.')))
    const after = paragraphs(parse(text('He spoke again.')))
    expect(after).toEqual(paragraphs(whole(text('He spoke again.'))))
    expect(after.map((paragraph, index) => paragraph === before[index])).toEqual([false, true, true, true, true])
    const edited = paragraphs(parse(text('He spoke again.').replace('The end.', 'The end!')))
    // "Inc.”" does not end a sentence: the last two paragraphs are one segment, parsed again together.
    expect(edited.map((paragraph, index) => paragraph === after[index])).toEqual([true, true, true, false, false])
  })

  it('reuses a segment once per parse: a repeated paragraph is parsed again', () => {
    const parse = segmentedParser()
    parse('Same text.\n\nOther text.')
    const tree = parse('Same text.\n\nSame text.\n\nOther text.')
    expect(tree).toEqual(whole('Same text.\n\nSame text.\n\nOther text.'))
    const [first, second] = tree.children.filter((node) => node.type === 'ParagraphNode')
    expect(first).not.toBe(second)
  })

  it('builds the seed’s tree, and the tree of the seed five times over after an edit in each copy', () => {
    const parse = segmentedParser()
    expect(parse(seed)).toEqual(whole(seed))
    const copies = Array.from({length: 5}, () => seed).join('\n\n')
    parse(copies)
    const edited = copies.replaceAll('hanging in balance', 'hanging in the balance')
    expect(parse(edited)).toEqual(whole(edited))
  })
})
