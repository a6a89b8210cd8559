/**
 * Double quotation marks in one paragraph, read the way an editor reads them:
 * each mark's role comes from what touches it (a space before and a word
 * after opens; a word before and a space after closes), and a running state
 * pairs them. The same reading gives the quotation spans other checks skip
 * (short quoted names, the speaker's own words) and the problems the quotes
 * check reports.
 *
 * Only double marks (“ ” ") are paired: ’ is also the apostrophe, so single
 * quotes cannot be balanced reliably.
 */
import {runStart} from './runs.js'

export type QuoteProblemKind =
  | 'glued-close' // a closing mark touching the next word ("plans“The")
  | 'glued-open' // an opening mark touching the previous word ("said“No")
  | 'misdirected' // “ where the position says close, ” where it says open
  | 'dangling' // an opening mark at the end of the paragraph
  | 'spaced-close' // a closing mark after a space at the end of the paragraph
  | 'stray' // a mark with spaces on both sides
  | 'unmatched-open'
  | 'unmatched-close' // one mark, or a run of the same mark with nothing open (`start … end` holds them all)

export interface QuoteProblem {
  kind: QuoteProblemKind
  /** Offsets relative to the paragraph text. */
  start: number
  end: number
  /** The mark, as written. */
  mark: string
  /** A certain repair of `start … end`, when there is one. */
  fix?: string
  /** For glued marks: the word the mark touches. */
  word?: string
  /** For marks that close a quotation: where it was opened. */
  openedAt?: number
}

export interface Quotation {
  /** Offset of the opening mark. */
  open: number
  /** Offset just after the closing mark, or the paragraph's end for a quotation that runs on. */
  end: number
}

export interface QuoteReading {
  quotations: Quotation[]
  problems: QuoteProblem[]
}

type Position = 'open' | 'close' | 'glued' | 'isolated'

const DOUBLE = new Set(['“', '”', '"'])
/** The marks DOUBLE holds: the engine finds them faster than a loop over every character. */
const DOUBLE_MARKS = /[“”"]/g
const SPACE = /\s/u
/** Characters after which a mark opens: dashes, slashes and opening brackets. */
const OPENERS = new Set(['(', '[', '{', '—', '–', '-', '/', '‘', '“'])
/** Characters before which a mark closes: punctuation, closing brackets, dashes. */
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?', '…', ')', ']', '}', '—', '–', '’', '”'])

function position(text: string, index: number): Position {
  const before = text[index - 1]
  const after = text[index + 1]
  const spaceBefore = before === undefined || SPACE.test(before)
  const spaceAfter = after === undefined || SPACE.test(after)
  if (spaceBefore && spaceAfter) return 'isolated'
  if (spaceBefore || OPENERS.has(before!)) return 'open'
  if (spaceAfter || CLOSERS.has(after!) || DOUBLE.has(after!)) return 'close'
  return 'glued'
}

/** An inch mark (6'2") is not a quotation mark. */
function isInchMark(text: string, index: number): boolean {
  return text[index] === '"' && /\d['′]\d*$/u.test(text.slice(Math.max(0, index - 4), index))
}

function wordAfter(text: string, index: number): string {
  return /^[\p{L}\p{N}’'-]+/u.exec(text.slice(index + 1))?.[0] ?? ''
}

function wordBefore(text: string, index: number): string {
  return text.slice(runStart(text, index, /^[\p{L}\p{N}’'-]$/u), index)
}

const CLOSE_OF: Record<string, string> = {'“': '”', '”': '”', '"': '"'}
const OPEN_OF: Record<string, string> = {'“': '“', '”': '“', '"': '"'}

/**
 * Read the double quotes of one paragraph. `continues` says the next
 * paragraph opens with a quotation mark: news style then leaves this
 * paragraph's quotation open (a quotation that runs over several paragraphs).
 */
export function readQuotes(text: string, continues = false): QuoteReading {
  const quotations: Quotation[] = []
  const problems: QuoteProblem[] = []
  let open: number | undefined
  const end = text.trimEnd().length

  for (const match of text.matchAll(DOUBLE_MARKS)) {
    const {index} = match
    const mark = match[0]
    if (isInchMark(text, index)) continue
    const where = position(text, index)

    if (where === 'isolated') {
      const atEnd = index + 1 >= end
      const spaceStart = runStart(text, index, /^\s$/u)
      if (atEnd && open === undefined) {
        problems.push({kind: 'dangling', start: spaceStart, end: index + 1, mark, fix: ''})
      } else if (atEnd && open !== undefined && mark !== '“') {
        problems.push({kind: 'spaced-close', start: spaceStart, end: index + 1, mark, fix: mark, openedAt: open})
        quotations.push({open, end: index + 1})
        open = undefined
      } else {
        problems.push({kind: 'stray', start: index, end: index + 1, mark})
      }
      continue
    }

    if (where === 'glued') {
      if (open !== undefined) {
        problems.push({kind: 'glued-close', start: index, end: index + 1, mark, fix: `${CLOSE_OF[mark]} `, word: wordAfter(text, index), openedAt: open})
        quotations.push({open, end: index + 1})
        open = undefined
      } else if (mark === '”') {
        // A closing-shaped mark between two words with nothing open: which side it belongs to is a guess.
        unmatchedClose(problems, index, mark)
      } else {
        problems.push({kind: 'glued-open', start: index, end: index + 1, mark, fix: ` ${OPEN_OF[mark]}`, word: wordBefore(text, index)})
        open = index
      }
      continue
    }

    if (where === 'open') {
      if (open !== undefined) {
        // A second opening before the first closed: the first is never closed.
        problems.push({kind: 'unmatched-open', start: open, end: open + 1, mark: text[open]!})
        if (mark === '”') problems.push({kind: 'misdirected', start: index, end: index + 1, mark})
      } else if (mark === '”') {
        problems.push({kind: 'misdirected', start: index, end: index + 1, mark, fix: '“'})
      }
      open = index
      continue
    }

    // where === 'close'
    if (open === undefined) {
      unmatchedClose(problems, index, mark)
      continue
    }
    if (mark === '“') problems.push({kind: 'misdirected', start: index, end: index + 1, mark, fix: '”', openedAt: open})
    quotations.push({open, end: index + 1})
    open = undefined
  }

  if (open !== undefined) {
    quotations.push({open, end: text.length})
    if (!continues) problems.push({kind: 'unmatched-open', start: open, end: open + 1, mark: text[open]!})
  }
  problems.sort((a, b) => a.start - b.start)
  return {quotations, problems}
}

/** An unmatched closing mark: one problem, or the one it touches grown by it (debris such as `no”””` is one finding, not one per mark). */
function unmatchedClose(problems: QuoteProblem[], index: number, mark: string): void {
  const last = problems.at(-1)
  if (last?.kind === 'unmatched-close' && last.mark === mark && last.end === index) last.end = index + 1
  else problems.push({kind: 'unmatched-close', start: index, end: index + 1, mark})
}

/** Whether a paragraph opens with a quotation mark (so a quotation may run on into it). */
export function opensWithQuote(text: string): boolean {
  const first = text.trimStart()[0]
  return first === '“' || first === '"'
}
