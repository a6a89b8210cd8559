/**
 * Lines of a draft changed since a git ref (`--changed-since`), read from
 * `git diff --unified=0`: so a pull request's check reports only what the
 * pull request touched. A draft that is new since the ref is changed whole.
 */
import path from 'node:path'
import {loadWhenNeeded} from '../package-data.js'
import type {FileResult} from '../run.js'
import {InputError, UsageError} from './errors.js'

export type LineRange = [first: number, last: number]

function git(cwd: string, ...args: string[]): string {
  // Loaded only with --changed-since: node:child_process took 5 ms of every run to load.
  const {execFileSync} = loadWhenNeeded<typeof import('node:child_process')>('node:child_process')
  return execFileSync('git', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

/** Checked once, before any draft is linted. */
export function verifyRef(ref: string, cwd: string): void {
  try {
    git(cwd, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
  } catch {
    throw new UsageError(`--changed-since: "${ref}" is not a commit in this repository`)
  }
}

export function changedLines(ref: string, file: string, cwd: string): LineRange[] | 'all' {
  const relative = path.relative(cwd, file)
  let existed = true
  try {
    git(cwd, 'cat-file', '-e', `${ref}:./${relative.split(path.sep).join('/')}`)
  } catch {
    existed = false
  }
  if (!existed) return 'all'
  let diff: string
  try {
    // The draft's own lines, as git numbers them (src/text/lines.ts): no textconv filter's, whatever the attributes say.
    diff = git(cwd, 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--text', ref, '--', relative)
  } catch (error) {
    throw new InputError(relative, `git diff failed: ${(error as Error).message.split('\n')[0]}`)
  }
  const ranges: LineRange[] = []
  for (const [, start, count] of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const first = Number(start)
    const length = count === undefined ? 1 : Number(count)
    if (length > 0) ranges.push([first, first + length - 1])
  }
  return ranges
}

/** The result with only the messages that touch a changed line. */
export function onlyChanged(result: FileResult, ranges: LineRange[] | 'all'): FileResult {
  if (ranges === 'all') return result
  const touches = (first: number, last: number) => ranges.some(([from, to]) => first <= to && from <= last)
  const messages = result.messages.filter((message) => {
    const end = message.place && 'end' in message.place ? message.place.end.line : message.line
    return touches(message.line ?? 1, end ?? message.line ?? 1)
  })
  return {...result, messages}
}
