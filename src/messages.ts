/**
 * The one shape every check emits: a vfile message that carries its data
 * (`messageId`, `data`, the suggestions in `expected`) as well as its
 * rendered `reason`, plus `severity` and `fixable`. Plugins describe
 * findings; the fixer and reporters only read them, and render reasons from
 * the rule's template and the data, never from the prose.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import type {Prose} from './formats/prose.js'
import {render, type MessageData} from './render.js'
import {hasLoneCr, lineNumbers, type LineNumbers} from './text/lines.js'

export type Severity = 'error' | 'warning' | 'info'
export type SeverityOrOff = Severity | 'off'

/** A rule's metadata, declared by its check (ESLint's `meta`). */
export interface Rule {
  /** Default severity; the config may change it. */
  severity: SeverityOrOff
  /** One line: what the rule finds. The README's rule reference and SARIF's rule list say it. */
  description: string
  /** Where the rule is documented: a heading of the README's rule reference. */
  docs: string
  /** The message templates the rule emits, by message id (see src/render.ts). */
  messages: Readonly<Record<string, string>>
}

/** Every rule of every defined check, by rule id. */
export const catalogue = new Map<string, Rule>()

export interface LintMessage extends VFileMessage {
  severity: Severity
  /** Which of its rule's templates the reason renders. */
  messageId: string
  /** The template's data: what was found, the candidates, the person. */
  data: MessageData
  /** Exactly one safe replacement: `expected[0]` replaces `place.start.offset … place.end.offset`. */
  fixable: boolean
  /** Further occurrences the same fix changes (a consistency fix), applied together or not at all. */
  alsoAt?: Array<{start: number; end: number}>
  /** What the fix replaces, where it is more than the finding: a removed line takes its blank lines along. */
  fixRange?: {start: number; end: number}
  /** The draft between the finding's offsets holds more than the prose the check read (markup, an escape, a character reference): a replacement offered there would drop it. */
  markupInside?: true
  confidence?: Confidence
}

/**
 * How sure a check that weighs candidates is: its score for the one it
 * chose (or put first) and that score's lead over the next (null when no
 * other came close), so a reviewer can see how near a call was.
 */
export interface Confidence {
  score: number
  lead: number | null
}

/**
 * Findings on marks side by side, one finding each (`messageId-run`, with a
 * `count`): "))))" is one slip, and a finding each made 100 KB of ")"
 * 102,400 findings and 1.15 GB. Only findings without a fix are joined.
 * `found` is in text order.
 */
export function markRuns(found: readonly Finding[]): Finding[] {
  const kind = (one: Finding) => `${one.messageId.replace(/-run$/u, '')} ${String(one.data?.mark)}`
  const runs: Finding[] = []
  for (const finding of found) {
    const last = runs.at(-1)
    if (!last || last.fixable || finding.fixable || last.end !== finding.start || kind(last) !== kind(finding)) {
      runs.push(finding)
      continue
    }
    const count = Number(last.data?.count ?? 1) + 1
    runs[runs.length - 1] = {...last, messageId: `${finding.messageId.replace(/-run$/u, '')}-run`, end: finding.end, data: {...last.data, count}}
  }
  return runs
}

export interface Finding {
  ruleId: string
  messageId: string
  data?: MessageData
  /** Offsets into the prose the checks read (for plain text, the draft itself). */
  start: number
  end: number
  /** Offsets into the draft instead, for what is not prose (a control comment). */
  inDraft?: true
  expected?: string[]
  /** Set only when the check is sure of its single `expected`. */
  fixable?: boolean
  /** Further ranges that get the same replacement, as one fix. */
  alsoAt?: Array<{start: number; end: number}>
  /** What the fix replaces, if more than `start … end` (which it must contain). */
  fixRange?: {start: number; end: number}
  confidence?: Confidence
}

export const SOURCE = 'article-lint'
export const DOCS_URL = 'https://github.com/article-lint/article-lint/blob/main/README.md'

/** A rule's documentation: its heading in the README's rule reference. */
export function ruleUrl(ruleId: string): string {
  return `${DOCS_URL}#${catalogue.get(ruleId)?.docs ?? ruleId}`
}

/** The template a message renders: its rule's, by message id. */
export function templateOf(message: Pick<LintMessage, 'ruleId' | 'messageId'>): string {
  const template = catalogue.get(message.ruleId ?? '')?.messages[message.messageId]
  if (template === undefined) throw new Error(`rule "${message.ruleId}" declares no message "${message.messageId}"`)
  return template
}

declare module 'vfile' {
  interface DataMap {
    /** The prose the checks read, and its map to the draft (src/formats). */
    prose: Prose
  }
}

/** The text every check reads: the draft's prose (for plain text, the draft itself). */
export function proseOf(file: VFile): string {
  return file.data.prose?.text ?? String(file.value)
}

/** Line and column in the draft of an offset into the prose, git's (see src/text/lines.ts): for a message's data. */
export function pointAt(file: VFile, offset: number): Point | undefined {
  return numbersOf(file).pointAt(file.data.prose?.toSource(offset) ?? offset)
}

/**
 * Line and column of an offset into the draft where a message is placed while
 * the draft is linted: the parsers' (vfile-location's), in which a lone CR
 * also ends a line, so that control comments, placed in the Markdown or HTML
 * tree, compare with messages like with like. `renumberMessages` then gives
 * every message git's numbering, the one a user sees.
 */
function pointInDraft(file: VFile, offset: number): Point | undefined {
  let locator = locators.get(file)
  if (locator === undefined) locators.set(file, (locator = location(file)))
  return locator.toPoint(offset)
}

/** One line index per file: built once, not once per message (a long article has thousands). */
const locators = new WeakMap<VFile, ReturnType<typeof location>>()
/** And one of git's, where a message's data names a line or a draft has a lone CR. */
const lineNumbersByFile = new WeakMap<VFile, LineNumbers>()

function numbersOf(file: VFile): LineNumbers {
  let numbers = lineNumbersByFile.get(file)
  if (numbers === undefined) lineNumbersByFile.set(file, (numbers = lineNumbers(String(file.value))))
  return numbers
}

/** Every message's line and column, git's: after control comments, which compare them in the parsers' numbering. */
export function renumberMessages(file: VFile): void {
  if (!hasLoneCr(String(file.value))) return // without one, the two numberings agree
  const numbers = numbersOf(file)
  for (const message of file.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const start = place?.start.offset === undefined ? undefined : numbers.pointAt(place.start.offset)
    const end = place?.end.offset === undefined ? undefined : numbers.pointAt(place.end.offset)
    if (!start || !end) continue
    message.place = {start, end}
    message.line = start.line
    message.column = start.column
    message.name = `${start.line}:${start.column}-${end.line}:${end.column}`
  }
}

/** Make messages without the stack trace a VFileMessage, an Error, captures and then sets to '' (thousands on a long article). */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Emit a finding as a vfile message (severity is settled later from the config). */
export function report(file: VFile, finding: Finding): LintMessage {
  const data = finding.data ?? {}
  const reason = render(templateOf(finding), data)
  const prose = finding.inDraft ? undefined : file.data.prose
  // Offsets into the draft; a fix only where the draft there is the very prose the check read.
  const toDraft = (range: {start: number; end: number}) => (prose ? inDraft(prose, range) : range)
  const safe = (range: {start: number; end: number}) => !prose || prose.isVerbatim(range.start, range.end)
  const {start, end} = toDraft(finding)
  const from = pointInDraft(file, start)
  const to = pointInDraft(file, end)
  const message = withoutStack(() => file.message(reason, {place: from && to ? {start: from, end: to} : undefined, ruleId: finding.ruleId, source: SOURCE}) as LintMessage)
  message.messageId = finding.messageId
  message.data = data
  message.actual = String(file.value).slice(start, end)
  message.expected = finding.expected ?? []
  message.url = ruleUrl(finding.ruleId)
  // A removal that would reach into markup (a block's blank lines) removes only the prose.
  const removal = finding.fixRange && !safe(finding.fixRange) && message.expected.length === 1 && message.expected[0] === '' ? undefined : finding.fixRange
  const fixRanges = [removal ?? finding, ...(finding.alsoAt ?? [])]
  message.fixable = Boolean(finding.fixable) && message.expected.length === 1 && fixRanges.every(safe)
  message.severity = 'warning'
  if (finding.alsoAt?.length) message.alsoAt = finding.alsoAt.map(toDraft)
  const fixRange = removal && toDraft(removal)
  if (fixRange && (fixRange.start !== start || fixRange.end !== end)) message.fixRange = fixRange
  if (!safe(finding)) message.markupInside = true
  if (finding.confidence) message.confidence = finding.confidence
  return message
}

/** A prose range in the draft: an empty one stays empty (an insertion, a document-wide note). */
function inDraft(prose: Prose, {start, end}: {start: number; end: number}): {start: number; end: number} {
  const from = prose.toSource(start)
  return {start: from, end: end === start ? from : prose.toSource(end, true)}
}

/** Whether two messages say the same thing: same rule, same template, same data (the fixer's passes meet findings again). */
export function sameFinding(a: LintMessage, b: LintMessage): boolean {
  return a.ruleId === b.ruleId && a.messageId === b.messageId && JSON.stringify(a.data) === JSON.stringify(b.data)
}

/** The ranges a message's fix replaces: its fix range (or its own), plus any further occurrences. */
export function fixRanges(message: LintMessage): Array<{start: number; end: number}> {
  const range = message.fixRange ?? messageRange(message)
  return range ? [range, ...(message.alsoAt ?? [])] : []
}

/** The edits a fixable message makes: every range its fix covers gets its one replacement. */
export function fixEdits(message: LintMessage): Array<{start: number; end: number; text: string}> {
  const text = message.expected?.[0]
  if (!message.fixable || text === undefined) return []
  return fixRanges(message).map(({start, end}) => ({start, end, text}))
}

/** Offsets of a message's place, or undefined for a point-less message. */
export function messageRange(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined) return undefined
  return {start: start.offset, end: end.offset}
}

export function lintMessages(file: VFile): LintMessage[] {
  return file.messages as LintMessage[]
}
