/**
 * Find name mentions: runs of capitalised words (with name particles such as
 * "von der" inside), a title just before them taken apart ("Polish President
 * | Andrzej Duda"), possessives stripped ("Psaki’s" → "Psaki"). Dictionary
 * words count as name words only in a name position: after a title, or next
 * to a word the dictionary does not know.
 */
import type {Root, Sentence, Word} from 'nlcst'
import {endsAbbreviation} from '../text/abbreviations.js'
import {endOffset, startOffset, textOf} from '../text/nodes.js'
import {sentences} from '../text/paragraphs.js'
import {SPEECH_VERBS} from '../text/speech.js'
import {MAX_TITLE_WORDS, type TitleLexicon, type TitleMatch} from './titles.js'

export interface Token {
  text: string
  start: number
  end: number
  /** What stands between it and the word before: a fix keeps it (a line break stays one). */
  gap: string
}

export interface Mention {
  tokens: Token[]
  start: number
  end: number
  title?: TitleMatch
  /** The title's words as written ("Polish President"). */
  titleText?: string
  /** The last word carried a possessive ("Psaki’s"). */
  possessive: boolean
  /** A verb of speech follows ("… Metz added"): a person's, seldom a place's. */
  speaks: boolean
}

export interface MentionContext {
  titles: TitleLexicon
  isWord(word: string): boolean
  /** A surname of a listed person, used alone ("Xi", "May"). */
  isKnownNameWord(word: string): boolean
  /** A listed person's first name ("Kamala", "Mark"). */
  isKnownGivenName(word: string): boolean
  /** Abbreviations that keep their full stop ("Jr.", "St."). */
  abbreviations: ReadonlySet<string>
}

/** Honorifics before a name: not part of it ("Mr. Scholz"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov|Gen|Col|Capt|Rev|Herr|Frau|Mme|Mlle|M)\.?$/u
/** Roles written before a name that the gazetteer's titles may not hold ("Mayor Rafal Trzaskowski"): they end a title, not part of the name. */
const ROLE_WORD =
  /^(?:Mayor|Governor|Senator|Congressman|Congresswoman|Representative|Councillor|Councilman|Councilwoman|Judge|Justice|Professor|Doctor|Ambassador|Commissioner|Chairman|Chairwoman|Chancellor|President|Premier|Minister|Secretary|Speaker|General|Admiral|Colonel|Captain|Lieutenant|Sergeant|Inspector|Detective|Officer|Coach|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh)$/u

const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'dos', 'du', 'di', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'ter', 'ten', 'y'])
const POSSESSIVE = /(?:['’]s|['’])$/u
const CONTEXT_WORDS = 8

/** `text`: the prose the tree was parsed from. */
export function findMentions(tree: Root, text: string, context: MentionContext): Mention[] {
  return sentences(tree).flatMap(({sentence}) => sentenceMentions(words(sentence, text, context.abbreviations), context))
}

interface Item {
  word: string
  start: number
  end: number
  /** Separated from the previous word by white space within a line only, or a line break that joins. */
  joined: boolean
  /** What separates it from the previous word. */
  gap: string
  capitalised: boolean
}

/** A capitalised word with a possessive ("Psaki’s"): a name ends there. */
function isPossessive(word: string): boolean {
  return POSSESSIVE.test(word) && /\p{Lu}/u.test(word[0]!)
}

function sentenceMentions(items: readonly Item[], context: MentionContext): Mention[] {
  const mentions: Mention[] = []
  let index = 0
  while (index < items.length) {
    if (!items[index]!.capitalised) {
      index++
      continue
    }
    let end = index + 1
    while (end < items.length && items[end]!.joined && !isPossessive(items[end - 1]!.word) && continues(items, end)) end++
    while (end - 1 > index && PARTICLES.has(items[end - 1]!.word)) end--
    const mention = firm(items, index, end) ? undefined : toMention(items, index, end, context)
    if (mention) mentions.push(mention)
    index = end
  }
  return mentions
}

/** Capitalised words joined by an ampersand are a firm's name, not people's ("Procter & Gamble", "Marks & Spencer"). */
function firm(items: readonly Item[], start: number, end: number): boolean {
  const before = items[start - 1]
  const after = items[end]
  return (before !== undefined && before.capitalised && items[start]!.gap.trim() === '&') || (after !== undefined && after.capitalised && after.gap.trim() === '&')
}

/** A run goes on through capitalised words, and through particles followed by one. */
function continues(items: readonly Item[], at: number): boolean {
  const item = items[at]!
  if (item.capitalised) return true
  const next = items[at + 1]
  return PARTICLES.has(item.word) && next !== undefined && next.joined && (next.capitalised || PARTICLES.has(next.word))
}

function toMention(items: readonly Item[], from: number, to: number, context: MentionContext): Mention | undefined {
  // The words a title may end with, up to the split: only the last of them can be a title's (a run of thousands of
  // capitalised words, each a split, was read whole for each).
  const before = (count: number) => items.slice(Math.max(0, from - CONTEXT_WORDS, from + count - MAX_TITLE_WORDS), from + count).map((item) => item.word)
  let nameStart = from
  let title: TitleMatch | undefined
  for (let split = to - from - 1; split >= 0 && !title; split--) {
    // Most words before a name end no title: that needs no list of words.
    const last = items[from + split - 1]
    if (last === undefined || !context.titles.mayEnd(last.word)) continue
    const match = context.titles.match(before(split))
    if (match && (split > 0 || isTitleAdjacent(items, from, match.words))) {
      title = match
      nameStart = from + split
    }
  }
  let titleText = title ? items.slice(nameStart - title.words, nameStart).map((item) => item.word).join(' ') : undefined
  if (!title) ({title, titleText} = titleAfter(items, to, context))
  let name = items.slice(nameStart, to).filter((item) => !isAcronym(item.word))
  // The name starts after the last honorific or role word ("Czech Industry Minister Jozef Sikela").
  const titleEnd = name.slice(0, -1).findLastIndex((item) => HONORIFIC.test(item.word) || ROLE_WORD.test(item.word))
  name = name.slice(titleEnd + 1)
  if (!title) name = trimDictionaryWords(name, context, from === 0)
  if (name.length === 0) return undefined
  if (!title && name.every((item) => context.isWord(item.word) && !context.isKnownNameWord(item.word))) return undefined
  const tokens = name.map(token)
  return {tokens, start: tokens[0]!.start, end: tokens.at(-1)!.end, title, titleText, possessive: isPossessive(name.at(-1)!.word), speaks: SPEECH_VERBS.has(items[to]?.word ?? '')}
}

/** A title in apposition after the name: "Jens Stoltenberg, the NATO secretary general". */
function titleAfter(items: readonly Item[], to: number, context: MentionContext): {title?: TitleMatch; titleText?: string} {
  if (items[to]?.gap !== ', ') return {}
  let from = to
  if (/^(?:the|a|an)$/iu.test(items[from]!.word)) from++
  const words: string[] = []
  for (let index = from; index < items.length && words.length < CONTEXT_WORDS; index++) {
    if (index > from && !items[index]!.joined) break
    words.push(items[index]!.word)
  }
  const title = context.titles.matchStart(words)
  // A bare role after a comma is too weak ("…, president of the club"): only a titled one counts.
  if (!title || title.generic) return {}
  return {title, titleText: words.slice(0, title.words).join(' ')}
}

/** A title wholly before the run must lead straight into it ("press secretary Jen Psaki"). */
function isTitleAdjacent(items: readonly Item[], from: number, titleWords: number): boolean {
  for (let index = from - titleWords + 1; index <= from; index++) if (!items[index]?.joined) return false
  return true
}

/**
 * Without a title, dictionary words at the edges of a run are not name words
 * ("And", "Thursday", "Administration"), except a capitalised one mid-sentence
 * right before a word the dictionary does not know ("… met Jane Sackie").
 */
function trimDictionaryWords(name: readonly Item[], context: MentionContext, sentenceStart: boolean): Item[] {
  const plain = (item: Item) => context.isWord(item.word) && !context.isKnownNameWord(item.word)
  let start = 0
  let end = name.length
  while (end > start && plain(name[end - 1]!)) end--
  while (start < end && plain(name[start]!)) {
    // At a sentence's start only a listed first name counts ("Kamala Haris said", not "And Biden said").
    const mayLead = !(sentenceStart && start === 0) || context.isKnownGivenName(name[start]!.word)
    const leadsIntoName = mayLead && name.slice(start + 1, end).some((item) => !context.isWord(item.word))
    if (leadsIntoName) break
    start++
  }
  return name.slice(start, end)
}

function token(item: Item): Token {
  const text = item.word.replace(POSSESSIVE, '')
  return {text, start: item.start, end: item.start + text.length, gap: item.gap}
}

function words(sentence: Sentence, text: string, abbreviations: ReadonlySet<string>): Item[] {
  const items: Item[] = []
  let gap = ''
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') {
      gap += textOf(child)
      continue
    }
    const start = startOffset(child)
    const previous = items.at(-1)
    // An invisible character inside a word ("Du\u200Bda": a zero-width space, a word joiner) leaves it one word.
    if (previous && gap !== '' && INVISIBLE.test(gap)) {
      previous.word += gap + textOf(child as Word)
      previous.end = endOffset(child)
      gap = ''
      continue
    }
    const joined = items.length > 0 && (SPACE.test(gap) || (LINE_BREAK.test(gap) && proseLine(text, start - gap.length + gap.search(/[\r\n]/u))))
    // parse-latin keeps a sentence's full stop on its last word when the next sentence starts in lowercase ("Zelenskyy. then"): the name ends before it.
    const raw = textOf(child as Word)
    const stop = raw.endsWith('.') && !endsAbbreviation(text, endOffset(child) - 1, abbreviations)
    const word = stop ? raw.slice(0, -1) : raw
    items.push({word, start, end: start + word.length, joined, gap, capitalised: isCapitalised(word)})
    gap = stop ? '.' : ''
  }
  return items
}

/**
 * Whether the line that ends at `end` is prose, which a name may run on from:
 * as long as prose wrapped to a width, or holding a lowercase word. A list's
 * lines, a name a line, are short and hold capitalised words only.
 */
function proseLine(text: string, end: number): boolean {
  // `end` is the line break's first character: a CRLF's carriage return is not counted.
  const lineStart = text.lastIndexOf('\n', end - 1) + 1
  if (end - lineStart >= WRAPPED_LINE) return true
  return text.slice(lineStart, end).split(/\s+/u).some((word) => /^\p{Ll}/u.test(word) && !PARTICLES.has(word) && !PARTICLE_HYPHEN.test(word))
}

/** Format characters only: zero-width spaces and joiners, a word joiner. */
const INVISIBLE = /^\p{Cf}+$/u
/** White space within a line: spaces, tabs, no-break spaces. */
const SPACE = /^[^\S\r\n]+$/u
/** One line break, with white space around it. */
const LINE_BREAK = /^[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*$/u
/** Characters in a line before a single line break that make it wrapped prose (hard-wrapped text runs to 60–80 a line). */
const WRAPPED_LINE = 40

/** A capitalised word, or one behind a lowercase particle and hyphen ("al-Sudani", "el-Sisi"). */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0)
  if (first >= 0x61 && first <= 0x7a && !word.includes('-')) return false // most words: lowercase ASCII, no particle
  return (UPPER_START.test(word) || (word.includes('-') && PARTICLE_HYPHEN.test(word))) && LOWER.test(word)
}

const UPPER_START = /^\p{Lu}/u
const PARTICLE_HYPHEN = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|ben|von|van|de|da|di|du|le|la)-\p{Lu}/u
const LOWER = /\p{Ll}/u

/** "NATO", "U.S.", "G-7": not name words. */
function isAcronym(word: string): boolean {
  const acronymPart = (part: string) => !LOWER.test(part) || DIGIT.test(part)
  return word.includes('-') ? word.split('-').some(acronymPart) : acronymPart(word)
}

const DIGIT = /\d/
