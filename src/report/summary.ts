/**
 * The job summary for GITHUB_STEP_SUMMARY: per draft, findings by rule and
 * severity, what was fixed and what remains, readability, names to verify,
 * and the diff of the fixes in a collapsible block.
 */
import type {FileResult} from '../run.js'
import {namesToVerify, readabilityTable, ruleTable} from './annotated.js'
import {fenced, inlineMarkdown} from './markdown.js'
import {isFinding, tally} from './status.js'

export function summary(results: readonly FileResult[]): string {
  const total = tally(results)
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
  const head = `## article-lint: ${count(results.length, 'draft')}, ${count(total.error, 'error')}, ${count(total.warning, 'warning')}, ${count(total.info, 'note')}; ${total.fixed} fixed, ${total.remaining} remaining`
  return `${[head, ...results.map(draft)].join('\n\n')}\n`
}

function draft(result: FileResult): string {
  const parts = [`### ${inlineMarkdown(result.path)}`, result.messages.some(isFinding) ? ruleTable(result) : 'No findings.']
  const readability = result.file.data.readability
  if (readability) parts.push(`<details><summary>Readability</summary>\n\n${readabilityTable(readability)}\n\n</details>`)
  parts.push(namesToVerify(result).replace(/^## /, '#### '))
  if (result.diff) parts.push(`<details><summary>Fixes applied in the corrected draft (diff)</summary>\n\n${fenced(result.diff, 'diff')}\n\n</details>`)
  return parts.join('\n\n')
}
