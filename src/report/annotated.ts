/**
 * NAME.report.md: the report an editor reads. A summary, then the article
 * paragraph by paragraph with each finding marked in place (fixes shown as
 * <del>old</del> <ins>new</ins>, other findings as a numbered mark) and listed under it.
 * What it says is the model's (annotated-model.ts); this writes it as Markdown.
 */
import type {ReadabilitySummary} from '../checks/readability-summary.js'
import {written} from '../render.js'
import type {FileResult} from '../run.js'
import {annotatedModel, namesOf, readabilityRows, ruleRows, type Block, type Names, type Table} from './annotated-model.js'
import {escapeMarkdown, fenced, inlineMarkdown, markdown, table, wrap} from './markdown.js'

/** How a report begins: how a later run knows the outputs beside it are an earlier run's (src/io/outputs.ts). */
export const REPORT_HEADING = '# article-lint report: '

/** `model`: the annotated model of the result, when the caller has made it already (the HTML report reads the same). */
export function annotatedReport(result: FileResult, files: {fixed: string; diff: string}, model = annotatedModel(result, files)): string {
  const summary = [`**${model.headline}** ${written(model.details, markdown)}`]
  if (model.rules) summary.push(markdownTable(model.rules))
  if (model.readability) summary.push('### Readability', markdownTable(model.readability))
  const sections = [
    `${REPORT_HEADING}${inlineMarkdown(model.path)}`,
    summary.join('\n\n'),
    '## The article',
    'Fixes are shown as <del>old</del> <ins>new</ins>; every finding has a number, listed under its paragraph.',
    ...model.blocks.map(block),
    namesSection(model.names)
  ]
  return `${sections.join('\n\n')}\n`
}

/** Findings by rule and severity: found, fixed, remaining (the job summary shows it too). */
export function ruleTable(result: FileResult): string {
  return markdownTable(ruleRows(result))
}

export function readabilityTable(readability: ReadabilitySummary): string {
  return markdownTable(readabilityRows(readability))
}

/** A checklist the editor ticks off; accepted names go into rules/accepted-names.yml. */
export function namesToVerify(result: FileResult): string {
  return namesSection(namesOf(result.file.data.namesToVerify ?? []))
}

function namesSection({intro, items}: Names): string {
  const list = items.map(({name, where}) => `- [ ] ${inlineMarkdown(name)} (${where})`)
  return ['## Names to verify', written(intro, markdown), ...(list.length > 0 ? [list.join('\n')] : [])].join('\n\n')
}

function markdownTable({header, rows}: Table): string {
  return table(header, rows.map((cells) => cells.map((cell) => written([cell], markdown))))
}

function block(shown: Block): string {
  if (shown.kind === 'source') return fenced(shown.text)
  const body = shown.runs
    .map((run) => {
      if (typeof run === 'string') return escapeMarkdown(run)
      const mark = `<sup>${run.number}</sup>`
      const text = escapeMarkdown(run.text)
      if (run.replacement === undefined) return text + mark
      // Tags, not ~~ and **: GitHub leaves those as they are where the text starts with punctuation after a letter ("weaken~~, to weaken~~").
      return [wrap('<del>', text), run.replacement ? wrap('<ins>', escapeMarkdown(run.replacement)) : ''].filter(Boolean).join(' ') + mark
    })
    .join('')
  const list = shown.notes.map((note) => `${note.number}. ${written(note.parts, markdown)}`)
  return [body, ...(list.length > 0 ? [list.join('\n')] : [])].join('\n\n')
}
