/**
 * Punctuation debris and spacing, per paragraph: marks that scraping and
 * machine translation leave behind ("completely.” , Stay", ",,", "Russia,.")
 * and spaces on the wrong side of a mark ("Russia , and", "Russia,and").
 * Each rule is a row of one table: its pattern, the guard before it, and what
 * a match becomes. A fix is offered only where one repair is certain.
 */
import {z} from 'zod'
import {proseOf, report, type Finding} from '../messages.js'
import type {MessageData} from '../render.js'
import {abbreviationsOption, endsAbbreviation, loadAbbreviations} from '../text/abbreviations.js'
import {paragraphs, type ParagraphText} from '../text/paragraphs.js'
import {perNonSpaceRun} from '../text/runs.js'
import {firstIndex} from '../sorted.js'
import {defineCheck} from './check.js'

type RuleId = 'punctuation-debris' | 'punctuation-spacing'

/** What a match becomes: the range it replaces (offsets in the match's text), its data and suggestions; undefined skips it. */
interface Hit {
  from: number
  to: number
  data?: MessageData
  expected: string[]
  fixable: boolean
}

interface PunctuationRule {
  ruleId: RuleId
  messageId: string
  /**
   * Global, hoisted: `matchAll` on a literal builds a RegExp for every
   * paragraph. One that starts with a run of spaces starts only where the
   * run does ((?<![ \t])): from each space of a long run the engine would
   * read to its end again.
   */
  pattern: RegExp
  /** A sticky lookbehind the match must start after (see matchesAfter). */
  after?: RegExp
  hit(match: RegExpExecArray, text: string, context: Context): Hit | undefined
}

/** What a row may ask of a paragraph besides its text. */
interface Context {
  abbreviations: ReadonlySet<string>
  /** Whether the non-space run around a mark is a code (see isCode). */
  inCode(index: number): boolean
}

/** After a word, or what in markup stands as one (inline code, an image: OBJECT in src/formats/prose.ts). */
const AFTER_WORD = /(?<=[\p{L}\p{N}\uFFFC])/uy
const AFTER_LETTER = /(?<=\p{L})/uy
/** After a word, a closing quote or a closing bracket. */
const AFTER_WORD_OR_CLOSE = /(?<=[\p{L}\p{N}\uFFFC”"’)\]])/uy
const SPACED_ELLIPSIS = /[ \t]*\./uy
const SPACED_NUMBER = /[ \t]*\p{N}/uy

const NAME_OF: Record<string, string> = {',': 'comma', ';': 'semicolon', ':': 'colon'}

/** The whole match replaced by `text`. */
const whole = (match: RegExpExecArray, text: string, fixable = true): Hit => ({from: match.index, to: match.index + match[0].length, expected: [text], fixable})

/** A token a comma belongs inside: with a digit, an address, or short capitals on both sides ("A,B", "EU,UK" aside: words). */
function isCode(token: string): boolean {
  return /\p{N}|[@/]|^\p{Lu}{1,2},\p{Lu}{1,2}$/u.test(token)
}

/** A run of non-space characters as a token: without the quotes, brackets and marks at its ends. */
const tokenOf = (run: string) => run.replace(/^[(“"‘']+|[)”"’'.,;:!?]+$/gu, '')

/** In order of precedence: where two findings overlap, the earlier row's is kept (debris explains more than spacing). */
const TABLE: readonly PunctuationRule[] = [
  {
    // A comma, semicolon or colon after the end of a sentence, past a closing quote or a space: "completely.” , Stay".
    ruleId: 'punctuation-debris',
    messageId: 'stray-after-end',
    pattern: /([.!?])([”"’]*)([ \t]*)([,;:])(?![.,;:\p{N}])/gu,
    hit(match, text, {abbreviations}) {
      const [, terminal, quotes, spaces, mark] = match as unknown as [string, string, string, string, string]
      if (quotes === '' && spaces === '') return undefined // glued ".,": the next row
      if (terminal === '.' && endsAbbreviation(text, match.index, abbreviations)) return undefined
      const from = match.index + terminal.length + quotes.length
      return {from, to: from + spaces.length + mark.length, data: {name: NAME_OF[mark]!, mark}, expected: [''], fixable: true}
    }
  },
  {
    // A full stop glued to a comma or semicolon: which one is debris is the editor's call.
    ruleId: 'punctuation-debris',
    messageId: 'glued-stop',
    pattern: /(?<!\.)\.([,;])/gu,
    hit: (match, text, {abbreviations}) =>
      endsAbbreviation(text, match.index, abbreviations) ? undefined : {from: match.index, to: match.index + 2, data: {marks: match[0], name: NAME_OF[match[1]!]!}, expected: ['.', match[1]!], fixable: false}
  },
  {
    // Doubled commas or semicolons, spaced or not: ",," → ",".
    ruleId: 'punctuation-debris',
    messageId: 'doubled',
    pattern: /([,;])[ \t]*\1/gu,
    hit: (match) => ({...whole(match, match[1]!), data: {mark: match[1]!}})
  },
  {
    // Two full stops ending a sentence (not an ellipsis): "officials said.." → "officials said.".
    ruleId: 'punctuation-debris',
    messageId: 'doubled',
    pattern: /\.\.(?=[\s”"’)\]]|$)/gu,
    after: AFTER_WORD_OR_CLOSE,
    hit: (match) => ({...whole(match, '.'), data: {mark: '.'}})
  },
  {
    // A comma, semicolon or colon right before a full stop: "Russia,." → "Russia."; not before a decimal point (".322, .311").
    ruleId: 'punctuation-debris',
    messageId: 'before-stop',
    pattern: /([,;:])[ \t]*\.(?![.\d])/gu,
    hit: (match) => ({...whole(match, '.'), data: {mark: match[1]!}})
  },
  {
    // A space before a mark that follows a word: "Russia , and" → "Russia, and"; not a spaced ellipsis ". . .".
    ruleId: 'punctuation-spacing',
    messageId: 'space-before',
    pattern: /(?<![ \t])([ \t]+)([,;:!?.])(?=[\s”"’)\]]|$)/gu,
    after: AFTER_WORD_OR_CLOSE,
    hit(match, text) {
      const [, spaces, mark] = match as unknown as [string, string, string]
      SPACED_ELLIPSIS.lastIndex = match.index + match[0].length
      if (mark === '.' && SPACED_ELLIPSIS.test(text)) return undefined
      // A colon between numbers is a score, a time, a ratio or a verse ("2 : 1", "1 : 50,000", "John 3 : 16").
      SPACED_NUMBER.lastIndex = match.index + match[0].length
      if (mark === ':' && /\p{N}/u.test(text[match.index - 1] ?? '') && SPACED_NUMBER.test(text)) return undefined
      return {from: match.index, to: match.index + spaces.length + mark.length, data: {mark}, expected: [mark], fixable: true}
    }
  },
  {
    // The space on the wrong side of a comma: "statement ,adding" → "statement, adding".
    ruleId: 'punctuation-spacing',
    messageId: 'comma-wrong-side',
    pattern: /(?<![ \t])[ \t]+,(?=\p{L})/gu,
    after: AFTER_WORD,
    hit: (match) => whole(match, ', ')
  },
  {
    // No space after a comma between two words: "Russia,and" → "Russia, and". Never inside a token
    // that is a code, a number, an address or a pair of capitals ("H5N1,B", "grade A,B", "a@b.org,x").
    ruleId: 'punctuation-spacing',
    messageId: 'comma-unspaced',
    pattern: /,(?=\p{L})/gu,
    after: AFTER_LETTER,
    hit: (match, _text, {inCode}) => (inCode(match.index) ? undefined : whole(match, ', '))
  }
]

/**
 * The matches of `regex` that start where `before`, a sticky lookbehind,
 * holds. They are the matches of the pattern with the lookbehind at its
 * start, but the engine skips ahead to the pattern's first character instead
 * of testing a Unicode lookbehind at every position.
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

export function punctuationFindings(paragraph: ParagraphText, abbreviations: ReadonlySet<string>): Finding[] {
  const {text, start} = paragraph
  const codeRun = perNonSpaceRun(text, (run) => isCode(tokenOf(run)))
  const context: Context = {abbreviations, inCode: (index) => codeRun(index, index + 1)}
  // Each row's findings: in text order (each lies inside its match) and apart, so an overlap with a row's is found by bisection.
  const rows: Finding[][] = []
  for (const rule of TABLE) {
    const row: Finding[] = []
    for (const match of matchesAfter(text, rule.pattern, rule.after)) {
      const hit = rule.hit(match, text, context)
      if (hit === undefined) continue
      const finding: Finding = {ruleId: rule.ruleId, messageId: rule.messageId, data: hit.data, start: start + hit.from, end: start + hit.to, expected: hit.expected, fixable: hit.fixable}
      if (!rows.some((kept) => overlapsOne(kept, finding)) && !overlapsOne(row, finding)) row.push(finding)
    }
    rows.push(row)
  }
  return rows.flat().sort((a, b) => a.start - b.start)
}

/**
 * Whether a range overlaps one of `kept` (sorted, separate, none empty): of
 * those starting before it ends, only the last can reach into it.
 */
function overlapsOne(kept: readonly Finding[], {start, end}: {start: number; end: number}): boolean {
  const last = kept[firstIndex(kept.length, (index) => kept[index]!.start >= end) - 1]
  return last !== undefined && start < last.end
}

export const punctuation = defineCheck({
  name: 'punctuation',
  rules: {
    'punctuation-debris': {
      severity: 'warning',
      description: 'Stray punctuation left by translation or scraping (" , ", ".,").',
      docs: 'punctuation-debris',
      messages: {
        'stray-after-end': 'Stray {{name}} `{{mark}}` after the end of a sentence: remove it',
        'glued-stop': 'Punctuation debris `{{marks}}`: keep the full stop or the {{name}}',
        doubled: 'Doubled `{{mark}}`: keep one',
        'before-stop': 'Stray `{{mark}}` before the full stop: remove it'
      }
    },
    'punctuation-spacing': {
      severity: 'warning',
      description: 'A space before punctuation, or none after a comma.',
      docs: 'punctuation-spacing',
      messages: {
        'space-before': 'Unexpected space before `{{mark}}`',
        'comma-wrong-side': 'Space before `,` instead of after it',
        'comma-unspaced': 'Missing space after `,`'
      }
    }
  },
  options: z.strictObject({abbreviations: abbreviationsOption}),
  prepare: (options, context) => loadAbbreviations(options.abbreviations, context),
  plugin(abbreviations: ReadonlySet<string>) {
    return (tree, file) => {
      for (const paragraph of paragraphs(tree, proseOf(file))) for (const finding of punctuationFindings(paragraph, abbreviations)) report(file, finding)
    }
  }
})
