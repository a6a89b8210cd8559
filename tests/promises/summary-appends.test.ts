/**
 * `--summary FILE` appends the Markdown job summary to FILE, as GitHub's
 * $GITHUB_STEP_SUMMARY expects: what earlier steps (or runs) wrote stays.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, workspace} from '../cli-helpers.js'

describe('--summary FILE', () => {
  it('appends the job summary, keeping what the file held, run after run', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'biden-nato-summit.txt'), 'Leaders met in in Brussels on Thursday.\n')
    const summary = path.join(cwd, 'summary.md')
    const earlier = '## An earlier step\n\nIts summary.\n'
    writeFileSync(summary, earlier)
    // The summary is the markdown format's report.
    const markdown = run(cwd, '--format', 'markdown', '--no-fix').stdout
    expect(markdown).toContain('| `repeated-words` | warning | 1 | 0 | 1 |')
    expect(run(cwd, '--no-fix', '--summary', 'summary.md').code).toBe(0)
    expect(readFileSync(summary, 'utf8')).toBe(earlier + markdown)
    expect(run(cwd, '--no-fix', '--summary', 'summary.md').code).toBe(0)
    expect(readFileSync(summary, 'utf8')).toBe(earlier + markdown + markdown)
  })
})
