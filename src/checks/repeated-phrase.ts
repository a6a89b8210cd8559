/**
 * Repeated phrases: the same one- to five-word sequence twice in a row inside
 * a sentence, ignoring case and punctuation ("to weaken, to weaken, or to go
 * around"), or twice with only a connector between ("to weaken, or to
 * weaken"). A decoder that loops leaves exactly this. The fix deletes the
 * second copy with the separator before it, keeping the first as written.
 *
 * Not reported: a word doubled with only a space between and the runs of one
 * word that rule `repeated-words` reports, repeats made only of numbers ("10,
 * 10 and 5"), the legitimate repetition listed in rules/repetition.yml, a
 * chain of pairs ("France and Germany, Germany and Poland") and a word taken
 * up by a relative clause ("talks, talks that Kyiv rejects"), and a dateline's
 * place taken up after its dash ("AUSTIN, Texas — Texas legislators").
 * Inside a quotation the repeat may be the speaker's own: it is reported,
 * never fixed.
 */
import type {Sentence, Word} from 'nlcst'
import {z} from 'zod'
import {memoised} from '../memo.js'
import {proseOf, report} from '../messages.js'
import {firstIndex} from '../sorted.js'
import {textOf} from '../text/nodes.js'
import {quotationAround, sentences, words} from '../text/paragraphs.js'
import {dataOf, defineCheck} from './check.js'

export const repetitionSchema = z.strictObject({
  exceptions: z.array(z.string().min(1)).default([]),
  acrossClauses: z.array(z.string().trim().toLowerCase().min(1)).default([]),
  connectors: z.array(z.string().min(1)).default([])
})

export const repeatedPhraseOptions = z.strictObject({
  /** The data file, relative to the config file. */
  file: z.string().default('repetition.yml'),
  /** Longest repeated sequence looked for, in words. */
  maxWords: z.number().int().min(1).max(10).default(5),
  /** Most connector words allowed between two copies ("or", "that is"); 0 reports only back-to-back repeats. */
  window: z.number().int().min(0).max(5).default(2)
})

export interface PreparedRepetition {
  maxWords: number
  window: number
  /** Exceptions as word sequences, each in its hyphenated and its split form, by first word. */
  exceptions: Map<string, string[][]>
  /** Words that may end one clause and start the next: doubled across a comma, no repeat. */
  acrossClauses: ReadonlySet<string>
  connectors: string[][]
}

/** A sentence's words as compared, and the word nodes they come from, for offsets. */
export interface Tokens {
  words: string[]
  nodes: readonly Word[]
}

const startOf = (tokens: Tokens, k: number) => tokens.nodes[k]!.position?.start.offset ?? 0
const endOf = (tokens: Tokens, k: number) => tokens.nodes[k]!.position?.end.offset ?? 0

/** A word as compared: lower case, one apostrophe. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/gu, "'")
}

/** A phrase as word sequences: "bye-bye" → [["bye-bye"], ["bye", "bye"]]. */
function sequences(phrase: string): string[][] {
  const whole = phrase.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).map(normalise)
  const split = phrase.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean).map(normalise)
  return whole.join(' ') === split.join(' ') ? [whole] : [whole, split]
}

function byFirstWord(list: readonly string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>()
  for (const sequence of list) {
    const first = sequence[0]!
    map.set(first, [...(map.get(first) ?? []), sequence])
  }
  return map
}

export function prepareRepetition(options: z.infer<typeof repeatedPhraseOptions>, data: z.infer<typeof repetitionSchema>): PreparedRepetition {
  return {
    maxWords: options.maxWords,
    window: options.window,
    exceptions: byFirstWord(data.exceptions.flatMap(sequences)),
    acrossClauses: new Set(data.acrossClauses),
    connectors: data.connectors.flatMap(sequences)
  }
}

/** normalise() per distinct word: an article says the same words again and again. */
export function normaliser(): (word: string) => string {
  return memoised(normalise)
}

export function tokensOf(sentence: Sentence, normal: (word: string) => string): Tokens {
  const nodes = words(sentence)
  return {words: nodes.map((node) => normal(textOf(node))), nodes}
}

function same(tokens: Tokens, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (tokens.words[a + k] !== tokens.words[b + k]) return false
  return true
}

/** Whether the word at `i` comes again within `reach` words: a repeat starting at `i` needs it to, and most words do not. */
function recurs(tokens: Tokens, i: number, reach: number): boolean {
  const word = tokens.words[i]
  for (let k = i + 1; k <= i + reach && k < tokens.words.length; k++) if (tokens.words[k] === word) return true
  return false
}

/** Positions covered by matches of any exception sequence, by token index. */
function covered(tokens: Tokens, exceptions: ReadonlyMap<string, string[][]>): boolean[] {
  const cover = tokens.words.map(() => false)
  tokens.words.forEach((word, i) => {
    for (const sequence of exceptions.get(word) ?? []) {
      if (i + sequence.length > tokens.words.length || !sequence.every((other, k) => tokens.words[i + k] === other)) continue
      for (let k = 0; k < sequence.length; k++) cover[i + k] = true
    }
  })
  return cover
}

/** A dateline before its dash: a place in capitals, perhaps with its region ("AUSTIN, Texas", "NEW DELHI"). */
const DATELINE = /^\p{Lu}{2}[\p{Lu}\s.'-]*(?:,(?:\s+\p{Lu}[\p{L}.]*)+)?$/u

/** Separators allowed between two copies: spaces and light punctuation, no quote, bracket or full stop. */
const SEPARATOR = /^[\s,;:–—…-]*$/u

export interface Repeat {
  first: number
  second: number
  size: number
  adjacent: boolean
}

/** The words a chain of pairs links its items with. */
const CHAIN = new Set(['and', 'or', 'to', 'v', 'vs', 'versus', 'against', 'with', 'from', 'into'])
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where'])

/**
 * `runOfOneWord`: whether a span lies inside a run of one word that
 * repeated-words reports ("word word word word" is one finding of that
 * rule, not phrases of this one).
 */
export function findRepeats(tokens: Tokens, text: string, prepared: PreparedRepetition, runOfOneWord: (start: number, end: number) => boolean = () => false): Repeat[] {
  // Worked out only for a sentence with a repeat: most have none.
  let cover: boolean[] | undefined
  const between = (a: number, b: number) => text.slice(endOf(tokens, a), startOf(tokens, b))
  const exempt = (from: number, to: number) => {
    cover ??= covered(tokens, prepared.exceptions)
    for (let k = from; k < to; k++) if (!cover[k]) return false
    return true
  }
  const numeric = (from: number, size: number) => tokens.words.slice(from, from + size).every((word) => /^[\p{N}.,]+$/u.test(word))
  const connectorAt = (from: number, length: number) =>
    prepared.connectors.some((sequence) => sequence.length === length && sequence.every((word, k) => tokens.words[from + k] === word))

  const gapsAreSeparators = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!SEPARATOR.test(between(k, k + 1))) return false
    return true
  }

  // A chain of pairs: one item shared by two pairs, each linked by the same word ("France and Germany, Germany and Poland,
  // and Poland and Lithuania", "London to Paris, Paris to Rome"). The link is the copy's edge word, else the word beside it.
  const chained = (first: number, after: number) => {
    const unit = tokens.words.slice(first, first + (after - first) / 2)
    const before = CHAIN.has(unit[0]!) ? unit[0] : tokens.words[first - 1]
    const behind = CHAIN.has(unit.at(-1)!) ? unit.at(-1) : tokens.words[after]
    return before !== undefined && before === behind && CHAIN.has(before) && unit.filter((word) => !CHAIN.has(word)).length === 1
  }
  // A word taken up again to say more of it: "some want talks, talks that Kyiv rejects".
  // One word, and the relative right after it, with no comma ("the first half, the first half, which…" is a loop's).
  const restated = (size: number, after: number, gap: string) =>
    size === 1 && gap.trim() !== '' && RELATIVE.has(tokens.words[after] ?? '') && between(after - 1, after).trim() === ''

  // A dateline's place and the sentence after it: "AUSTIN, Texas — Texas legislators gathered". A copy followed by a dash
  // again is the dateline looping ("KYIV, Ukraine — Ukraine — Ukraine's air force").
  const afterDateline = (second: number, size: number, gap: string) =>
    /[—–]/u.test(gap) && !(second + size < tokens.words.length && /[—–]/u.test(between(second + size - 1, second + size))) && DATELINE.test(text.slice(startOf(tokens, 0), endOf(tokens, second - 1)))

  // A word said three times and more, commas between, is a chant or a verse ("Row, row, row your boat", "yeah, yeah,
  // yeah"): a translation doubles a word, it does not triple it. (With spaces only, "had had had had", it is a slip.)
  const chanted = (first: number, second: number, size: number) => {
    const word = tokens.words[first]
    const again = (k: number) => tokens.words[k] === word && SEPARATOR.test(between(k - 1, k)) && between(k - 1, k).trim() !== ''
    if (size > 1) return tokens.words.slice(first, second + size).every((other, k) => other === word && (k === 0 || again(first + k)))
    return (first > 0 && again(first) && tokens.words[first - 1] === word) || (second + 1 < tokens.words.length && again(second + 1))
  }

  const repeats: Repeat[] = []
  const reach = prepared.maxWords + prepared.window
  let i = 0
  while (i < tokens.words.length) {
    if (!recurs(tokens, i, reach)) {
      i++
      continue
    }
    let found: Repeat | undefined
    for (let size = 1; size <= prepared.maxWords && !found; size++) {
      const second = i + size
      if (second + size > tokens.words.length) break
      if (!same(tokens, i, second, size)) continue
      const gap = between(second - 1, second)
      if (!SEPARATOR.test(gap)) continue
      if (size === 1 && gap.trim() === '') continue // "the the": rule repeated-words
      if (size === 1 && prepared.acrossClauses.has(tokens.words[i]!)) continue // "It is what it is, is it not?"
      if (chanted(i, second, size)) continue
      if (runOfOneWord(startOf(tokens, i), endOf(tokens, second + size - 1))) continue // "word word word word": rule repeated-words
      if (numeric(i, size) || exempt(i, second + size) || chained(i, second + size) || restated(size, second + size, gap) || afterDateline(second, size, gap)) continue
      found = {first: i, second, size, adjacent: true}
    }
    for (let size = 2; size <= prepared.maxWords && !found; size++) {
      for (let words = 1; words <= prepared.window && !found; words++) {
        const second = i + size + words
        if (second + size > tokens.words.length) break
        if (!same(tokens, i, second, size) || !connectorAt(i + size, words)) continue
        if (!gapsAreSeparators(i + size - 1, second)) continue
        if (numeric(i, size) || exempt(i, second + size)) continue
        found = {first: i, second, size, adjacent: false}
      }
    }
    if (found) {
      repeats.push(found)
      i = found.second
    } else i++
  }
  return repeats
}

/**
 * Whether a repeat is items of a list, which may name one twice ("guilty,
 * not guilty, guilty"; "Labour, Tory, Labour, Tory"): commas part the
 * copies, and a comma parts the copy's own words or the copy ends a longer
 * item. A translation's loop is a phrase taken up again ("to weaken, to
 * weaken").
 */
function inList(tokens: Tokens, text: string, {first, second, size}: Repeat): boolean {
  const gap = (a: number) => text.slice(endOf(tokens, a), startOf(tokens, a + 1))
  if (!gap(second - 1).includes(',')) return false
  for (let k = first; k < first + size - 1; k++) if (gap(k).includes(',')) return true
  // The copy ends a longer item, which a comma opens a word or two before it: "…, not guilty, guilty". A loop repeats
  // the item itself ("Basically, to weaken, to weaken").
  return first > 0 && !/[,;]/u.test(gap(first - 1)) && [first - 2, first - 3].some((k) => k >= 0 && /[,;]/u.test(gap(k)))
}

export const repeatedPhrase = defineCheck({
  name: 'repeated-phrase',
  needs: ['quotes', 'repeated-words'],
  rules: {
    'repeated-phrase': {
      severity: 'warning',
      description: 'A phrase repeated back to back ("to weaken, to weaken").',
      docs: 'repeated-phrase',
      messages: {
        adjacent: 'Repeated {{what}} `{{phrase}}`: remove the second one',
        quoted: "Repeated {{what}} `{{phrase}}` inside a quotation: check the speaker's words before removing the second one",
        nearby: 'Repeated {{what}} `{{phrase}}` within a few words: check whether the second one belongs',
        listed: 'Repeated {{what}} `{{phrase}}` in a list: check whether the list names it twice before removing the second one',
        emphatic: 'Repeated word `{{phrase}}`: remove the second one unless it is there for emphasis'
      }
    }
  },
  options: repeatedPhraseOptions,
  prepare: (options, context) => prepareRepetition(options, context.loadData(options.file, repetitionSchema, 'repetition@1').data),
  plugin(prepared: PreparedRepetition) {
    const normal = normaliser()
    return (tree, file) => {
      const text = proseOf(file)
      const runs = dataOf(file, 'repeatedWords')
      // The runs come in the prose's order, apart: the last one starting at or before the span is the one that may hold it.
      const insideRun = (start: number, end: number) => {
        const run = runs[firstIndex(runs.length, (index) => runs[index]!.start > start) - 1]
        return run !== undefined && end <= run.end
      }
      for (const {sentence} of sentences(tree)) {
        const tokens = tokensOf(sentence, normal)
        for (const repeat of findRepeats(tokens, text, prepared, insideRun)) {
          const phrase = text.slice(startOf(tokens, repeat.first), endOf(tokens, repeat.first + repeat.size - 1))
          const start = endOf(tokens, repeat.first + repeat.size - 1)
          const end = endOf(tokens, repeat.second + repeat.size - 1)
          const quoted = quotationAround(dataOf(file, 'quotations'), start, end) !== undefined
          const data = {what: repeat.size === 1 ? 'word' : 'phrase', phrase}
          if (!repeat.adjacent) report(file, {ruleId: 'repeated-phrase', messageId: 'nearby', data, start, end})
          else if (quoted) report(file, {ruleId: 'repeated-phrase', messageId: 'quoted', data, start, end, expected: ['']})
          else if (inList(tokens, text, repeat)) report(file, {ruleId: 'repeated-phrase', messageId: 'listed', data, start, end, expected: ['']})
          // One word said twice with a comma is as often emphasis ("Slowly, slowly", "Water, water, every where") as a slip.
          else if (repeat.size === 1 && /^\s*,\s*$/u.test(text.slice(start, startOf(tokens, repeat.second)))) report(file, {ruleId: 'repeated-phrase', messageId: 'emphatic', data, start, end, expected: ['']})
          else report(file, {ruleId: 'repeated-phrase', messageId: 'adjacent', data, start, end, expected: [''], fixable: true})
        }
      }
    }
  }
})
