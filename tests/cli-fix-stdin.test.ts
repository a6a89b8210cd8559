/**
 * `--fix` writes the safe fixes into the drafts themselves, atomically and
 * keeping what the file was (its byte-order mark, its mode, a link); the
 * diff and report are written as always. `--stdin` lints standard input
 * under the name --stdin-filename gives it.
 */
import {chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, runWithInput} from './cli-helpers.js'
import {tree} from './helpers.js'

const SLOW = {timeout: 300_000}
const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const PSAKI = 'White House press secretary Jane Sackie said the talks in Kiev went on.\n'
const FIXED = 'White House press secretary Jen Psaki said the talks in Kyiv went on.\n'
const CLEAN = 'Leaders met in Brussels on Thursday.\n'

describe('--fix', SLOW, () => {
  it('writes the fixes into the draft, with its byte-order mark and mode; the outputs are what a run without it writes', () => {
    const cwd = tree({'drafts/a.txt': Buffer.concat([BOM, Buffer.from(PSAKI)]), 'drafts/clean.txt': CLEAN})
    const draft = path.join(cwd, 'drafts', 'a.txt')
    const clean = path.join(cwd, 'drafts', 'clean.txt')
    chmodSync(draft, 0o640)
    utimesSync(clean, new Date(2020, 0, 1), new Date(2020, 0, 1))
    const before = run(cwd, '--format', 'json', '--out', 'before')
    // Without --fix the draft is never written, and the error it holds fails the run.
    expect(before.code).toBe(1)
    expect(readFileSync(draft)).toEqual(Buffer.concat([BOM, Buffer.from(PSAKI)]))
    const fixed = run(cwd, '--fix', '--format', 'json', '--out', 'after')
    // Every finding was fixed in the draft: nothing is left to fail the run.
    expect({code: fixed.code, stderr: fixed.stderr, stdout: fixed.stdout}).toEqual({code: 0, stderr: '', stdout: before.stdout})
    expect(readFileSync(draft)).toEqual(Buffer.concat([BOM, Buffer.from(FIXED)]))
    expect(statSync(draft).mode & 0o777).toBe(0o640)
    expect(statSync(clean).mtime).toEqual(new Date(2020, 0, 1)) // nothing to fix: not written
    for (const name of ['a.diff', 'a.report.md', 'a.fixed.txt']) expect(readFileSync(path.join(cwd, 'after', name), 'utf8')).toBe(readFileSync(path.join(cwd, 'before', name), 'utf8'))
    expect(readdirSync(path.join(cwd, 'drafts')).sort()).toEqual(['a.txt', 'clean.txt']) // no temp file left
  })

  it('writes through a symbolic link into the file it leads to, and leaves the link a link', () => {
    const cwd = tree({'archive/real.txt': PSAKI})
    symlinkSync('archive/real.txt', path.join(cwd, 'link.txt'))
    expect(run(cwd, '--fix', '--quiet', '--format', 'json', 'link.txt').code).toBe(0)
    expect(lstatSync(path.join(cwd, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(cwd, 'archive', 'real.txt'), 'utf8')).toBe(FIXED)
  })
})

describe('--stdin', SLOW, () => {
  it('lints standard input as the file --stdin-filename names: its format, its config, its outputs’ names; the file is never written', () => {
    const cwd = tree({'desk/article-lint.config.yml': 'extends: article-lint/recommended\nrules: {repeated-words: off}\n'})
    const markdown = '# The the talks\n\nThe talks in Kiev went on: `Kiev` in code is left alone.\n'
    const result = runWithInput(markdown, cwd, '--stdin', '--stdin-filename', 'desk/story.md', '--quiet')
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'desk/story.md',
        '3:14-3:18 warning Unexpected `Kiev`, expected `Kyiv` (the Ukrainian spelling of the capital, AP style since 2019; "Kiev" is transliterated from Russian) [fixed] phrases article-lint',
        '',
        '⚠ 1 warning',
        '1 fix applied, 0 remaining',
        ''
      ].join('\n')
    })
    expect(readdirSync(path.join(cwd, 'out')).sort()).toEqual(['story.diff', 'story.fixed.md', 'story.report.html', 'story.report.md'])
    expect(readFileSync(path.join(cwd, 'out', 'story.fixed.md'), 'utf8')).toBe('# The the talks\n\nThe talks in Kyiv went on: `Kiev` in code is left alone.\n')
    expect(existsSync(path.join(cwd, 'desk', 'story.md'))).toBe(false)
  })

  it('with --fix prints the corrected text instead of the report (as textlint and Prettier do), its byte-order mark kept; the exit code counts what is left', () => {
    const cwd = tree({})
    expect(runWithInput(Buffer.concat([BOM, Buffer.from(PSAKI)]), cwd, '--stdin', '--fix')).toEqual({code: 0, stderr: '', stdout: `\uFEFF${FIXED}`})
    expect(readdirSync(path.join(cwd, 'out')).sort()).toEqual(['stdin.diff', 'stdin.fixed.txt', 'stdin.report.html', 'stdin.report.md'])
    const reported = runWithInput(PSAKI, cwd, '--stdin', '--format', 'json')
    expect(reported.code).toBe(1) // without --fix, the error is in what was given
    expect((JSON.parse(reported.stdout) as Array<{path: string}>)[0]!.path).toBe('stdin.txt')
  })

  it('refuses more than a draft’s limit and empty input, as for a file; an ignored name is passed over with a warning', () => {
    const cwd = tree({})
    expect(runWithInput(Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), cwd, '--stdin')).toEqual({code: 2, stdout: '', stderr: 'article-lint: stdin.txt: too large for a draft (more than 10 MB read; the limit is 10 MB)\n'})
    expect(runWithInput('', cwd, '--stdin', '--stdin-filename', 'a.md')).toEqual({code: 2, stdout: '', stderr: 'article-lint: a.md: empty file\n'})
    expect(runWithInput(PSAKI, cwd, '--stdin', '--fix', '--stdin-filename', 'a.md', '--ignore-pattern', '*.md')).toEqual({code: 0, stdout: PSAKI, stderr: 'article-lint: a.md: ignored by --ignore-pattern (*.md), not linted\n'})
  })
})
