/**
 * The job summary for GITHUB_STEP_SUMMARY: per draft, findings by rule and
 * severity, what was fixed and what remains, readability, names to verify,
 * and the diff of the fixes in a collapsible block. GitHub drops a step's
 * summary over 1 MiB whole, so a longer one is cut, in whole blocks, and
 * says so.
 */
import type {FileResult} from '../run.js'
import {namesToVerify, readabilityTable, ruleTable} from './annotated.js'
import {fenced, inlineMarkdown} from './markdown.js'
import {isFinding, tally, type Tally} from './status.js'

/** GitHub's limit for one step's job summary, in bytes. */
export const SUMMARY_LIMIT = 1024 * 1024

interface DraftSummary {
  /** Everything but the diff. */
  main: string
  diff?: string
}

/** The summary, at most `limit` bytes of UTF-8 (what the step's summary file still has room for). */
export function summary(results: readonly FileResult[], _options?: unknown, limit = SUMMARY_LIMIT): string {
  const head = summaryHead(results.length, tally(results))
  const drafts = results.map(draft)
  const whole = page([head, ...drafts.map(({main, diff}) => (diff ? `${main}\n\n${diff}` : main))])
  return bytes(whole) <= limit ? whole : cut(head, drafts, limit)
}

/** The first line: the totals (`article-lint merge` writes it again for the shards' summaries together). */
export function summaryHead(drafts: number, total: Pick<Tally, 'error' | 'warning' | 'info' | 'fixed' | 'remaining'>): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
  return `## article-lint: ${count(drafts, 'draft')}, ${count(total.error, 'error')}, ${count(total.warning, 'warning')}, ${count(total.info, 'note')}; ${total.fixed} fixed, ${total.remaining} remaining`
}

/** Without the diffs (each is in out/NAME.diff), and then with as many drafts as fit, in order; a note says what is left out. */
function cut(head: string, drafts: readonly DraftSummary[], limit: number): string {
  const shown: string[] = []
  // The page's bytes: the blocks, a blank line between each two, the final line break.
  let used = bytes(head) + 1
  for (const {main} of drafts) {
    const next = used + 2 + bytes(main)
    if (next + 2 + bytes(cutNote(drafts.length - shown.length - 1, drafts.length)) > limit) break
    shown.push(main)
    used = next
  }
  const text = page([head, ...shown, cutNote(drafts.length - shown.length, drafts.length)])
  return bytes(text) <= limit ? text : ''
}

function cutNote(left: number, all: number): string {
  const drafts = left === 0 ? '' : ` and ${left} of the ${all} drafts`
  return `**Cut to stay under GitHub's 1 MiB limit for a job summary:** the diffs${drafts} are left out here. Each draft's report and diff are in the output folder (\`NAME.report.md\`, \`NAME.diff\`).`
}

function page(blocks: readonly string[]): string {
  return `${blocks.join('\n\n')}\n`
}

function bytes(text: string): number {
  return Buffer.byteLength(text)
}

function draft(result: FileResult): DraftSummary {
  const parts = [`### ${inlineMarkdown(result.path)}`, result.messages.some(isFinding) ? ruleTable(result) : 'No findings.']
  const readability = result.file.data.readability
  if (readability) parts.push(`<details><summary>Readability</summary>\n\n${readabilityTable(readability)}\n\n</details>`)
  parts.push(namesToVerify(result).replace(/^## /, '#### '))
  const diff = result.diff ? `<details><summary>Fixes applied in the corrected draft (diff)</summary>\n\n${fenced(result.diff, 'diff')}\n\n</details>` : undefined
  return {main: parts.join('\n\n'), diff}
}
