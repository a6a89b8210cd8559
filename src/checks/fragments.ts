/**
 * Sentence fragments: a one- or two-word "sentence" ending in a full stop, the
 * trace of a list or clause that translation broke apart ("bordering Poland,
 * Estonia, Lithuania and Russia. Latvia."). Fixed only in the one shape that
 * leaves no doubt, a pair broken off its third item ("Chile and Peru.
 * Bolivia." → "Chile, Peru and Bolivia."); elsewhere, whether the words
 * belong to the sentence before or need a verb is the editor's call (the
 * seed's "Latvia." belongs to a list whose "Russia" is itself misplaced).
 *
 * Not fragments: headings (a line without final punctuation), datelines and
 * agency credits in capitals, bylines ("By Jane Doe."), list items ("- Sanctions.", "1. Energy."),
 * quotations ("“No.”"), questions and exclamations ("What next?"), and short clauses with a subject and a verb ("He
 * declined.", "Talks failed.").
 */
import type {Paragraph, Sentence} from 'nlcst'
import {z} from 'zod'
import {proseOf, report} from '../messages.js'
import {isEnglishWord} from '../text/dictionary.js'
import {abbreviationsOption, isAbbreviation, loadAbbreviations} from '../text/abbreviations.js'
import {isHeading} from '../text/headings.js'
import {startOffset, textOf} from '../text/nodes.js'
import {paragraphs, quotationAround, words as wordsIn} from '../text/paragraphs.js'
import {runStart} from '../text/runs.js'
import {firstIndex} from '../sorted.js'
import {dataOf, defineCheck} from './check.js'

/** Subjects that make a two-word sentence a clause ("He declined."). */
const PRONOUNS = new Set('i you he she it we they this that these those nobody everybody everyone someone somebody nothing everything something none who'.split(' '))

/** Finite verbs that do not end in -ed, for two-word clauses ("Prices rose.", "Time will tell" aside). */
const VERBS = new Set(
  (
    'is are was were be been am has have had do does did can could will would shall should may might must ' +
    'said says say rose rise rises fell fall falls won win wins lost lose loses left leave leaves went go goes came come comes ' +
    'ran run runs grew grow grows held hold holds met meet meets told tell tells took take takes gave give gives ' +
    'made make makes saw see sees knew know knows thought think thinks spoke speak speaks stood stand stands ' +
    'sank sink sinks fought fight fights struck strike strikes broke break breaks began begin begins ' +
    'paid pay pays sold sell sells bought buy buys kept keep keeps wrote write writes drew draw draws ' +
    'agree agrees refuse refuses decline declines resign resigns happen happens matter matters continue continues ' +
    'remain remains wait waits work works fail fails'
  ).split(' ')
)


function isClause(words: readonly string[]): boolean {
  if (words.length < 2) return false
  const [first, second] = words.map((word) => word.toLowerCase().replace(/[’']s$/u, '')) as [string, string]
  return PRONOUNS.has(first) || VERBS.has(second) || /ed$/u.test(second) || VERBS.has(first)
}

/** The sentence's words, without a list marker before them ("1. First item"). */
function wordsOf(sentence: Sentence): string[] {
  const words = wordsIn(sentence).map(textOf)
  return words.length > 1 && /^(?:\p{N}+|\p{L})[.)]$/u.test(words[0]!) ? words.slice(1) : words
}

function endsWithStop(sentence: Sentence): boolean {
  const last = sentence.children.at(-1)
  return last?.type === 'PunctuationNode' && last.value === '.'
}

/** A cheap first test, before the sentence's words are read: a fragment ends in a full stop and has at most two words after a list marker. */
function mayBeFragment(sentence: Sentence): boolean {
  return endsWithStop(sentence) && wordsIn(sentence).length <= 3
}

function isFragment(sentence: Sentence, words: readonly string[], abbreviations: ReadonlySet<string>): boolean {
  if (words.length === 0 || words.length > 2 || !endsWithStop(sentence)) return false
  const text = textOf(sentence)
  if (/[“”"‘]/u.test(text)) return false // a quotation, or part of one
  if (words.every((word) => /^\P{Ll}+$/u.test(word) && /\p{Lu}{2}/u.test(word))) return false // dateline, agency: "KYIV." "(AP)"
  if (words[0]!.toLowerCase() === 'by') return false // byline
  if (words.length === 1 && /^(?:[\p{N}]+|\p{L})$/u.test(words[0]!)) return false // list marker
  if (words.length === 1 && isAbbreviation(words[0]!, abbreviations)) return false // "No." before a number
  return !isClause(words)
}

/** Whether the line that starts at `lineStart` is a plain-text list item ("- Sanctions.", "2. Energy."): short items are normal there. */
function isListLine(text: string, lineStart: number): boolean {
  return /^[ \t]*(?:[-*•–]|\p{N}+[.)]|\p{L}[.)])[ \t]/u.test(text.slice(lineStart))
}

/**
 * Where the line holding an offset starts: the line breaks are found once,
 * on the first question, then bisected (a line of a thousand fragments read
 * back to its start for each).
 */
function lineStarts(text: string): (offset: number) => number {
  let breaks: number[] | undefined
  return (offset) => {
    const found = (breaks ??= [...text.matchAll(/\n/gu)].map((match) => match.index))
    const before = firstIndex(found.length, (index) => found[index]! >= offset) - 1
    return before < 0 ? 0 : found[before]! + 1
  }
}

/**
 * "X and Y." at the end of the sentence before the fragment, and the list's
 * only "and": the last clause (after the last comma, semicolon or colon)
 * holds one "and", not counting one that opens the clause (", and later by
 * the councils of Valencia and Seville."), and X is not a short item right
 * after a comma (", Lithuania and Russia.": a list of three or more, where
 * the fragment may belong anywhere). The span runs from the separator before
 * "and" to the end; Y is at most four words.
 */
function pairAtEnd(before: string): {at: number; second: string} | undefined {
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1
  const clause = before.slice(clauseStart)
  const opener = /^[ \t]*(?:and|but)[ \t]+/u.exec(clause)?.[0] ?? ''
  // From the first space of a run only: from each of them the engine would read the run again.
  const ands = [...clause.slice(opener.length).matchAll(/(?<![ \t])[ \t]+and[ \t]+/gu)]
  if (ands.length !== 1) return undefined
  const and = ands[0]!
  const at = clauseStart + opener.length + and.index
  const lead = before.slice(clauseStart + opener.length, at).trim()
  if (clauseStart > 0 && opener === '' && lead.split(/\s+/u).length <= 2) return undefined
  const second = /^([^.!?]{1,60})\.$/u.exec(before.slice(at + and[0].length))?.[1]?.trim()
  return second === undefined || second.split(/\s+/u).length > 4 ? undefined : {at, second}
}

/** Words no list item is: adverbs of time, frequency and degree, yes and no. */
const NOT_AN_ITEM = new Set('again twice once thrice too also not no yes never ever anymore yet still now then soon already always sometimes often rarely maybe perhaps probably certainly definitely absolutely exactly indeed really finally instead either neither anyway nothing everything something more less enough so'.split(' '))

/** The repaired list ("Chile, Peru and Bolivia."), or undefined when the sentence before is not a pair. */
function joinedList(before: string, fragment: string, serialComma: boolean): {at: number; text: string} | undefined {
  const pair = pairAtEnd(before)
  if (!pair) return undefined
  const {at, second} = pair
  let third = fragment.replace(/\.$/u, '')
  // "…sacked its manager and sporting director. Again.": an adverb or a "no" is a comment on the sentence, not its list's next item.
  if (third.split(/\s+/u).some((word) => NOT_AN_ITEM.has(word.toLowerCase()))) return undefined
  // "iron and phosphate. Manganese." → "manganese": a common noun keeps the list's lowercase.
  if (/^\p{Ll}/u.test(second) && isEnglishWord(third.toLowerCase()) && !/\s/u.test(third)) third = third.toLowerCase()
  return {at, text: `, ${second}${serialComma ? ',' : ''} and ${third}.`}
}

export const fragments = defineCheck({
  name: 'fragments',
  needs: ['quotes'],
  rules: {
    fragment: {
      severity: 'warning',
      description: 'A one- or two-word sentence that is not a heading ("Latvia.").',
      docs: 'fragment',
      messages: {
        fragment: 'Sentence fragment `{{fragment}}`: {{count}} without a verb; join it to the sentence before or complete it',
        list: 'Sentence fragment `{{fragment}}`: the last item of the list before it (`{{list}}`)'
      }
    }
  },
  options: z.strictObject({
    abbreviations: abbreviationsOption,
    /** House style: a comma before the "and" of a list of three or more ("Chile, Peru, and Bolivia"). */
    serialComma: z.boolean().default(false)
  }),
  prepare: (options, context) => ({abbreviations: loadAbbreviations(options.abbreviations, context), serialComma: options.serialComma}),
  plugin({abbreviations, serialComma}: {abbreviations: ReadonlySet<string>; serialComma: boolean}) {
    return (tree, file) => {
      const text = proseOf(file)
      const list = paragraphs(tree, text)
      const quotations = dataOf(file, 'quotations')
      const lineStart = lineStarts(text)
      for (const {node} of list) {
        for (const [index, sentence] of node.children.entries()) {
          if (sentence.type !== 'SentenceNode' || !mayBeFragment(sentence)) continue
          const words = wordsOf(sentence)
          if (!isFragment(sentence, words, abbreviations) || isHeading(node as Paragraph, file)) continue
          const start = sentence.position?.start.offset ?? 0
          const end = sentence.position?.end.offset ?? start
          // A list item: a markup draft's syntax says so; in any draft, a line may start with a marker the prose keeps.
          if (quotationAround(quotations, start, end) || file.data.prose?.listItems?.has(startOffset(node)) || isListLine(text, lineStart(start))) continue
          const previous = node.children[index - 2]
          const before = previous?.type === 'SentenceNode' ? text.slice(previous.position?.start.offset ?? 0, previous.position?.end.offset ?? 0) : ''
          const list = before === '' ? undefined : joinedList(before, text.slice(start, end), serialComma)
          if (list) {
            const from = (previous!.position?.start.offset ?? 0) + list.at
            const first = text.slice(runStart(text, from, /^\S$/u), from)
            report(file, {ruleId: 'fragment', messageId: 'list', data: {fragment: text.slice(start, end), list: `${first}${list.text}`}, start, end, expected: [list.text], fixable: true, fixRange: {start: from, end}})
            continue
          }
          report(file, {
            ruleId: 'fragment',
            messageId: 'fragment',
            data: {fragment: text.slice(start, end), count: words.length === 1 ? 'one word' : 'two words'},
            start,
            end
          })
        }
      }
    }
  }
})
