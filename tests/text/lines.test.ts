import {describe, expect, it} from 'vitest'
import {linesOf, paragraphsOf, wordCount} from '../../src/text/lines.js'

describe('lines, paragraphs and words', () => {
  it('end a line at CR LF, CR or LF, as line numbers count them', () => {
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
