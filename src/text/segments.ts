/**
 * Parse a text segment by segment, and take from the last parse the
 * segments whose text did not change.
 *
 * The fixer lints a text again after each pass of fixes, and most of the
 * text is as it was. Like an editor's incremental parser, the re-parse
 * reuses the old tree where the text is unchanged. The unit here is a
 * segment: text cut at line breaks between two sentences ("…the talks.⏎⏎
 * The summit…"). Parsed apart and joined, segments give the tree the whole
 * text gives (tests/text/segments.test.ts compares the two), so a segment
 * the last parse read is taken from the last tree with its positions moved.
 *
 * Why a cut is safe, following parse-latin's stages:
 * - tokens: the cut is a run of spaces, tabs and line breaks, and no token
 *   spans either end of it;
 * - sentence plugins: they see that run as they see the text's end or
 *   start (the windowed parser relies on the same), except the elision
 *   "ol’ ", which reads the white space before a word: so the segment after
 *   the cut must not start with a word and an apostrophe;
 * - paragraph plugins: the segment before ends with a word and a terminal
 *   mark that no abbreviation rule took ("Inc." or "U.S." would merge the
 *   next sentence), then any closing quotes, and the segment after starts
 *   with a capitalised word, after an opening quote or not, so no plugin
 *   moves anything across the cut (a closing quote joins its sentence, in
 *   the whole text as in the segment);
 * - root: the run holds a line break, where parse-latin starts a paragraph.
 * Where the pieces' parses show that a cut does not hold, the pieces on
 * either side, and a whole run of such cuts, are parsed together once.
 *
 * A piece is parsed as a text of its own and then moved to where it
 * starts, as a reused segment is moved to where it now starts: by the
 * points its tokens made, each moved in place once (the parser lists them;
 * plugins only pass points on by reference). Nodes are moved, not copied,
 * into the next tree: a tree, and the points in it, are valid until the next
 * parse with the same Segments (a message keeps copies: see checks/adopt.ts).
 * Checks only read trees, and a reused node has the same text, so caches
 * keyed by node stay true.
 */
import type {Paragraph, Root, RootContent, Sentence, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {location} from 'vfile-location'

/** A letter, a terminal mark and closing quotes; spaces, tabs and line breaks ending in a line break; an opening quote or not, a capital. */
const CUT = /(?<=\p{L}[.!?][”"’]*)[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*(?=[“"]?[A-Z])/gu
const APOSTROPHE = /^['’]$/
const TERMINAL = /^[.!?]$/
const CLOSING_QUOTE = /^[”"’]$/
const OPENING_QUOTE = /^[“"]$/

/** Where a piece of text starts in the whole: always at the start of a line, so columns do not change. */
interface Origin {
  line: number
  offset: number
}

/** Parse a piece as a text of its own, with every point its tokens made (see parse-english.ts). */
export type ParsePiece = (text: string) => {tree: Root; points: Point[]}

interface Segment {
  text: string
  origin: Origin
  children: RootContent[]
  /** Every point in its nodes, each once, and some that merges dropped: how it is moved. */
  points: Point[]
  /** Ends with a word and a terminal mark that no abbreviation rule took, then closing quotes or none. */
  endsSentence: boolean
  /** Starts with a word that no elision takes, after an opening quote or not. */
  startsWord: boolean
}

interface Placed {
  segment: Segment
  start: number
  end: number
  /** The white space that cuts it from the segment before. */
  cut?: WhiteSpace
}

export class Segments {
  private last = new Map<string, Segment[]>()

  /** The tree of `text`; `parsePiece` parses the segments the last parse did not read. */
  parse(text: string, parsePiece: ParsePiece): Root {
    const reusable = this.last
    const take = (start: number, end: number, origin: Origin): Segment => {
      const slice = text.slice(start, end)
      const old = reusable.get(slice)?.shift()
      return old ? moved(old, origin) : parsed(slice, origin, parsePiece)
    }
    // Lines and columns as parse-latin counts them (a CR LF is one line break): vfile-location's.
    const where = location(text)
    const at = (offset: number) => where.toPoint(offset) as Point & Origin
    const piece = (start: number, end: number, cut?: WhiteSpace): Placed => ({segment: take(start, end, at(start)), start, end, cut})
    /** Pieces on either side of cuts that do not hold, as one segment: parsed once, however long the run. */
    const together = (run: readonly Placed[]): Placed => {
      if (run.length === 1) return run[0]!
      const [first, last] = [run[0]!, run.at(-1)!]
      return {segment: take(first.start, last.end, first.segment.origin), start: first.start, end: last.end, cut: first.cut}
    }
    const placed: Placed[] = []
    const place = (next: Placed) => {
      // Should the whole run not hold where each piece did, parse it with the segment before too.
      for (let before = placed.at(-1); before && !holds(before.segment, next.segment); before = placed.at(-1)) {
        placed.pop()
        next = together([before, next])
      }
      placed.push(next)
    }
    // Each piece between cuts alone first; then each run of pieces whose cuts the pieces show unsafe, together.
    let run: Placed[] = []
    const add = (next: Placed) => {
      if (run.length > 0 && holds(run.at(-1)!.segment, next.segment)) {
        place(together(run))
        run = []
      }
      run.push(next)
    }
    let start = 0
    let cut: WhiteSpace | undefined
    for (const match of text.matchAll(CUT)) {
      add(piece(start, match.index, cut))
      start = match.index + match[0].length
      cut = {type: 'WhiteSpaceNode', value: match[0], position: {start: at(match.index), end: at(start)}}
    }
    add(piece(start, text.length, cut))
    place(together(run))
    this.last = new Map()
    return this.joined(placed)
  }

  /** The segments as one tree; they are what the next parse may reuse. */
  private joined(placed: readonly Placed[]): Root {
    const children: RootContent[] = []
    for (const {segment, cut} of placed) {
      if (cut) children.push(cut)
      for (const child of segment.children) children.push(child)
      const same = this.last.get(segment.text)
      if (same) same.push(segment)
      else this.last.set(segment.text, [segment])
    }
    const first = children[0]?.position
    const last = children.at(-1)?.position
    return first && last ? {type: 'RootNode', children, position: {start: first.start, end: last.end}} : {type: 'RootNode', children}
  }
}

/** Whether the cut between two parsed segments holds (see the top of this file). */
function holds(before: Segment, after: Segment): boolean {
  return before.endsSentence && after.startsWord
}

const TEXT_START: Origin = {line: 1, offset: 0}

function parsed(text: string, origin: Origin, parsePiece: ParsePiece): Segment {
  const {tree, points} = parsePiece(text)
  const {children} = tree
  return moved({text, origin: TEXT_START, children, points, endsSentence: endsSentence(children), startsWord: startsWord(children)}, origin)
}

function endsSentence(children: readonly RootContent[]): boolean {
  const tokens = lastSentence(children.at(-1))?.children ?? []
  let end = tokens.length
  while (end > 0 && isMark(tokens[end - 1], CLOSING_QUOTE)) end--
  return tokens[end - 2]?.type === 'WordNode' && isMark(tokens[end - 1], TERMINAL)
}

function startsWord(children: readonly RootContent[]): boolean {
  const tokens = firstSentence(children[0])?.children ?? []
  const start = isMark(tokens[0], OPENING_QUOTE) ? 1 : 0
  return tokens[start]?.type === 'WordNode' && !isMark(tokens[start + 1], APOSTROPHE)
}

function isMark(node: RootContent | undefined, mark: RegExp): boolean {
  return (node?.type === 'PunctuationNode' || node?.type === 'SymbolNode') && mark.test(node.value)
}

function lastSentence(node: RootContent | undefined): Sentence | undefined {
  const sentence = node?.type === 'ParagraphNode' ? (node as Paragraph).children.at(-1) : undefined
  return sentence?.type === 'SentenceNode' ? sentence : undefined
}

function firstSentence(node: RootContent | undefined): Sentence | undefined {
  const sentence = node?.type === 'ParagraphNode' ? (node as Paragraph).children[0] : undefined
  return sentence?.type === 'SentenceNode' ? sentence : undefined
}

/** The segment at a new origin: each point moved by the lines and characters it moved. */
function moved(segment: Segment, origin: Origin): Segment {
  const lines = origin.line - segment.origin.line
  const characters = origin.offset - segment.origin.offset
  if (lines === 0 && characters === 0) return segment
  for (const point of segment.points) {
    point.line += lines
    point.offset! += characters
  }
  return {...segment, origin}
}
