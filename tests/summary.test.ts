/** The job summary stays under GitHub's 1 MiB limit for a step's summary, cut in whole blocks, and says so. */
import {describe, expect, it} from 'vitest'
import {decodeDraft} from '../src/io/read-draft.js'
import {summary, SUMMARY_LIMIT} from '../src/report/summary.js'
import {lintDraft} from '../src/run.js'
import {linter} from './helpers.js'

function lintText(text: string, name: string) {
  return lintDraft(linter(), decodeDraft(name, Buffer.from(text)), name, {fix: true})
}

const results = [lintText('Leaders met in in Brussels.\n', 'a.txt'), lintText('Leaders met in Brussels.\n', 'b.txt')]
const whole = summary(results)
const diff = whole.slice(whole.indexOf('\n\n<details><summary>Fixes applied'), whole.indexOf('\n\n### b.txt'))
const bytes = (text: string) => Buffer.byteLength(text)
const CUT = "**Cut to stay under GitHub's 1 MiB limit for a job summary:** the diffs"
const WHERE = " are left out here. Each draft's report and diff are in the output folder (`NAME.report.md`, `NAME.diff`).\n"

describe('the job summary', () => {
  it('is whole when it fits, and the limit is GitHub’s 1 MiB', () => {
    expect(SUMMARY_LIMIT).toBe(1024 * 1024)
    expect(summary(results, undefined, bytes(whole))).toBe(whole)
    expect(diff).toMatch(/^\n\n<details><summary>Fixes applied in the corrected draft \(diff\)<\/summary>\n\n```diff\n--- a\/a.txt\n/)
  })

  it('one byte over: the diffs are left out, and a note says so', () => {
    const cut = summary(results, undefined, bytes(whole) - 1)
    expect(cut).toBe(`${whole.replace(diff, '')}\n${CUT}${WHERE}`)
    expect(bytes(cut)).toBeLessThanOrEqual(bytes(whole) - 1)
  })

  it('still over: the drafts that do not fit are left out too, whole, and counted', () => {
    const first = whole.slice(0, whole.indexOf('\n\n### b.txt')).replace(diff, '')
    const oneDraft = `${first}\n\n${CUT} and 1 of the 2 drafts${WHERE}`
    expect(summary(results, undefined, bytes(oneDraft))).toBe(oneDraft)
    const head = whole.slice(0, whole.indexOf('\n\n### a.txt'))
    expect(summary(results, undefined, bytes(oneDraft) - 1)).toBe(`${head}\n\n${CUT} and 2 of the 2 drafts${WHERE}`)
  })

  it('no room at all: nothing', () => {
    expect(summary(results, undefined, 100)).toBe('')
  })
})
