/**
 * The one shape every check emits: a vfile message plus `severity` and
 * `fixable`. Plugins describe findings; the fixer and reporters only read them.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {keptFor} from './memo.js'

export type Severity = 'error' | 'warning' | 'info'
export type SeverityOrOff = Severity | 'off'

export interface LintMessage extends VFileMessage {
  severity: Severity
  /** Exactly one safe replacement: `expected[0]` replaces `place.start.offset … place.end.offset`. */
  fixable: boolean
  /** Further occurrences the same fix changes (a consistency fix), applied together or not at all. */
  alsoAt?: Array<{start: number; end: number}>
  /** What the fix replaces, where it is more than the finding: a removed line takes its blank lines along. */
  fixRange?: {start: number; end: number}
}

export interface Finding {
  ruleId: string
  reason: string
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
  note?: string
}

export const SOURCE = 'article-lint'
export const DOCS_URL = 'https://github.com/article-lint/article-lint/blob/main/README.md'

export function ruleUrl(ruleId: string): string {
  return `${DOCS_URL}#${ruleId}`
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>()

function locator(file: VFile): ReturnType<typeof location> {
  return keptFor(locators, file, () => location(file))
}

/** Emit a finding as a vfile message (severity is settled later from the config). */
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

export function report(file: VFile, finding: Finding): LintMessage {
  const where = locator(file)
  const start = where.toPoint(finding.start)
  const end = where.toPoint(finding.end)
  const text = String(file.value)
  const message = withoutStack(() => file.message(finding.reason, {place: start && end ? {start, end} : undefined, ruleId: finding.ruleId, source: SOURCE}) as LintMessage)
  message.actual = text.slice(finding.start, finding.end)
  message.expected = finding.expected ?? []
  message.url = ruleUrl(finding.ruleId)
  message.fixable = Boolean(finding.fixable) && message.expected.length === 1
  message.severity = 'warning'
  if (finding.note) message.note = finding.note
  if (finding.alsoAt?.length) message.alsoAt = finding.alsoAt
  if (finding.fixRange && (finding.fixRange.start !== finding.start || finding.fixRange.end !== finding.end)) message.fixRange = finding.fixRange
  return message
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
