/**
 * Quotation marks, brackets and punctuation debris, per paragraph: the marks
 * scraping and machine translation scramble. A fix is offered only where one
 * repair is certain (the direction of a mark whose position leaves no doubt,
 * a missing or extra space, a comma that cannot belong); everything else is
 * reported with its reason.
 *
 * Rule ids: `quotes` (double quotation marks, an opening single quote left
 * open, apostrophes turned the wrong way), `brackets`, `punctuation-spacing`
 * (a space before a mark, none after a comma), `punctuation-debris` (stray or
 * doubled marks: "completely.” , Stay", ",,", "Russia,.").
 */
import type {VFile} from 'vfile'
import {z} from 'zod'
import {report, type Finding} from '../messages.js'
import {paragraphs, readAllQuotes, type ParagraphText} from '../text/paragraphs.js'
import type {QuoteProblem} from '../text/quotations.js'
import {defineCheck} from './check.js'

const code = (text: string) => `\`${text}\``

function quoteFinding(problem: QuoteProblem, paragraph: ParagraphText): Finding {
  const {kind, mark} = problem
  const at = {start: paragraph.start + problem.start, end: paragraph.start + problem.end}
  const opening = problem.openedAt === undefined ? '' : ` opened before ${code(firstWord(paragraph.text, problem.openedAt))}`
  const fix = problem.fix === undefined ? {} : {expected: [problem.fix], fixable: true}
  switch (kind) {
    case 'glued-close':
      return {
        ruleId: 'quotes',
        reason:
          mark === '“'
            ? `Misdirected quote ${code(mark)} closes the quotation${opening} and touches ${code(problem.word ?? '')}: expected ${code(problem.fix ?? '')}`
            : `Closing quote ${code(mark)} touches ${code(problem.word ?? '')}: expected a space after it`,
        ...at,
        ...fix
      }
    case 'glued-open':
      return {ruleId: 'quotes', reason: `Opening quote ${code(mark)} touches ${code(problem.word ?? '')}: expected a space before it`, ...at, ...fix}
    case 'misdirected':
      return {
        ruleId: 'quotes',
        reason:
          mark === '“'
            ? `Misdirected quote ${code(mark)} closes the quotation${opening}: expected ${code('”')}`
            : `Misdirected quote ${code(mark)} opens a quotation: expected ${code('“')}`,
        ...at,
        ...fix
      }
    case 'dangling':
      return {ruleId: 'quotes', reason: `Dangling opening quote ${code(mark)} at the end of the paragraph: remove it`, ...at, ...fix}
    case 'spaced-close':
      return {ruleId: 'quotes', reason: `Unexpected space before the closing quote ${code(mark)}`, ...at, ...fix}
    case 'stray':
      return {ruleId: 'quotes', reason: `Stray quote mark ${code(mark)} between spaces: remove it or attach it to its quotation`, ...at}
    case 'unmatched-open':
      return {ruleId: 'quotes', reason: `Unmatched opening quote ${code(mark)}: the quotation is not closed in this paragraph`, ...at}
    case 'unmatched-close':
      return {ruleId: 'quotes', reason: `Unmatched closing quote ${code(mark)}: no quotation is open at this point of the paragraph`, ...at}
  }
}

function firstWord(text: string, index: number): string {
  return /[\p{L}\p{N}’'-]+/u.exec(text.slice(index + 1))?.[0] ?? text[index + 1] ?? ''
}

/**
 * An opening single quote inside a word, or before a decade, is an apostrophe
 * turned the wrong way: "Ukraine‘s" → "Ukraine’s", "the ‘90s" → "the ’90s".
 */
export function apostropheFindings(paragraph: ParagraphText): Finding[] {
  if (!paragraph.text.includes('‘')) return [] // most paragraphs: the pattern would test every position
  return [...paragraph.text.matchAll(/(?<=\p{L})‘(?=\p{L})|‘(?=\d0s\b)/gu)].map((match) => ({
    ruleId: 'quotes',
    reason: `Misdirected apostrophe ${code('‘')}: expected ${code('’')}`,
    start: paragraph.start + match.index,
    end: paragraph.start + match.index + 1,
    expected: ['’'],
    fixable: true
  }))
}

/**
 * Single quotation marks: ’ is also the apostrophe, so only one problem is
 * certain: an opening ‘ at a word's start that no ’ at a word's end closes
 * later in the paragraph (nor the next paragraph continues, opening with ‘).
 */
export function singleQuoteFindings(paragraph: ParagraphText, next: string | undefined): Finding[] {
  const {text, start} = paragraph
  if (!text.includes('‘')) return [] // nothing opens
  const opening = [...text.matchAll(/(?<![\p{L}\p{N}])‘(?=[\p{L}\p{N}])(?!\d0s\b)/gu)].map((match) => match.index)
  const closing = [...text.matchAll(/(?<=[\p{L}\p{N}.,!?…])’(?![\p{L}\p{N}])/gu)].map((match) => match.index)
  const unclosed = opening.filter((at) => {
    const closer = closing.findIndex((close) => close > at)
    if (closer < 0) return true
    closing.splice(closer, 1)
    return false
  })
  if (next?.trimStart().startsWith('‘')) unclosed.pop() // the last quotation runs on into the next paragraph
  return unclosed.map((at) => ({
    ruleId: 'quotes',
    reason: `Unmatched opening quote ${code('‘')}: the quotation is not closed in this paragraph`,
    start: start + at,
    end: start + at + 1
  }))
}

const PAIRS: Record<string, string> = {'(': ')', '[': ']'}
const OPENING_OF: Record<string, string> = {')': '(', ']': '['}

const BRACKETS = /[()[\]]/g
const LIST_MARKER = /^[ \t]*[\p{N}\p{L}]{1,2}$/u

/** Whether the `)` at `index` ends a list marker at the start of a line: "a) Energy". Only the line before it is read. */
function isListMarker(text: string, index: number): boolean {
  return LIST_MARKER.test(text.slice(text.lastIndexOf('\n', index - 1) + 1, index))
}

/** Unbalanced round and square brackets. A list marker at the start of a line ("1)", "a)") is not a bracket. */
export function bracketFindings(paragraph: ParagraphText): Finding[] {
  const found: Finding[] = []
  const stack: number[] = []
  const unclosed: number[] = []
  const {text, start} = paragraph
  for (const bracket of text.matchAll(BRACKETS)) {
    const {index} = bracket
    const char = bracket[0]
    if (char === '(' || char === '[') {
      stack.push(index)
    } else {
      if (char === ')' && isListMarker(text, index)) continue
      const opener = OPENING_OF[char]!
      let match = stack.length - 1
      while (match >= 0 && text[stack[match]!] !== opener) match--
      if (match >= 0) {
        // Openers left inside this pair are never closed: "(a [b) c".
        for (const open of stack.splice(match).slice(1)) unclosed.push(open)
      } else {
        found.push({ruleId: 'brackets', reason: `Unmatched ${code(char)}: no ${code(opener)} opens it in this paragraph`, start: start + index, end: start + index + 1})
      }
    }
  }
  for (const index of [...unclosed, ...stack]) {
    const char = text[index]!
    found.push({ruleId: 'brackets', reason: `Unmatched ${code(char)}: no ${code(PAIRS[char]!)} closes it in this paragraph`, start: start + index, end: start + index + 1})
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Common abbreviations that end in a full stop and may be followed by a comma ("Inc.,"). */
const ABBREVIATIONS = new Set(
  'inc ltd co corp jr sr dr mr mrs ms st ave gen col lt sgt capt gov sen rep prof no vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun'.split(' ')
)

/** Whether the full stop at `index` ends an abbreviation ("U.S.", "Inc.", "a.m."). */
function isAbbreviation(text: string, index: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(0, index))?.[0] ?? ''
  if (word === '') return false
  return word.includes('.') || word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())
}

const TERMINAL_NAMES: Record<string, string> = {',': 'comma', ';': 'semicolon', ':': 'colon'}

/**
 * The matches of `regex` (global, hoisted: `matchAll` on a literal builds a
 * RegExp for every paragraph) that start where `before`, a sticky lookbehind,
 * holds. They are the matches of the pattern with the lookbehind at its start,
 * but the engine skips ahead to the pattern's first character instead of
 * testing a Unicode lookbehind at every position.
 */
function* matchesAfter(text: string, regex: RegExp, before?: RegExp): Generator<RegExpExecArray> {
  regex.lastIndex = 0
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (before !== undefined) {
      before.lastIndex = match.index
      if (!before.test(text)) {
        regex.lastIndex = match.index + 1 // the lookbehind failed here: try the next position, as the engine would
        continue
      }
    }
    yield match
  }
}

const AFTER_WORD = /(?<=[\p{L}\p{N}])/uy
const AFTER_LETTER = /(?<=\p{L})/uy
/** After a word, a closing quote or a closing bracket. */
const AFTER_WORD_OR_CLOSE = /(?<=[\p{L}\p{N}”"’)\]])/uy

const STRAY_AFTER_END = /([.!?])([”"’]*)([ \t]*)([,;:])(?![.,;:\p{N}])/gu
const GLUED_STOP = /(?<!\.)\.([,;])/gu
const DOUBLED = /([,;])[ \t]*\1/gu
const DOUBLED_STOP = /\.\.(?=[\s”"’)\]]|$)/gu // after AFTER_WORD_OR_CLOSE
const BEFORE_STOP = /([,;:])[ \t]*\.(?!\.)/gu
const SPACE_BEFORE = /([ \t]+)([,;:!?.])(?=[\s”"’)\]]|$)/gu // after AFTER_WORD_OR_CLOSE
const SPACED_ELLIPSIS = /[ \t]*\./uy
const COMMA_WRONG_SIDE = /[ \t]+,(?=\p{L})/gu // after AFTER_WORD
const COMMA_UNSPACED = /,(?=\p{L})/gu // after AFTER_LETTER

export function punctuationFindings(paragraph: ParagraphText): Finding[] {
  const {text, start} = paragraph
  const debris: Finding[] = []
  const spacing: Finding[] = []

  // A comma, semicolon or colon after the end of a sentence, past a closing quote or a space: "completely.” , Stay".
  for (const match of matchesAfter(text, STRAY_AFTER_END)) {
    const [, terminal, quotes, spaces, mark] = match as unknown as [string, string, string, string, string]
    const at = match.index
    if (quotes === '' && spaces === '') continue // glued ".,": below
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
  // A full stop glued to a comma or semicolon: which one is debris is the editor's call.
  for (const match of matchesAfter(text, GLUED_STOP)) {
    if (isAbbreviation(text, match.index)) continue
    debris.push({
      ruleId: 'punctuation-debris',
      reason: `Punctuation debris ${code(match[0])}: keep the full stop or the ${TERMINAL_NAMES[match[1]!]}`,
      start: start + match.index,
      end: start + match.index + 2,
      expected: ['.', match[1]!]
    })
  }
  // Doubled commas or semicolons, spaced or not: ",," → ",".
  for (const match of matchesAfter(text, DOUBLED)) {
    debris.push({
      ruleId: 'punctuation-debris',
      reason: `Doubled ${code(match[1]!)}: keep one`,
      start: start + match.index,
      end: start + match.index + match[0].length,
      expected: [match[1]!],
      fixable: true
    })
  }
  // Two full stops ending a sentence (not an ellipsis): "officials said.." → "officials said.".
  for (const match of matchesAfter(text, DOUBLED_STOP, AFTER_WORD_OR_CLOSE)) {
    debris.push({
      ruleId: 'punctuation-debris',
      reason: `Doubled ${code('.')}: keep one`,
      start: start + match.index,
      end: start + match.index + 2,
      expected: ['.'],
      fixable: true
    })
  }
  // A comma, semicolon or colon right before a full stop: "Russia,." → "Russia.".
  for (const match of matchesAfter(text, BEFORE_STOP)) {
    debris.push({
      ruleId: 'punctuation-debris',
      reason: `Stray ${code(match[1]!)} before the full stop: remove it`,
      start: start + match.index,
      end: start + match.index + match[0].length,
      expected: ['.'],
      fixable: true
    })
  }
  // A space before a mark that follows a word: "Russia , and" → "Russia, and".
  for (const match of matchesAfter(text, SPACE_BEFORE, AFTER_WORD_OR_CLOSE)) {
    const [, spaces, mark] = match as unknown as [string, string, string]
    SPACED_ELLIPSIS.lastIndex = match.index + match[0].length
    if (mark === '.' && SPACED_ELLIPSIS.test(text)) continue // a spaced ellipsis ". . ."
    spacing.push({
      ruleId: 'punctuation-spacing',
      reason: `Unexpected space before ${code(mark)}`,
      start: start + match.index,
      end: start + match.index + spaces.length + mark.length,
      expected: [mark],
      fixable: true
    })
  }
  // The space on the wrong side of a comma: "statement ,adding" → "statement, adding".
  for (const match of matchesAfter(text, COMMA_WRONG_SIDE, AFTER_WORD)) {
    spacing.push({
      ruleId: 'punctuation-spacing',
      reason: `Space before ${code(',')} instead of after it`,
      start: start + match.index,
      end: start + match.index + match[0].length,
      expected: [', '],
      fixable: true
    })
  }
  // No space after a comma between two words: "Russia,and" → "Russia, and".
  for (const match of matchesAfter(text, COMMA_UNSPACED, AFTER_LETTER)) {
    spacing.push({ruleId: 'punctuation-spacing', reason: `Missing space after ${code(',')}`, start: start + match.index, end: start + match.index + 1, expected: [', '], fixable: true})
  }
  return withoutOverlaps([...debris, ...spacing])
}

/** Keep the earlier-listed finding where two overlap (debris explains more than spacing). */
function withoutOverlaps(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = []
  for (const finding of findings) {
    if (kept.some((other) => finding.start < other.end && other.start < finding.end)) continue
    kept.push(finding)
  }
  return kept.sort((a, b) => a.start - b.start)
}

export const quotes = defineCheck({
  name: 'quotes',
  rules: {quotes: 'warning', brackets: 'warning', 'punctuation-spacing': 'warning', 'punctuation-debris': 'warning'},
  options: z.strictObject({}),
  plugin() {
    return (tree, file: VFile) => {
      const list = paragraphs(tree, String(file.value))
      const readings = readAllQuotes(list)
      list.forEach((paragraph, index) => {
        const found = [
          ...readings[index]!.problems.map((problem) => quoteFinding(problem, paragraph)),
          ...apostropheFindings(paragraph),
          ...singleQuoteFindings(paragraph, list[index + 1]?.text),
          ...bracketFindings(paragraph),
          ...punctuationFindings(paragraph)
        ]
        for (const finding of found.sort((a, b) => a.start - b.start)) report(file, finding)
      })
    }
  }
})
