/**
 * Bad input where the tool meets git: line numbers as git counts them (so
 * `--changed-since` keeps a changed line's finding), and diffs that `git
 * apply` and `patch -p1` accept for a draft with a byte-order mark or a name
 * git quotes. Each case runs the real CLI in a scratch repository.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, seed, workspace} from './cli-helpers.js'

/** git in `cwd`, whatever this machine's own git config says. */
function git(cwd: string, ...args: string[]) {
  const env = {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'CI', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.com'}
  const result = spawnSync('git', args, {cwd, encoding: 'utf8', env})
  expect(result.stderr).toBe('')
  return result
}

/** A scratch repository (the seed draft, the bundled rules) with `text` as `draft`. */
function repository(draft: string, text: string | Uint8Array): string {
  const cwd = workspace()
  git(cwd, 'init', '-q')
  writeFileSync(path.join(cwd, draft), text)
  return cwd
}

/** A scratch repository with `draft` committed as `before`, then changed to `after` in the working tree. */
function changedDraft(draft: string, before: string, after: string): string {
  const cwd = repository(draft, before)
  git(cwd, 'add', '--all')
  git(cwd, 'commit', '-q', '-m', 'Draft')
  writeFileSync(path.join(cwd, draft), after)
  return cwd
}

const SCHOLZ = 'Leaders met in Brussels.\rThe summit opened on Tuesday.\n\nGerman Chancellor Olaf Scholz said Europe stood united.\n'
const SHOLZ_ERROR = 'title=article-lint name-misspelled::Unexpected `Sholz`, expected `Scholz` (Olaf Scholz, Chancellor (Germany) 2021–2025)'

describe('line numbers are git’s', () => {
  it('a lone CR earlier in the draft: --changed-since keeps the changed line’s error, on the line git names, and exits 1', () => {
    const draft = 'drafts/lone-cr.txt'
    const cwd = changedDraft(draft, SCHOLZ, SCHOLZ.replace('Scholz', 'Sholz'))
    expect(git(cwd, 'diff', '--unified=0').stdout).toContain('\n@@ -3 +3 @@')
    const result = run(cwd, '--format', 'github', '--changed-since', 'HEAD', draft)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(`::error file=${draft},line=3,endLine=3,col=24,endColumn=29,${SHOLZ_ERROR} (fixed in the corrected draft: Scholz)\n`)
    expect(result.code).toBe(1)
  })

  it('a Markdown draft with lone CRs: a control comment still applies, and lines are git’s', () => {
    const draft = 'drafts/lone-cr.md'
    const sentence = 'German Chancellor Olaf Sholz spoke.'
    const cwd = repository(draft, `The summit opened on Tuesday.\r\r${sentence}\r\r<!--article-lint disable name-misspelled-->\r\r${sentence}\n`)
    const result = run(cwd, '--format', 'github', '--no-fix', draft)
    expect(result.stderr).toBe('')
    // To git it is all line 1 (to the Markdown parser, lines 1 to 7); the second Sholz follows the comment either way.
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([`::error file=${draft},line=1,endLine=1,col=55,endColumn=60,${SHOLZ_ERROR} (fixable: Scholz)`])
    expect(result.code).toBe(1)
  })
})

describe('--changed-since and renamed drafts', () => {
  it('reports of a draft renamed since the ref only the lines whose content changed: nothing for a rename alone', () => {
    const cwd = changedDraft('drafts/old-name.txt', seed.toString(), seed.toString())
    git(cwd, 'mv', 'drafts/old-name.txt', 'drafts/new name.txt')
    git(cwd, 'commit', '-q', '-m', 'Rename')
    const moved = run(cwd, '--format', 'github', '--no-fix', '--changed-since', 'HEAD~1', 'drafts/new name.txt')
    expect(moved).toEqual({code: 0, stdout: '', stderr: ''})
    writeFileSync(path.join(cwd, 'drafts/new name.txt'), `German Chancellor Olaf Sholz spoke.\n\n${seed}`)
    git(cwd, 'commit', '-q', '-a', '-m', 'Edit')
    const edited = run(cwd, '--format', 'github', '--no-fix', '--changed-since', 'HEAD~2', 'drafts/new name.txt')
    // Line 1 is new: its error, and the readability summary, which is placed there.
    expect(edited.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([`::error file=drafts/new name.txt,line=1,endLine=1,col=24,endColumn=29,${SHOLZ_ERROR} (fixable: Scholz)`])
    expect(edited.code).toBe(1)
  })
})

/** Apply the CLI's diff of `draft` to the draft with git apply, then with patch -p1: each must give the corrected draft. */
function expectDiffApplies(cwd: string, draft: string, outputs: string) {
  const original = readFileSync(path.join(cwd, draft))
  const fixed = readFileSync(path.join(cwd, 'out', `${outputs}.fixed${path.extname(draft)}`))
  expect(fixed.equals(original)).toBe(false)
  const diff = path.join('out', `${outputs}.diff`)
  const tools = [
    ['git', 'apply', diff],
    ['patch', '-p1', '--force', '--fuzz=0', '--no-backup-if-mismatch', '--quiet', '-i', diff]
  ]
  for (const [tool, ...args] of tools) {
    writeFileSync(path.join(cwd, draft), original)
    const result = spawnSync(tool!, args, {cwd, encoding: 'utf8'})
    expect({tool, status: result.status, stderr: result.stderr}).toEqual({tool, status: 0, stderr: ''})
    expect(readFileSync(path.join(cwd, draft)).equals(fixed)).toBe(true)
  }
}

describe('diffs apply with git apply and patch -p1', () => {
  it('UTF-8 with a byte-order mark: the diff’s line 1 carries it', () => {
    const firstLine = Buffer.from('\uFEFFGerman Chancellor Olaf Sholz said Europe stood united.\n\n')
    const cwd = repository('drafts/biden-nato-summit.txt', Buffer.concat([firstLine, seed]))
    expect(run(cwd, 'drafts/biden-nato-summit.txt').code).toBe(1)
    expect(readFileSync(path.join(cwd, 'out', 'biden-nato-summit.diff'), 'utf8')).toMatch(/^@@ -1,\d+ \+1,\d+ @@\n-\uFEFFGerman Chancellor Olaf Sholz said Europe stood united.\n\+\uFEFFGerman Chancellor Olaf Scholz said/mu)
    expectDiffApplies(cwd, 'drafts/biden-nato-summit.txt', 'biden-nato-summit')
  })

  it.each([
    ['a space', 'drafts/nato summit.txt', '--- a/drafts/nato summit.txt\t\n+++ b/drafts/nato summit.txt\t\n'],
    ['a non-ASCII letter, a space and quotes', 'drafts/Über die "Lage".txt', '--- "a/drafts/\\303\\234ber die \\"Lage\\".txt"\t\n+++ "b/drafts/\\303\\234ber die \\"Lage\\".txt"\t\n'],
    ['a backslash and a tab', 'drafts/back\\slash\tand tab.txt', '--- "a/drafts/back\\\\slash\\tand tab.txt"\t\n+++ "b/drafts/back\\\\slash\\tand tab.txt"\t\n']
  ])('a draft name with %s: git’s file headers', (_, draft, headers) => {
    const cwd = repository(draft, seed)
    expect(run(cwd, draft).code).toBe(1)
    const outputs = path.basename(draft, '.txt')
    expect(readFileSync(path.join(cwd, 'out', `${outputs}.diff`), 'utf8').startsWith(headers)).toBe(true)
    expectDiffApplies(cwd, draft, outputs)
  })
})
