/**
 * Ordinary words the English dictionary does not know: garbled or invented
 * words a translation leaves behind ("goverment", "sanctoins"). Only words
 * written all in lower case are judged; capitalised words are names, and
 * names are the names checks' business.
 *
 * Suggestions come from an edit-distance index over the dictionary, the
 * nearest and most common first; a word over 30 letters is reported without
 * any (src/text/suggest.ts says why). The fix is applied only when exactly one
 * word is a single edit away (a letter added, dropped, changed, or two
 * swapped) and the word is long enough for that edit to be telling.
 */
import type {Word} from 'nlcst'
import {z} from 'zod'
import {memoised} from '../memo.js'
import {proseOf, report} from '../messages.js'
import {englishWords, isEnglishWord, nearEnglishWords} from '../text/dictionary.js'
import {textOf} from '../text/nodes.js'
import {sentences, words} from '../text/paragraphs.js'
import {Suggester} from '../text/suggest.js'
import {COMMON, wordRank} from '../text/word-rank.js'
import {defineCheck} from './check.js'

export const spellingSchema = z.strictObject({accept: z.array(z.string().min(1)).default([])})

export const spellingOptions = z.strictObject({
  /** The data file of accepted words, relative to the config file. */
  file: z.string().default('spelling.yml'),
  /** More words to accept as they are (newsroom jargon, new coinages). */
  accept: z.array(z.string().min(1)).default([]),
  /** Words shorter than this are not judged ("th", "ok"). */
  minLength: z.number().int().min(1).default(3),
  /** The fix needs a word at least this long: one edit in a short word is too often another word. */
  minFixLength: z.number().int().min(1).default(5),
  /** Most suggestions listed. */
  suggestions: z.number().int().min(1).max(10).default(5)
})

type Options = z.infer<typeof spellingOptions>

/** Name particles: lowercase words inside names ("von der Leyen", "bin Salman", "da Silva"). */
const PARTICLES = new Set('von van der den de da di du des del della dos das do la le bin ibn al el ter zu af y e'.split(' '))

/** Prefixes written with a hyphen ("pre-scheduled", "co-host"), known even where the dictionary lacks them alone. */
const PREFIXES = new Set(
  'a ante anti bi co counter cross de dis e ex extra hyper inter intra macro mega micro mid mini mis multi neo non over post pre pro pseudo quasi re self semi sub super trans tri ultra un under vice'.split(' ')
)

/** Endings of contractions and possessives, taken off before the look-up ("world's", "don't"). */
const CLITICS = /(?:'s|'re|'ve|'ll|'d|'m|n't|s')$/u

let suggester: Suggester | undefined

function getSuggester(): Suggester {
  suggester ??= new Suggester(englishWords(), wordRank, nearEnglishWords)
  return suggester
}

interface Part {
  text: string
  start: number
}

/** The parts of a hyphenated word, with their offsets. */
function partsOf(word: string, start: number): Part[] {
  const parts: Part[] = []
  let offset = 0
  for (const text of word.split('-')) {
    parts.push({text, start: start + offset})
    offset += text.length + 1
  }
  return parts
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word)

/**
 * Whether a lowercase word belongs to a name: a particle before a capitalised
 * word ("von der Leyen"), or a word next to a capitalised word that is not
 * English ("Brdo pri Kranju", "Pièces jaunes").
 */
function inForeignName(words: readonly Word[], index: number, text: string): boolean {
  const word = textOf(words[index]!).toLowerCase()
  const spaced = (a: Word, b: Word) => /^[ \t]+$/u.test(text.slice(a.position?.end.offset ?? 0, b.position?.start.offset ?? 0))
  const neighbour = (offset: -1 | 1): string | undefined => {
    const other = words[index + offset]
    if (!other) return undefined
    return spaced(offset === 1 ? words[index]! : other, offset === 1 ? other : words[index]!) ? textOf(other) : undefined
  }
  if (PARTICLES.has(word)) {
    for (let ahead = index + 1; ahead <= index + 2 && ahead < words.length; ahead++) if (capitalised(textOf(words[ahead]!))) return true
  }
  return [neighbour(-1), neighbour(1)].some((other) => other !== undefined && capitalised(other) && !isEnglishWord(other))
}

export function createSpelling(options: Options) {
  const accepted = new Set(options.accept.flatMap((phrase) => phrase.toLowerCase().replace(/’/gu, "'").split(/[\s-]+/u)))
  const words = () => englishWords()
  /** Whether a word (as written, either apostrophe) is known: in the dictionary, accepted, or a known word plus a clitic. */
  const known = (word: string): boolean => {
    const plain = word.replace(/’/gu, "'")
    if (accepted.has(plain) || words().has(plain)) return true
    const base = plain.replace(CLITICS, '')
    if (base !== plain && (base === '' || words().has(base) || accepted.has(base))) return true
    // The plural of a known noun in -ing, which the word lists often lack ("stylings", "preprintings").
    if (plain.endsWith('ings') && words().has(plain.slice(0, -1))) return true
    return ['won\'t', 'can\'t', 'shan\'t', 'ain\'t'].includes(plain)
  }
  return {known}
}

/**
 * A compound that rhymes or changes only its vowel ("boogie-woogie",
 * "hocus-pocus", "zig-zag"): its parts are no words, and no slips.
 */
function reduplicated(parts: readonly string[]): boolean {
  if (parts.length !== 2) return false
  const [a, b] = parts.map((part) => part.toLowerCase()) as [string, string]
  if (a === b || a.length < 2 || b.length < 2) return false
  const rhyme = (word: string) => word.replace(/^[^aeiouy]+/u, '')
  const skeleton = (word: string) => word.replace(/[aeiouy]/gu, '_')
  return (rhyme(a) === rhyme(b) && rhyme(a).length >= 2) || (a.length === b.length && skeleton(a) === skeleton(b))
}

export const spelling = defineCheck({
  name: 'spelling',
  rules: {
    spelling: {
      severity: 'warning',
      description: 'An ordinary word the English dictionary does not know.',
      docs: 'spelling',
      messages: {
        unknown: 'Unknown word `{{word}}`: did you mean `{{suggestions}}`?',
        'no-suggestion': 'Unknown word `{{word}}`: no close dictionary word'
      }
    }
  },
  options: spellingOptions,
  prepare: (options, context) => {
    const loaded = context.loadOptionalData(options.file, spellingSchema, 'spelling@1')
    return {...options, accept: [...(loaded?.data.accept ?? []), ...options.accept]}
  },
  plugin(options: Options) {
    const {known} = createSpelling(options)
    // Whether a word is judged and unknown, and its suggestions, depend on the word alone: each is worked out once per distinct word.
    const suspect = memoised((word: string) => /^[\p{Ll}’'-]+$/u.test(word) && /\p{Ll}/u.test(word) && !known(word))
    const suggest = memoised((word: string) => getSuggester().suggest(word, 2, options.suggestions))
    return (tree, file) => {
      const text = proseOf(file)
      for (const {sentence} of sentences(tree)) {
        const list = words(sentence)
        for (let index = 0; index < list.length; index++) {
          const node = list[index]!
          const word = textOf(node)
          if (suspect(word) && !inForeignName(list, index, text)) check(node, word)
        }
      }

      function check(node: Word, word: string): void {
        const start = node.position?.start.offset ?? 0
        const parts = partsOf(word, start)
        if (reduplicated(parts.map((part) => part.text))) return
        parts.forEach((part, index, all) => {
          const bare = part.text.replace(/^['’]+|['’]+$/gu, '')
          if (bare.length < options.minLength || known(bare)) return
          if (index === 0 && all.length > 1 && PREFIXES.has(bare)) return
          const lookup = bare.replace(/’/gu, "'").replace(CLITICS, '') || bare
          const offset = part.start + part.text.indexOf(bare)
          const found = suggest(lookup)
          const close = found.filter((suggestion) => suggestion.distance === 1)
          // A fix needs one near word, long enough, and common: a rare word is as likely to be the wrong guess.
          const fixable = close.length === 1 && bare.length >= options.minFixLength && wordRank(close[0]!.word) <= COMMON
          const clitic = bare.slice(lookup.length) // "goverment's" → "government's"
          const expected = (fixable ? [close[0]!.word] : found.map((suggestion) => suggestion.word)).map((suggestion) => suggestion + clitic)
          report(file, {
            ruleId: 'spelling',
            messageId: expected.length === 0 ? 'no-suggestion' : 'unknown',
            data: expected.length === 0 ? {word: bare} : {word: bare, suggestions: expected},
            start: offset,
            end: offset + bare.length,
            expected,
            fixable
          })
        })
      }
    }
  }
})
