import fc from 'fast-check'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {hasLoneCr, lineNumbers, linesOf, paragraphsOf, splitLines, wordCount} from '../../src/text/lines.js'

/** Text from pieces with every kind of line break, and where each piece starts. */
const text = fc.array(fc.constantFrom('a', 'ü', '😀', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n'), {maxLength: 40}).map((pieces) => pieces.join(''))

describe('line numbers, git’s', () => {
  it('end a line at LF only: CR LF is an LF with a CR before it, a lone CR is a character of its line', () => {
    const numbers = lineNumbers('a\r\nb\rc\nd')
    expect(numbers.starts).toEqual([0, 3, 7])
    expect([0, 2, 3, 5, 6, 7, 8].map((offset) => numbers.pointAt(offset))).toEqual([
      {line: 1, column: 1, offset: 0},
      {line: 1, column: 3, offset: 2},
      {line: 2, column: 1, offset: 3},
      {line: 2, column: 3, offset: 5},
      {line: 2, column: 4, offset: 6},
      {line: 3, column: 1, offset: 7},
      {line: 3, column: 2, offset: 8}
    ])
    expect([1, 2, 3, 4].map((line) => numbers.textOf(line))).toEqual(['a', 'b\rc', 'd', undefined])
  })

  it('put the end of a text that ends with a line break on a line of its own, and nothing outside the text', () => {
    const numbers = lineNumbers('a\n')
    expect(numbers.pointAt(2)).toEqual({line: 2, column: 1, offset: 2})
    expect(numbers.textOf(2)).toBe('')
    expect(numbers.pointAt(3)).toBeUndefined()
    expect(numbers.pointAt(-1)).toBeUndefined()
    expect(lineNumbers('').pointAt(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(lineNumbers('\r\n\n').textOf(2)).toBe('')
  })

  it('count a line for every LF before an offset, for any text', () => {
    fc.assert(
      fc.property(text, fc.nat(), (value, seed) => {
        const offset = seed % (value.length + 1)
        const before = value.slice(0, offset)
        expect(lineNumbers(value).pointAt(offset)).toEqual({line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset})
        const lines = value.split('\n')
        lines.forEach((line, index) => expect(lineNumbers(value).textOf(index + 1)).toBe(index < lines.length - 1 ? line.replace(/\r$/u, '') : line))
      }),
      {numRuns: 500, seed: 18}
    )
  })

  it('are vfile-location’s (the parsers’) wherever the text has no lone CR', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(hasLoneCr(value)).toBe(/\r(?!\n)/u.test(value))
        if (hasLoneCr(value)) return
        const theirs = location(value)
        const ours = lineNumbers(value)
        for (let offset = 0; offset <= value.length; offset++) expect(ours.pointAt(offset)).toEqual(theirs.toPoint(offset))
      }),
      {numRuns: 500, seed: 18}
    )
  })

  it('split into git’s lines, each with its LF', () => {
    expect(splitLines('a\r\nb\rc\n\nd')).toEqual(['a\r\n', 'b\rc\n', '\n', 'd'])
    expect(splitLines('a\n')).toEqual(['a\n'])
    expect(splitLines('')).toEqual([])
  })

  it('part from the parsers’ only at a lone CR', () => {
    expect(['a\rb', 'a\r', '\r\r\n'].map(hasLoneCr)).toEqual([true, true, true])
    expect(['a\r\nb', 'a\nb', ''].map(hasLoneCr)).toEqual([false, false, false])
  })
})

describe('lines as the prose reads them, paragraphs and words', () => {
  it('end a line at CR LF, CR or LF, as the parser breaks lines', () => {
    expect(linesOf('a\r\nb\rc\nd')).toEqual([
      {text: 'a', start: 0, end: 1, next: 3},
      {text: 'b', start: 3, end: 4, next: 5},
      {text: 'c', start: 5, end: 6, next: 7},
      {text: 'd', start: 7, end: 8, next: 8}
    ])
    expect(linesOf('a\n')).toEqual([
      {text: 'a', start: 0, end: 1, next: 2},
      {text: '', start: 2, end: 2, next: 2}
    ])
  })

  it('make paragraphs of runs of lines that are not blank, trimmed', () => {
    const text = '  Title\n\nOne line\nand the next. \n \t\r\nLast'
    expect(paragraphsOf(text).map(({start, end}) => text.slice(start, end))).toEqual(['Title', 'One line\nand the next.', 'Last'])
  })

  it('count words that hold a letter or a digit', () => {
    expect(wordCount(' Cyclone – diplomacy, 2022 ')).toBe(3)
  })
})
