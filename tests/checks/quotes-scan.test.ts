/**
 * The punctuation check scans with hoisted patterns, a lookbehind
 * checked only where the rest of a pattern matches, and pre-filters, and
 * reads only the line before a bracket for a list marker. Under
 * fast-check, on generated text made of the characters those patterns read,
 * it finds exactly what the plain patterns found (the reference below is the
 * code it replaced).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {bracketFindings} from '../../src/checks/brackets.js'
import {punctuationFindings} from '../../src/checks/punctuation.js'
import {apostropheFindings, singleQuoteFindings} from '../../src/checks/quotes.js'
import {templateOf, type Finding as Emitted} from '../../src/messages.js'
import {render} from '../../src/render.js'
import type {ParagraphText} from '../../src/text/paragraphs.js'
import {abbreviations} from './artifacts.js'

/** A finding as the reference below writes it: its reason in words. */
type Finding = Omit<Emitted, 'messageId' | 'data'> & {reason: string}

/** The checks' findings with their reasons rendered, to compare with the reference's. */
const rendered = (findings: readonly Emitted[]): Finding[] =>
  findings.map(({messageId, data, ...finding}) => ({...finding, reason: render(templateOf({ruleId: finding.ruleId, messageId}), data ?? {})}))

const SEED = 20261126
const run = <T>(property: fc.IProperty<T>) => fc.assert(property, {numRuns: 10_000, seed: SEED})

// Words (letters, one outside the BMP, digits, abbreviations, a decade) between runs of the marks and spaces the patterns read.
const word = fc.constantFrom('', 'a', 'é', '𝐀', '1', '٣', 'Inc', 'U.S', '90s')
const MARKS = [' ', ' ', '\t', '\u00a0', '\n', ',', ',', ';', ':', '.', '.', '!', '?', '…', '”', '"', '’', '‘', '“', ')', ']', '(', '-', '\ud835', ' . .', '...']
const marks = fc.string({unit: fc.constantFrom(...MARKS), maxLength: 4})
const texts = fc.array(fc.tuple(word, marks), {maxLength: 8}).map((parts) => parts.flat().join(''))
const paragraph = (text: string): ParagraphText => ({text, start: 7, end: 7 + text.length, node: undefined as never})

describe('the quotes and punctuation checks’ scans', () => {
  it('finds what the lookbehind patterns found', () => {
    run(
      fc.property(texts, (text) => {
        expect(rendered(punctuationFindings(paragraph(text), abbreviations()))).toEqual(reference.punctuationFindings(paragraph(text)))
      })
    )
  })

  it('finds the same misdirected apostrophes and unclosed single quotes', () => {
    run(
      fc.property(texts, fc.option(texts, {nil: undefined}), (text, next) => {
        expect(rendered(apostropheFindings(paragraph(text)))).toEqual(reference.apostropheFindings(paragraph(text)))
        expect(rendered(singleQuoteFindings(paragraph(text), next))).toEqual(reference.singleQuoteFindings(paragraph(text), next))
      })
    )
  })
})

// Brackets, and list markers ("a)", "12)") at the start of a line or after other text.
const bracketTexts = fc
  .array(fc.tuple(fc.constantFrom('', 'a', '𝐀', '12', 'abc', '٣'), fc.string({unit: fc.constantFrom('(', ')', '[', ']', ' ', '\t', '\n', '\r', '.'), maxLength: 3})), {maxLength: 8})
  .map((parts) => parts.flat().join(''))

describe('the brackets check’s scan', () => {
  it('finds the same unbalanced brackets, reading only the line before a `)` for a list marker', () => {
    run(
      fc.property(bracketTexts, (text) => {
        expect(rendered(bracketFindings(paragraph(text)))).toEqual(reference.bracketFindings(paragraph(text)))
      })
    )
  })
})

/** The patterns as they were, each run with `matchAll` over the whole paragraph. */
const reference = (() => {
  const code = (text: string) => `\`${text}\``
  function isAbbreviation(text: string, index: number): boolean {
    const word = /[\p{L}.]+$/u.exec(text.slice(0, index))?.[0] ?? ''
    if (word === '') return false
    return word.includes('.') || word.length === 1 || abbreviations().has(word.toLowerCase())
  }
  const TERMINAL_NAMES: Record<string, string> = {',': 'comma', ';': 'semicolon', ':': 'colon'}

  function apostropheFindings(paragraph: ParagraphText): Finding[] {
    return [...paragraph.text.matchAll(/(?<=\p{L})‘(?=\p{L})|‘(?=\d0s\b)/gu)].map((match) => ({
      ruleId: 'quotes',
      reason: `Misdirected apostrophe ${code('‘')}: expected ${code('’')}`,
      start: paragraph.start + match.index,
      end: paragraph.start + match.index + 1,
      expected: ['’'],
      fixable: true
    }))
  }

  function singleQuoteFindings(paragraph: ParagraphText, next: string | undefined): Finding[] {
    const {text, start} = paragraph
    const opening = [...text.matchAll(/(?<![\p{L}\p{N}])‘(?=[\p{L}\p{N}])(?!\d0s\b)/gu)].map((match) => match.index)
    const closing = [...text.matchAll(/(?<=[\p{L}\p{N}.,!?…])’(?![\p{L}\p{N}])/gu)].map((match) => match.index)
    const unclosed = opening.filter((at) => {
      const closer = closing.findIndex((close) => close > at)
      if (closer < 0) return true
      closing.splice(closer, 1)
      return false
    })
    if (next?.trimStart().startsWith('‘')) unclosed.pop()
    return unclosed.map((at) => ({
      ruleId: 'quotes',
      reason: `Unmatched opening quote ${code('‘')}: the quotation is not closed in this paragraph`,
      start: start + at,
      end: start + at + 1
    }))
  }

  function punctuationFindings(paragraph: ParagraphText): Finding[] {
    const {text, start} = paragraph
    const debris: Finding[] = []
    const spacing: Finding[] = []
    for (const match of text.matchAll(/([.!?])([”"’]*)([ \t]*)([,;:])(?![.,;:\p{N}])/gu)) {
      const [, terminal, quotes, spaces, mark] = match as unknown as [string, string, string, string, string]
      const at = match.index
      if (quotes === '' && spaces === '') continue
      if (terminal === '.' && isAbbreviation(text, at)) continue
      const from = at + terminal.length + quotes.length
      debris.push({
        ruleId: 'punctuation-debris',
        reason: `Stray ${TERMINAL_NAMES[mark]} ${code(mark)} after the end of a sentence: remove it`,
        start: start + from,
        end: start + from + spaces.length + mark.length,
        expected: [''],
        fixable: true
      })
    }
    for (const match of text.matchAll(/(?<!\.)\.([,;])/gu)) {
      if (isAbbreviation(text, match.index)) continue
      debris.push({
        ruleId: 'punctuation-debris',
        reason: `Punctuation debris ${code(match[0])}: keep the full stop or the ${TERMINAL_NAMES[match[1]!]}`,
        start: start + match.index,
        end: start + match.index + 2,
        expected: ['.', match[1]!],
        fixable: false
      })
    }
    for (const match of text.matchAll(/([,;])[ \t]*\1/gu)) {
      debris.push({
        ruleId: 'punctuation-debris',
        reason: `Doubled ${code(match[1]!)}: keep one`,
        start: start + match.index,
        end: start + match.index + match[0].length,
        expected: [match[1]!],
        fixable: true
      })
    }
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}”"’)\]])\.\.(?=[\s”"’)\]]|$)/gu)) {
      debris.push({ruleId: 'punctuation-debris', reason: `Doubled ${code('.')}: keep one`, start: start + match.index, end: start + match.index + 2, expected: ['.'], fixable: true})
    }
    for (const match of text.matchAll(/([,;:])[ \t]*\.(?![.\d])/gu)) {
      debris.push({
        ruleId: 'punctuation-debris',
        reason: `Stray ${code(match[1]!)} before the full stop: remove it`,
        start: start + match.index,
        end: start + match.index + match[0].length,
        expected: ['.'],
        fixable: true
      })
    }
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}”"’)\]])([ \t]+)([,;:!?.])(?=[\s”"’)\]]|$)/gu)) {
      const [, spaces, mark] = match as unknown as [string, string, string]
      const after = text.slice(match.index + match[0].length)
      if (mark === '.' && /^[ \t]*\./u.test(after)) continue
      spacing.push({
        ruleId: 'punctuation-spacing',
        reason: `Unexpected space before ${code(mark)}`,
        start: start + match.index,
        end: start + match.index + spaces.length + mark.length,
        expected: [mark],
        fixable: true
      })
    }
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}])[ \t]+,(?=\p{L})/gu)) {
      spacing.push({
        ruleId: 'punctuation-spacing',
        reason: `Space before ${code(',')} instead of after it`,
        start: start + match.index,
        end: start + match.index + match[0].length,
        expected: [', '],
        fixable: true
      })
    }
    for (const match of text.matchAll(/(?<=\p{L}),(?=\p{L})/gu)) {
      // Inside a code, an address or a pair of capitals ("H5N1,B", "a@b.org,x", "A,B"), a comma keeps its place.
      const token = /\S*$/u.exec(text.slice(0, match.index))![0] + /^\S*/u.exec(text.slice(match.index))![0]
      if (/\p{N}|[@/]|^\p{Lu}{1,2},\p{Lu}{1,2}$/u.test(token.replace(/^[(“"‘']+|[)”"’'.,;:!?]+$/gu, ''))) continue
      spacing.push({ruleId: 'punctuation-spacing', reason: `Missing space after ${code(',')}`, start: start + match.index, end: start + match.index + 1, expected: [', '], fixable: true})
    }
    const kept: Finding[] = []
    for (const finding of [...debris, ...spacing]) {
      if (kept.some((other) => finding.start < other.end && other.start < finding.end)) continue
      kept.push(finding)
    }
    return kept.sort((a, b) => a.start - b.start)
  }

  const PAIRS: Record<string, string> = {'(': ')', '[': ']'}
  const OPENING_OF: Record<string, string> = {')': '(', ']': '['}

  function bracketFindings(paragraph: ParagraphText): Finding[] {
    const found: Finding[] = []
    const marks: Array<{char: string; other: string; verb: 'opens' | 'closes'; at: number}> = []
    const stack: number[] = []
    const unclosed: number[] = []
    const {text, start} = paragraph
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!
      if (char === '(' || char === '[') {
        stack.push(index)
      } else if (char === ')' || char === ']') {
        if (char === ')' && /(?:^|\n)[ \t]*[\p{N}\p{L}]{1,2}$/u.test(text.slice(0, index))) continue
        const opener = OPENING_OF[char]!
        let match = stack.length - 1
        while (match >= 0 && text[stack[match]!] !== opener) match--
        if (match >= 0) {
          for (const open of stack.splice(match).slice(1)) unclosed.push(open)
        } else {
          marks.push({char, other: opener, verb: 'opens', at: start + index})
        }
      }
    }
    for (const index of [...unclosed, ...stack]) {
      const char = text[index]!
      marks.push({char, other: PAIRS[char]!, verb: 'closes', at: start + index})
    }
    // Marks side by side, the same mark missing the same other, are one finding.
    marks.sort((a, b) => a.at - b.at)
    for (let first = 0; first < marks.length; ) {
      const {char, other, verb, at} = marks[first]!
      let last = first
      while (last + 1 < marks.length && marks[last + 1]!.at === marks[last]!.at + 1 && marks[last + 1]!.char === char && marks[last + 1]!.verb === verb) last++
      const count = last - first + 1
      const reason = count === 1 ? `Unmatched ${code(char)}: no ${code(other)} ${verb} it in this paragraph` : `Unmatched ${code(char)}: ${count} in a row, and no ${code(other)} ${verb} them in this paragraph`
      found.push({ruleId: 'brackets', reason, start: at, end: at + count})
      first = last + 1
    }
    return found
  }

  return {apostropheFindings, singleQuoteFindings, punctuationFindings, bracketFindings}
})()
