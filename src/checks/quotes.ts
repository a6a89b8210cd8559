/**
 * Quotation marks, per paragraph: the marks scraping and machine translation
 * scramble. A fix is offered only where the position of a mark leaves no
 * doubt (its direction, a missing or extra space, a dangling opener);
 * everything else is reported with its reason. Single quotes share ’ with
 * the apostrophe, so only an opening ‘ left open, and ‘ inside a word or
 * before a decade (an apostrophe turned the wrong way), are certain.
 */
import {z} from 'zod'
import {markRuns, proseOf, report, type Finding} from '../messages.js'
import {paragraphs, quotationsOf, readAllQuotes, type ParagraphText} from '../text/paragraphs.js'
import type {Quotation} from '../text/quotations.js'
import type {QuoteProblem} from '../text/quotations.js'
import {slotsOf} from '../render.js'
import {runStart} from '../text/runs.js'
import {defineCheck} from './check.js'

const messages = {
  'glued-close': 'Closing quote `{{mark}}` touches `{{word}}`: expected a space after it',
  'misdirected-glued': 'Misdirected quote `{{mark}}` closes the quotation and touches `{{word}}`: expected `{{fix}}`',
  'misdirected-glued-opened': 'Misdirected quote `{{mark}}` closes the quotation opened before `{{opener}}` and touches `{{word}}`: expected `{{fix}}`',
  'glued-open': 'Opening quote `{{mark}}` touches `{{word}}`: expected a space before it',
  'misdirected-close': 'Misdirected quote `{{mark}}` closes the quotation: expected `”`',
  'misdirected-close-opened': 'Misdirected quote `{{mark}}` closes the quotation opened before `{{opener}}`: expected `”`',
  'misdirected-open': 'Misdirected quote `{{mark}}` opens a quotation: expected `“`',
  'misdirected-apostrophe': 'Misdirected apostrophe `‘`: expected `’`',
  dangling: 'Dangling opening quote `{{mark}}` at the end of the paragraph: remove it',
  'spaced-close': 'Unexpected space before the closing quote `{{mark}}`',
  stray: 'Stray quote mark `{{mark}}` between spaces: remove it or attach it to its quotation',
  'unmatched-open': 'Unmatched opening quote `{{mark}}`: the quotation is not closed in this paragraph',
  'unmatched-open-run': 'Unmatched opening quotes: {{count}} `{{mark}}` in a row, and no quotation is closed in this paragraph',
  'unclosed-attributed': 'Unclosed quotation: `{{attribution}}` after it shows where it ends; expected `{{close}}` after `{{word}}`',
  'unmatched-close': 'Unmatched closing quote `{{mark}}`: no quotation is open at this point of the paragraph',
  'unmatched-close-run': 'Unmatched closing quotes: {{count}} `{{mark}}` in a row, and no quotation is open at this point of the paragraph'
}

/** Verbs of speech that attribute a quotation, and "according to". */
const SPEECH = String.raw`(?:said|says|added|adds|told|asked|stressed|noted|explained|declared|insisted|warned|replied|wrote|according to)`

/**
 * Where a quotation left open ends, when an attribution right after a comma,
 * question or exclamation mark leaves no doubt: "We will not wait, said the
 * minister." or "…, the Copom said in its statement." A speech verb at once,
 * or a subject of a few words (a name, a pronoun, "the committee") and then one.
 */
const ATTRIBUTION = new RegExp(String.raw`([,?!])[ 	]+(${SPEECH}(?![\p{L}])|(?:\p{Lu}[\p{L}'’.-]*|he|she|they|we|the|a|an|his|her|their|its)(?:[ 	]+[\p{L}'’.-]+){0,4}[ 	]+${SPEECH}(?![\p{L}]))`, 'u')

/**
 * The opening quote's quotation closed before its attribution, or undefined.
 * The attribution must come before the next double mark, and holds none: the
 * search stops there, not at the paragraph's end for each opening quote.
 */
function closedBeforeAttribution(problem: QuoteProblem, paragraph: ParagraphText): Finding | undefined {
  const after = paragraph.text.slice(problem.end)
  const nextMark = after.search(/["“”]/u)
  const found = ATTRIBUTION.exec(nextMark < 0 ? after : after.slice(0, nextMark))
  if (!found) return undefined
  const at = problem.end + found.index + 1 // just after the comma
  const close = problem.mark === '"' ? '"' : '”'
  const quoted = paragraph.text.slice(problem.start, at)
  // The word before the comma, and the comma ("wait,"); a walk back, where /[…]+[,?!]$/ would try every letter of a long word.
  const wordStart = runStart(quoted, quoted.length - 1, /^[\p{L}\p{N}’'-]$/u)
  return {
    ruleId: 'quotes',
    messageId: 'unclosed-attributed',
    data: {attribution: found[2]!, close, word: wordStart < quoted.length - 1 ? quoted.slice(wordStart) : found[1]!},
    start: paragraph.start + problem.start,
    end: paragraph.start + at,
    expected: [`${quoted}${close}`],
    fixable: true
  }
}

/** The message of a problem the quote reader finds: a misdirected “ also names where its quotation opened. */
function quoteFinding(problem: QuoteProblem, paragraph: ParagraphText): Finding {
  const {kind, mark} = problem
  const attributed = kind === 'unmatched-open' ? closedBeforeAttribution(problem, paragraph) : undefined
  if (attributed) return attributed
  const closesWrongly = mark === '“' && (kind === 'glued-close' || kind === 'misdirected')
  const base = closesWrongly ? (kind === 'misdirected' ? 'misdirected-close' : 'misdirected-glued') : kind === 'misdirected' ? 'misdirected-open' : kind
  const count = problem.end - problem.start
  const messageId = closesWrongly && problem.openedAt !== undefined ? `${base}-opened` : kind === 'unmatched-close' && count > 1 ? `${base}-run` : base
  const known = {mark, count: String(count), word: problem.word ?? '', fix: problem.fix ?? '', opener: problem.openedAt === undefined ? '' : firstWord(paragraph.text, problem.openedAt)}
  return {
    ruleId: 'quotes',
    messageId,
    data: Object.fromEntries(slotsOf(messages[messageId as keyof typeof messages]).map((slot) => [slot, known[slot as keyof typeof known]])),
    start: paragraph.start + problem.start,
    end: paragraph.start + problem.end,
    ...(problem.fix === undefined || kind === 'stray' || kind.startsWith('unmatched') ? {} : {expected: [problem.fix], fixable: true})
  }
}

function firstWord(text: string, index: number): string {
  return /[\p{L}\p{N}’'-]+/u.exec(text.slice(index + 1))?.[0] ?? text[index + 1] ?? ''
}

/** "Ukraine‘s" → "Ukraine’s", "the ‘90s" → "the ’90s". */
export function apostropheFindings(paragraph: ParagraphText): Finding[] {
  if (!paragraph.text.includes('‘')) return [] // most paragraphs: the pattern would test every position
  return [...paragraph.text.matchAll(/(?<=\p{L})‘(?=\p{L})|‘(?=\d0s\b)/gu)].map((match) => ({
    ruleId: 'quotes',
    messageId: 'misdirected-apostrophe',
    start: paragraph.start + match.index,
    end: paragraph.start + match.index + 1,
    expected: ['’'],
    fixable: true
  }))
}

/**
 * An opening ‘ at a word's start that no ’ at a word's end closes later in
 * the paragraph (nor the next paragraph continues, opening with ‘).
 */
export function singleQuoteFindings(paragraph: ParagraphText, next: string | undefined): Finding[] {
  const {text, start} = paragraph
  if (!text.includes('‘')) return [] // nothing opens
  const opening = [...text.matchAll(/(?<![\p{L}\p{N}])‘(?=[\p{L}\p{N}])(?!\d0s\b)/gu)].map((match) => match.index)
  const closing = [...text.matchAll(/(?<=[\p{L}\p{N}.,!?…])’(?![\p{L}\p{N}])/gu)].map((match) => match.index)
  // Each opening, in order, takes the first closing after it not yet taken; one passed over stays before every later opening.
  let closer = 0
  const unclosed = opening.filter((at) => {
    while (closer < closing.length && closing[closer]! < at) closer++
    return closer++ >= closing.length
  })
  if (next?.trimStart().startsWith('‘')) unclosed.pop() // the last quotation runs on into the next paragraph
  return unclosed.map((at) => ({ruleId: 'quotes', messageId: 'unmatched-open', data: {mark: '‘'}, start: start + at, end: start + at + 1}))
}

declare module 'vfile' {
  interface DataMap {
    /** Every quotation of the text, for the checks that spare a speaker's words. */
    quotations: Quotation[]
  }
}

export const quotes = defineCheck({
  name: 'quotes',
  rules: {
    quotes: {
      severity: 'warning',
      description: 'Unbalanced, misdirected, glued or dangling quotation marks.',
      docs: 'quotes',
      messages
    }
  },
  options: z.strictObject({}),
  plugin() {
    return (tree, file) => {
      const list = paragraphs(tree, proseOf(file))
      const readings = readAllQuotes(list)
      // Read once here, for the checks that spare quoted words (they `need` this check).
      file.data.quotations = quotationsOf(list, readings, file)
      list.forEach((paragraph, index) => {
        const found = [
          ...readings[index]!.problems.map((problem) => quoteFinding(problem, paragraph)),
          ...apostropheFindings(paragraph),
          ...singleQuoteFindings(paragraph, list[index + 1]?.text)
        ]
        for (const finding of markRuns(found.sort((a, b) => a.start - b.start))) report(file, finding)
      })
    }
  }
})
