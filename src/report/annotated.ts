/**
 * NAME.report.md: the report an editor reads. A summary, then the article
 * paragraph by paragraph with each finding marked in place (fixes shown as
 * ~~old~~ **new**, other findings as a numbered mark) and listed under it.
 */
import path from 'node:path'
import type {ReadabilitySummary} from '../checks/readability-summary.js'
import {messageRange, type LintMessage} from '../messages.js'
import {round1} from '../readability/measure.js'
import type {FileResult} from '../run.js'
import {firstIndex} from '../sorted.js'
import {paragraphsOf} from '../text/lines.js'
import {code, escapeMarkdown, fenced, inlineMarkdown, markdown, table, wrap} from './markdown.js'
import {isFinding, sentence, statusOf, tally, type Status} from './status.js'

interface Paragraph {
  start: number
  end: number
}

interface Finding {
  number: number
  message: LintMessage
  status: Status
  start: number
  end: number
  /** A further occurrence of a multi-place finding (listed once, at its first place). */
  repeat: boolean
}

const LABEL: Record<Status, string> = {
  fixed: '✅ Fixed',
  resolved: '✅ Resolved by another fix',
  fixable: '🔧 Fixable (not applied)',
  suggestion: '💡 Suggestion (choose one)',
  note: '⚠️ Check'
}

export function annotatedReport(result: FileResult, files: {fixed: string; diff: string}): string {
  const text = result.draft.text
  const findings: Finding[] = result.messages
    .filter(isFinding)
    .map((message) => ({message, range: messageRange(message)}))
    .sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end)
    .flatMap(({message, range}, index) =>
      [range!, ...(message.alsoAt ?? [])].map((place, at) => ({number: index + 1, message, status: statusOf(result, message), ...place, repeat: at > 0}))
    )
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const sections = [
    `# article-lint report: ${inlineMarkdown(result.path)}`,
    summary(result, findings, files),
    '## The article',
    'Fixes are shown as ~~old~~ **new**; every finding has a number, listed under its paragraph.',
    ...byParagraph(text, findings).map(([paragraph, own]) =>
      // A markup draft's code, comments and other syntax are shown as they are, not annotated.
      own.length === 0 && result.file.data.prose?.holdsProse(paragraph.start, paragraph.end) === false ? fenced(text.slice(paragraph.start, paragraph.end)) : renderParagraph(text, paragraph, own)
    ),
    namesToVerify(result)
  ]
  return `${sections.join('\n\n')}\n`
}

function summary(result: FileResult, findings: readonly Finding[], files: {fixed: string; diff: string}): string {
  const {fixed, resolved, remaining} = tally([result])
  const gone = resolved > 0 ? `${resolved} resolved by another fix, ` : ''
  const lines = [
    `**${fixed + resolved + remaining} findings: ${fixed} fixed, ${gone}${remaining} remaining.** ` +
      `Corrected draft: ${code(path.basename(files.fixed))} · diff: ${code(path.basename(files.diff))}` +
      (result.passes > 0 ? ` · ${result.passes} fix ${result.passes === 1 ? 'pass' : 'passes'}` : '')
  ]
  if (findings.length > 0) lines.push(ruleTable(result))
  const readability = result.file.data.readability
  if (readability) lines.push('### Readability', readabilityTable(readability))
  return lines.join('\n\n')
}

/** Findings by rule and severity: found, fixed, remaining. */
export function ruleTable(result: FileResult): string {
  const rows = new Map<string, {severity: string; found: number; fixed: number}>()
  for (const message of result.messages.filter(isFinding)) {
    const key = `${message.ruleId}\u0000${message.severity}`
    const row = rows.get(key) ?? {severity: message.severity, found: 0, fixed: 0}
    row.found++
    // Resolved findings are gone from the corrected draft, as fixed ones are.
    if (['fixed', 'resolved'].includes(statusOf(result, message))) row.fixed++
    rows.set(key, row)
  }
  const lines = [...rows].sort().map(([key, row]) => [code(key.split('\u0000')[0]!), row.severity, row.found, row.fixed, row.found - row.fixed])
  return table(['Rule', 'Severity', 'Found', 'Fixed', 'Remaining'], lines)
}

export function readabilityTable({counts, scores}: ReadabilitySummary): string {
  return table(
    ['Measure', 'Score'],
    [
      ['Flesch reading ease', round1(scores.fleschReadingEase)],
      ['Flesch–Kincaid grade', round1(scores.fleschKincaidGrade)],
      ['Gunning fog', round1(scores.gunningFog)],
      ['SMOG', round1(scores.smog)],
      ['Coleman–Liau', round1(scores.colemanLiau)],
      ['Automated readability', round1(scores.automatedReadability)],
      ['Words per sentence', round1(counts.word / counts.sentence)],
      ['Words / sentences', `${counts.word} / ${counts.sentence}`]
    ]
  )
}

/** A checklist the editor ticks off; accepted names go into rules/accepted-names.yml. */
export function namesToVerify(result: FileResult): string {
  const names = result.file.data.namesToVerify ?? []
  if (names.length === 0) return '## Names to verify\n\nNone: every proper name is in the gazetteer or the dictionary.'
  const items = names.map((name) => `- [ ] ${inlineMarkdown(name.name)} (line ${name.line}${name.count > 1 ? `, ${name.count} mentions` : ''})`)
  return ['## Names to verify', 'In neither the gazetteer nor the dictionary: check each, then add it to `rules/accepted-names.yml` to silence it.', items.join('\n')].join('\n\n')
}

/** Each finding goes under the first paragraph that ends after it starts. */
function byParagraph(text: string, findings: readonly Finding[]): Array<[Paragraph, Finding[]]> {
  const groups = paragraphsOf(text).map((paragraph): [Paragraph, Finding[]] => [paragraph, []])
  for (const finding of findings) {
    const home = groups[firstIndex(groups.length, (index) => groups[index]![0].end > finding.start)] ?? groups.at(-1)
    home?.[1].push(finding)
  }
  return groups
}

function renderParagraph(text: string, paragraph: Paragraph, findings: readonly Finding[]): string {
  let body = ''
  let cursor = paragraph.start
  for (const finding of findings) {
    const start = Math.max(finding.start, paragraph.start)
    const end = Math.min(finding.end, paragraph.end)
    const mark = `<sup>${finding.number}</sup>`
    if (start < cursor) {
      body += mark
      continue
    }
    body += escapeMarkdown(text.slice(cursor, start))
    const actual = escapeMarkdown(text.slice(start, end))
    if (finding.status === 'fixed') {
      const replacement = finding.message.expected?.[0] ?? ''
      body += [wrap('~~', actual), replacement ? wrap('**', escapeMarkdown(replacement)) : ''].filter(Boolean).join(' ') + mark
    } else body += actual + mark
    cursor = end
  }
  body += escapeMarkdown(text.slice(cursor, paragraph.end))
  const list = findings.filter((finding) => !finding.repeat).map((finding) => `${finding.number}. ${describe(finding)}`)
  return [body, ...(list.length > 0 ? [list.join('\n')] : [])].join('\n\n')
}

function describe({message, status}: Finding): string {
  const expected = message.expected ?? []
  const change =
    status === 'fixed' || status === 'fixable'
      ? ` ${code(message.actual ?? '')} → ${code(expected[0] ?? '')}`
      : status === 'suggestion'
        ? ` ${code(message.actual ?? '')} → ${expected.map(code).join(' or ')}`
        : ''
  return `${LABEL[status]} · ${code(message.ruleId ?? '')} (${message.severity}, line ${message.line}): ${sentence(message, markdown)}${change}`
}
