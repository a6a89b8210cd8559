/**
 * What the annotated report says, as data: the summary, the article block
 * by block with each finding marked in place and described under its
 * paragraph, and the names to verify. NAME.report.md and NAME.report.html
 * both render this one model, so they say the same; each only chooses how
 * to write prose, code, a mark and a table. Words a renderer shows are
 * prose and code pieces (`Part`), never text with a format's syntax in it.
 */
import path from 'node:path'
import type {ReadabilitySummary} from '../checks/readability-summary.js'
import type {NameToVerify} from '../checks/names-to-verify.js'
import {messageRange, type LintMessage} from '../messages.js'
import {round1} from '../readability/measure.js'
import {renderParts, type Part} from '../render.js'
import type {FileResult} from '../run.js'
import {firstIndex} from '../sorted.js'
import {paragraphsOf} from '../text/lines.js'
import {isFinding, sentenceParts, statusOf, tally, type Status} from './status.js'

export interface AnnotatedReport {
  /** The draft's path. */
  path: string
  /** "23 findings: 14 fixed, 1 resolved by another fix, 8 remaining." */
  headline: string
  /** The other outputs' names and the fix passes. */
  details: Part[]
  /** Findings by rule and severity; none without findings. */
  rules?: Table
  readability?: Table
  blocks: Block[]
  names: Names
}

/** A table's cells: prose or code. */
export interface Table {
  header: string[]
  rows: Part[][]
}

/** A paragraph of prose with its findings, or a block of a markup draft that is not prose (code, a comment), shown as it is. */
export type Block = {kind: 'paragraph'; runs: Run[]; notes: Note[]} | {kind: 'source'; text: string}

/** The article's text, or a finding's mark: the text it covers (none for one inside another's) and, once fixed, what replaced it. */
export type Run = string | Mark

export interface Mark {
  number: number
  text: string
  /** The corrected draft's text instead ('' for a removal); only for a fixed finding. */
  replacement?: string
}

/** A finding described under its paragraph. */
export interface Note {
  number: number
  status: Status
  /** Label, rule, severity and line, the reason, and the change. */
  parts: Part[]
}

export interface Names {
  intro: Part[]
  /** "Elizabeth Schulz" and "line 71, 2 mentions". */
  items: Array<{name: string; where: string}>
}

export const LABEL: Record<Status, string> = {
  fixed: '✅ Fixed',
  resolved: '✅ Resolved by another fix',
  fixable: '🔧 Fixable (not applied)',
  suggestion: '💡 Suggestion (choose one)',
  note: '⚠️ Check'
}

/** A finding at one of its places. */
interface Placed {
  number: number
  message: LintMessage
  status: Status
  start: number
  end: number
  /** A further occurrence of a multi-place finding (described once, at its first place). */
  repeat: boolean
}

export function annotatedModel(result: FileResult, files: {fixed: string; diff: string}): AnnotatedReport {
  const text = result.draft.text
  const placed: Placed[] = result.messages
    .filter(isFinding)
    .map((message) => ({message, range: messageRange(message)!}))
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)
    .flatMap(({message, range}, index) =>
      [range, ...(message.alsoAt ?? [])].map((place, at) => ({number: index + 1, message, status: statusOf(result, message), ...place, repeat: at > 0}))
    )
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const {fixed, resolved, remaining} = tally([result])
  const gone = resolved > 0 ? `${resolved} resolved by another fix, ` : ''
  const passes = result.passes > 0 ? ` · ${result.passes} fix ${result.passes === 1 ? 'pass' : 'passes'}` : ''
  const readability = result.file.data.readability
  return {
    path: result.path,
    headline: `${fixed + resolved + remaining} findings: ${fixed} fixed, ${gone}${remaining} remaining.`,
    details: [...prose('Corrected draft: '), ...code(path.basename(files.fixed)), ...prose(' · diff: '), ...code(path.basename(files.diff)), ...prose(passes)],
    ...(placed.length > 0 && {rules: ruleRows(result)}),
    ...(readability && {readability: readabilityRows(readability)}),
    blocks: byParagraph(text, placed).map(([paragraph, own]) =>
      // A markup draft's code, comments and other syntax are shown as they are, not annotated.
      own.length === 0 && result.file.data.prose?.holdsProse(paragraph.start, paragraph.end) === false ? {kind: 'source', text: text.slice(paragraph.start, paragraph.end)} : paragraphOf(text, paragraph, own)
    ),
    names: namesOf(result.file.data.namesToVerify ?? [])
  }
}

const prose = (text: string): Part[] => (text === '' ? [] : [{code: false, text}])
const code = (text: string): Part[] => [{code: true, text}]

/** Findings by rule and severity: found, fixed (resolved ones are gone from the corrected draft too), remaining. */
export function ruleRows(result: FileResult): Table {
  const rows = new Map<string, {severity: string; found: number; fixed: number}>()
  for (const message of result.messages.filter(isFinding)) {
    const key = `${message.ruleId}\u0000${message.severity}`
    const row = rows.get(key) ?? {severity: message.severity, found: 0, fixed: 0}
    row.found++
    if (['fixed', 'resolved'].includes(statusOf(result, message))) row.fixed++
    rows.set(key, row)
  }
  return {
    header: ['Rule', 'Severity', 'Found', 'Fixed', 'Remaining'],
    rows: [...rows].sort().map(([key, row]) => [...code(key.split('\u0000')[0]!), ...[row.severity, row.found, row.fixed, row.found - row.fixed].flatMap((cell) => prose(String(cell)))])
  }
}

export function readabilityRows({counts, scores}: ReadabilitySummary): Table {
  const rows: Array<[string, string | number]> = [
    ['Flesch reading ease', round1(scores.fleschReadingEase)],
    ['Flesch–Kincaid grade', round1(scores.fleschKincaidGrade)],
    ['Gunning fog', round1(scores.gunningFog)],
    ['SMOG', round1(scores.smog)],
    ['Coleman–Liau', round1(scores.colemanLiau)],
    ['Automated readability', round1(scores.automatedReadability)],
    ['Words per sentence', round1(counts.word / counts.sentence)],
    ['Words / sentences', `${counts.word} / ${counts.sentence}`]
  ]
  return {header: ['Measure', 'Score'], rows: rows.map((cells) => cells.flatMap((cell) => prose(String(cell))))}
}

/** A checklist the editor ticks off; accepted names go into rules/accepted-names.yml. */
export function namesOf(names: readonly NameToVerify[]): Names {
  if (names.length === 0) return {intro: renderParts('None: every proper name is in the gazetteer or the dictionary.', {}), items: []}
  return {
    intro: renderParts('In neither the gazetteer nor the dictionary: check each, then add it to `rules/accepted-names.yml` to silence it.', {}),
    items: names.map((name) => ({name: name.name, where: `line ${name.line}${name.count > 1 ? `, ${name.count} mentions` : ''}`}))
  }
}

interface Paragraph {
  start: number
  end: number
}

/** Each finding goes under the first paragraph that ends after it starts. */
function byParagraph(text: string, placed: readonly Placed[]): Array<[Paragraph, Placed[]]> {
  const groups = paragraphsOf(text).map((paragraph): [Paragraph, Placed[]] => [paragraph, []])
  for (const finding of placed) {
    const home = groups[firstIndex(groups.length, (index) => groups[index]![0].end > finding.start)] ?? groups.at(-1)
    home?.[1].push(finding)
  }
  return groups
}

/** The paragraph's text with each finding's mark; a finding inside text an earlier one marked gets its number alone. */
function paragraphOf(text: string, paragraph: Paragraph, placed: readonly Placed[]): Block {
  const runs: Run[] = []
  let cursor = paragraph.start
  for (const finding of placed) {
    const start = Math.max(finding.start, paragraph.start)
    const end = Math.min(finding.end, paragraph.end)
    if (start < cursor) {
      runs.push({number: finding.number, text: ''})
      continue
    }
    if (start > cursor) runs.push(text.slice(cursor, start))
    const replacement = finding.status === 'fixed' ? {replacement: finding.message.expected?.[0] ?? ''} : {}
    runs.push({number: finding.number, text: text.slice(start, end), ...replacement})
    cursor = end
  }
  if (paragraph.end > cursor) runs.push(text.slice(cursor, paragraph.end))
  return {kind: 'paragraph', runs, notes: placed.filter((finding) => !finding.repeat).map(noteOf)}
}

function noteOf({number, message, status}: Placed): Note {
  const expected = message.expected ?? []
  const candidates = status === 'fixed' || status === 'fixable' ? expected.slice(0, 1) : status === 'suggestion' ? expected : []
  const change = candidates.length === 0 ? [] : [...prose(' '), ...code(message.actual ?? ''), ...prose(' → '), ...candidates.flatMap((candidate, at) => [...(at === 0 ? [] : prose(' or ')), ...code(candidate)])]
  return {
    number,
    status,
    parts: [...prose(`${LABEL[status]} · `), ...code(message.ruleId ?? ''), ...prose(` (${message.severity}, line ${message.line}): `), ...sentenceParts(message), ...change]
  }
}
