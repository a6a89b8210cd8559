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
import {render, type MessageData} from './render.js'

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
}

export interface Finding {
  ruleId: string
  messageId: string
  data?: MessageData
  /** Offsets into the file's text. */
  start: number
  end: number
  expected?: string[]
  /** Set only when the check is sure of its single `expected`. */
  fixable?: boolean
  /** Further ranges that get the same replacement, as one fix. */
  alsoAt?: Array<{start: number; end: number}>
  /** What the fix replaces, if more than `start … end` (which it must contain). */
  fixRange?: {start: number; end: number}
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

/** Line and column of an offset, from one line index per file. */
export function pointAt(file: VFile, offset: number): Point | undefined {
  let locator = locators.get(file)
  if (locator === undefined) locators.set(file, (locator = location(file)))
  return locator.toPoint(offset)
}

/** One line index per file: built once, not once per message (a long article has thousands). */
const locators = new WeakMap<VFile, ReturnType<typeof location>>()

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
  const start = pointAt(file, finding.start)
  const end = pointAt(file, finding.end)
  const message = withoutStack(() => file.message(reason, {place: start && end ? {start, end} : undefined, ruleId: finding.ruleId, source: SOURCE}) as LintMessage)
  message.messageId = finding.messageId
  message.data = data
  message.actual = String(file.value).slice(finding.start, finding.end)
  message.expected = finding.expected ?? []
  message.url = ruleUrl(finding.ruleId)
  message.fixable = Boolean(finding.fixable) && message.expected.length === 1
  message.severity = 'warning'
  if (finding.alsoAt?.length) message.alsoAt = finding.alsoAt
  if (finding.fixRange && (finding.fixRange.start !== finding.start || finding.fixRange.end !== finding.end)) message.fixRange = finding.fixRange
  return message
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
