import {describe, expect, it} from 'vitest'
import {markdown} from '../src/report/markdown.js'
import {inWords, plain, render} from '../src/render.js'

describe('message templates', () => {
  it('fill their slots, keeping code in backticks in the plain reason', () => {
    expect(render('Unexpected `{{actual}}`, expected `{{expected}}` ({{person}})', {actual: 'Dudar', expected: 'Duda', person: 'Andrzej Duda'})).toBe(
      'Unexpected `Dudar`, expected `Duda` (Andrzej Duda)'
    )
  })

  it('write a list in a code slot as several codes', () => {
    const template = 'Unknown word `{{word}}`: did you mean `{{suggestions}}`?'
    expect(render(template, {word: 'goverment', suggestions: ['government']})).toBe('Unknown word `goverment`: did you mean `government`?')
    expect(render(template, {word: 'bioceanic', suggestions: ['oceanic', 'biogenic', 'biotic']})).toBe('Unknown word `bioceanic`: did you mean `oceanic`, `biogenic` or `biotic`?')
  })

  it('render for Markdown from the data: prose escaped, the article’s words fenced, whatever they hold', () => {
    const template = 'Page furniture, not article text: `{{line}}` ({{what}}): remove the line'
    expect(render(template, {line: 'Share on `X`', what: '*social*'}, markdown)).toBe('Page furniture, not article text: `` Share on `X` `` (\\*social\\*): remove the line')
    expect(render(template, {line: 'a', what: 'b'}, plain)).toBe('Page furniture, not article text: `a` (b): remove the line')
  })

  it('refuse data that lacks a slot', () => {
    expect(() => render('Repeated `{{word}}`', {})).toThrow('message data has no "word"')
  })

  it('join words as a sentence does', () => {
    expect([inWords([]), inWords(['a']), inWords(['a', 'b']), inWords(['a', 'b', 'c'], 'and')]).toEqual(['', 'a', 'a or b', 'a, b and c'])
  })
})
