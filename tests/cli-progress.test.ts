/**
 * The progress line: on a terminal, for more than 20 drafts, `\r[i/n] path`
 * redrawn in place on stderr and cleared at the end; never in CI, never
 * when stderr is a pipe or a file, never for a short batch. The terminal is
 * a real pseudo-terminal, from util-linux's `script`.
 */
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {PROGRESS_AFTER} from '../src/io/terminal.js'
import {cli, run} from './cli-helpers.js'
import {tree} from './helpers.js'

const SLOW = {timeout: 300_000}

/** `count` clean drafts, d01.txt … */
function batch(count: number): string {
  const names = Array.from({length: count}, (_, index) => `drafts/d${String(index + 1).padStart(2, '0')}.txt`)
  return tree(Object.fromEntries(names.map((name) => [name, 'Leaders met in Brussels on Thursday.\n'])))
}

/** What the command writes on stderr when stderr is a terminal (stdout goes to /dev/null). */
function stderrOnTerminal(cwd: string, env: Record<string, string>): string {
  const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`
  const command = `${[process.execPath, cli, '--no-fix', 'drafts'].map(quote).join(' ')} 2>&1 >/dev/null`
  const {NO_COLOR, FORCE_COLOR, CI, ...rest} = process.env
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {cwd, env: {...rest, ...env}, encoding: 'utf8'})
  expect(result.status).toBe(0)
  return result.stdout
}

describe('the progress line', SLOW, () => {
  it('counts the drafts in place on a terminal, past 20 of them, and clears itself at the end', () => {
    const cwd = batch(PROGRESS_AFTER + 1)
    const lines = Array.from({length: 21}, (_, index) => `\r[${index + 1}/21] drafts/d${String(index + 1).padStart(2, '0')}.txt\u001b[K`)
    expect(stderrOnTerminal(cwd, {})).toBe(`${lines.join('')}\r\u001b[K`)
  })

  it('is never shown in CI, when stderr is not a terminal, or for 20 drafts', () => {
    const cwd = batch(PROGRESS_AFTER + 1)
    expect(stderrOnTerminal(cwd, {CI: 'true'})).toBe('')
    expect(run(cwd, '--no-fix', 'drafts').stderr).toBe('')
    expect(stderrOnTerminal(batch(PROGRESS_AFTER), {})).toBe('')
  })
})
