/**
 * The job summary for GITHUB_STEP_SUMMARY: per draft, findings by rule and
 * severity, what was fixed and what remains, readability, names to verify,
 * and the diff of the fixes in a collapsible block.
 */
import type {FileResult} from '../run.js'
import {namesToVerify, readabilityTable, ruleTable} from './annotated.js'
import {escapeMarkdown, fenced} from './markdown.js'
import {isFinding, tally, type Tally} from './status.js'

export function summary(results: readonly FileResult[]): string {
  return `${[summaryHead(results.length, tally(results)), ...results.map(draft)].join('\n\n')}\n`
}

/** The first line: the totals (`article-lint merge` writes it again for the shards' summaries together). */
export function summaryHead(drafts: number, total: Pick<Tally, 'error' | 'warning' | 'info' | 'fixed' | 'remaining'>): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
  return `## article-lint: ${count(drafts, 'draft')}, ${count(total.error, 'error')}, ${count(total.warning, 'warning')}, ${count(total.info, 'note')}; ${total.fixed} fixed, ${total.remaining} remaining`
}

function draft(result: FileResult): string {
  const parts = [`### ${escapeMarkdown(result.path)}`, result.messages.some(isFinding) ? ruleTable(result) : 'No findings.']
  const readability = result.file.data.readability
  if (readability) parts.push(`<details><summary>Readability</summary>\n\n${readabilityTable(readability)}\n\n</details>`)
  parts.push(namesToVerify(result).replace(/^## /, '#### '))
  if (result.diff) parts.push(`<details><summary>Fixes applied in the corrected draft (diff)</summary>\n\n${fenced(result.diff, 'diff')}\n\n</details>`)
  return parts.join('\n\n')
}
