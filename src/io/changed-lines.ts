/**
 * Lines of a draft changed since a git ref (`--changed-since`), read from
 * `git diff --unified=0`: so a pull request's check reports only what the
 * pull request touched. A draft that is new since the ref is changed whole.
 */
import {realpathSync} from 'node:fs'
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
  // A draft renamed since the ref changed only where its content did: a pull request that moves drafts reports nothing old.
  const renamed = existed ? undefined : renamedFrom(ref, file, cwd)
  if (!existed && !renamed) return 'all'
  let diff: string
  try {
    // The draft's own lines, as git numbers them (src/text/lines.ts): no textconv filter's, whatever the attributes say.
    const options = ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--text']
    diff = renamed ? git(renamed.root, ...options, '-M', ref, '--', renamed.from, renamed.to) : git(cwd, ...options, ref, '--', relative)
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

/** The renames git finds between a ref and the working tree, by repository and ref: asked once per run, not per draft. */
const renames = new Map<string, {root: string; to: Map<string, string>}>()

/** Where a draft was at the ref, if git finds it renamed since (paths from the repository's root). */
function renamedFrom(ref: string, file: string, cwd: string): {root: string; from: string; to: string} | undefined {
  const key = `${cwd}\0${ref}`
  let known = renames.get(key)
  if (!known) {
    const root = git(cwd, 'rev-parse', '--show-toplevel').trimEnd()
    // -z: "R<score>", the old path and the new, each ended by NUL; any other change, its status and one path.
    const fields = git(root, 'diff', '-M', '--name-status', '-z', '--no-color', ref).split('\0')
    const to = new Map<string, string>()
    for (let at = 0; at < fields.length - 1; at += fields[at]!.startsWith('R') ? 3 : 2) if (fields[at]!.startsWith('R')) to.set(fields[at + 2]!, fields[at + 1]!)
    renames.set(key, (known = {root, to}))
  }
  const draft = path.relative(realpathSync(known.root), realpathSync(path.resolve(cwd, file))).split(path.sep).join('/')
  const from = known.to.get(draft)
  return from === undefined ? undefined : {root: known.root, from, to: draft}
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
