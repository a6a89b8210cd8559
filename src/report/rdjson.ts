/**
 * The Reviewdog Diagnostic Format (rdjson: a DiagnosticResult), for reviewdog
 * to post each finding on a pull request and each fix as a suggested change
 * the author commits with one click.
 *
 * Positions are the draft file's as reviewdog reads them from the pull
 * request's diff: lines as git counts them, columns in UTF-8 bytes from 1
 * (the format's unit: reviewdog slices a diff line by byte), a byte-order
 * mark counted on line 1, where the file has it. Ends are exclusive.
 *
 * A safe fix is one suggestion: its range and replacement. Several
 * candidates are several suggestions on the finding's own text, where the
 * draft there is the prose the check read. A finding resolved by another
 * fix, or with nothing to suggest, carries its message only. Messages are
 * Markdown, as reviewdog posts them.
 */
import {fixEdits, messageRange, SOURCE, type LintMessage, type Severity} from '../messages.js'
import type {FileResult} from '../run.js'
import {lineNumbers} from '../text/lines.js'
import {escapeMarkdown, markdown} from './markdown.js'
import {outcomeSentence, sentence, statusOf, visible} from './status.js'

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = {error: 'ERROR', warning: 'WARNING', info: 'INFO'}
const HOME = 'https://github.com/article-lint/article-lint'

interface Position {
  line: number
  column: number
}

interface Range {
  start: Position
  end: Position
}

interface Suggestion {
  range: Range
  text: string
}

interface Location {
  path: string
  range: Range
}

interface Diagnostic {
  message: string
  location: Location
  severity: 'ERROR' | 'WARNING' | 'INFO'
  source: {name: string}
  code: {value: string; url: string}
  suggestions?: Suggestion[]
  related_locations?: Array<{message: string; location: Location}>
}

interface Edit {
  start: number
  end: number
  text: string
}

export function rdjson(results: readonly FileResult[], options: {quiet: boolean}): string {
  const diagnostics = results.flatMap((result) => {
    const place = placesIn(result.draft.text, result.draft.bom)
    return visible(result, options.quiet).flatMap((message) => diagnosticsOf(result, message, place))
  })
  const worst = (['ERROR', 'WARNING', 'INFO'] as const).find((severity) => diagnostics.some((diagnostic) => diagnostic.severity === severity))
  return `${JSON.stringify({source: {name: SOURCE, url: HOME}, ...(worst && {severity: worst}), diagnostics}, undefined, 2)}\n`
}

/**
 * A message's diagnostic, with its suggestions. A fix that also changes text
 * on other lines (one spelling made consistent) gives those places
 * diagnostics of their own: reviewdog puts a suggestion only on the lines its
 * comment covers.
 */
function diagnosticsOf(result: FileResult, message: LintMessage, place: Places): Diagnostic[] {
  const own = messageRange(message) ?? {start: 0, end: 0}
  const then = outcomeSentence(result, message)
  const diagnostic: Diagnostic = {
    message: `${sentence(message, markdown)}${then ? ` ${escapeMarkdown(then)}` : ''}`,
    location: {path: result.path, range: place.range(own.start, own.end)},
    severity: SEVERITY[message.severity],
    source: {name: message.source ?? SOURCE},
    code: {value: message.ruleId ?? '', url: message.url ?? HOME}
  }
  const status = statusOf(result, message)
  if (status === 'fixed' || status === 'fixable') {
    const edits = fixEdits(message)
    const groups = byLines(edits, place)
    const first = groups.find((group) => group.includes(edits[0]!))
    const span = (group: readonly Edit[]) => place.range(group[0]!.start, group.at(-1)!.end)
    const suggestion = (group: readonly Edit[]) => ({range: span(group), text: joined(group, result.draft.text)})
    if (first) diagnostic.suggestions = [suggestion(first)]
    const related = [{message: 'The finding this fix belongs to.', location: diagnostic.location}]
    const elsewhere = groups.filter((group) => group !== first)
    return [diagnostic, ...elsewhere.map((group): Diagnostic => ({...diagnostic, location: {path: result.path, range: span(group)}, suggestions: [suggestion(group)], related_locations: related}))]
  }
  // Candidates replace the finding's own text; not where it holds markup or an escape the replacement would drop.
  if (status === 'suggestion' && !message.markupInside) diagnostic.suggestions = (message.expected ?? []).map((text) => ({range: place.range(own.start, own.end), text}))
  return [diagnostic]
}

/** A fix's edits in order, grouped so that no two groups share a line: each group is one suggestion, which GitHub applies line by line. */
function byLines(edits: readonly Edit[], place: Places): Edit[][] {
  const groups: Edit[][] = []
  let lastLine = -1
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (groups.length > 0 && place.lineOf(edit.start) <= lastLine) groups.at(-1)!.push(edit)
    else groups.push([edit])
    lastLine = place.lineOf(edit.end)
  }
  return groups
}

/** The text a group of edits makes of the draft from its first start to its last end. */
function joined(edits: readonly Edit[], text: string): string {
  return edits.map((edit, index) => (index === 0 ? '' : text.slice(edits[index - 1]!.end, edit.start)) + edit.text).join('')
}

/** Where offsets into a draft are, in rdjson's terms. */
interface Places {
  /** Git's lines, UTF-8 byte columns from 1, the byte-order mark's 3 bytes on line 1. */
  range(start: number, end: number): Range
  lineOf(offset: number): number
}

/** One line index per draft, for all its messages. */
function placesIn(text: string, bom: boolean): Places {
  const lines = lineNumbers(text)
  const lineOf = (offset: number) => lines.indexAt(offset) + 1
  const position = (offset: number): Position => {
    const line = lineOf(offset)
    return {line, column: Buffer.byteLength(text.slice(lines.starts[line - 1], offset)) + 1 + (line === 1 && bom ? 3 : 0)}
  }
  return {range: (start, end) => ({start: position(start), end: position(end)}), lineOf}
}
