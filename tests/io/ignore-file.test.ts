/**
 * `.article-lintignore`, `--ignore-path` and `--ignore-pattern`: gitignore's
 * syntax through the `ignore` package; a folder or a glob passes over what
 * they ignore, a file named as itself is reported and skipped (ESLint's way).
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs} from '../../src/io/expand.js'
import {loadIgnores} from '../../src/io/ignore-file.js'
import {run} from '../cli-helpers.js'
import {tree} from '../helpers.js'

const TEXT = 'Leaders met in Brussels on Thursday.\n'

function archive(ignoreFile = '# old drafts\ndrafts/old/\n*.draft.md\n!keep.draft.md\n'): string {
  return tree({
    '.article-lintignore': ignoreFile,
    'drafts/a.txt': TEXT,
    'drafts/b.draft.md': TEXT,
    'drafts/keep.draft.md': TEXT,
    'drafts/old/c.txt': TEXT,
    'drafts/wire/d.txt': TEXT
  })
}

describe('ignored drafts', () => {
  it('are passed over in a folder and a glob, by .article-lintignore in gitignore syntax (comments, folders, negation)', () => {
    const cwd = archive()
    const ignoredBy = loadIgnores(cwd)
    const relative = (files: string[]) => files.map((file) => path.relative(cwd, file))
    expect(relative(expandInputs(['drafts'], cwd, {ignoredBy}))).toEqual(['drafts/a.txt', 'drafts/keep.draft.md', 'drafts/wire/d.txt'])
    expect(relative(expandInputs(['drafts/**/*.txt'], cwd, {ignoredBy}))).toEqual(['drafts/a.txt', 'drafts/wire/d.txt'])
    expect(ignoredBy!('drafts/old/c.txt')).toBe('.article-lintignore:2 (drafts/old/)')
    expect(ignoredBy!(path.join(cwd, 'drafts/b.draft.md'))).toBe('.article-lintignore:3 (*.draft.md)')
    expect(ignoredBy!('../elsewhere/b.draft.md')).toBeUndefined() // outside the working directory the rules do not reach
  })

  it('adds --ignore-pattern to the file, or takes --ignore-path’s file instead of it; no rules at all loads nothing', () => {
    const cwd = archive()
    const relative = (files: string[]) => files.map((file) => path.relative(cwd, file))
    expect(relative(expandInputs(['drafts'], cwd, {ignoredBy: loadIgnores(cwd, {patterns: ['wire']})}))).toEqual(['drafts/a.txt', 'drafts/keep.draft.md'])
    const other = loadIgnores(cwd, {file: 'drafts/wire/d.txt'})
    expect(other!('drafts/wire/d.txt')).toBeUndefined()
    expect(() => loadIgnores(cwd, {file: 'missing'})).toThrow('missing: no such file')
    expect(loadIgnores(tree({'a.txt': TEXT}))).toBeUndefined()
  })

  it('reports a file named as itself and skips it; a folder whose drafts are all ignored is an error', () => {
    const cwd = archive()
    const ignoredBy = loadIgnores(cwd, {patterns: ['*.txt']})
    const reported: string[] = []
    const files = expandInputs(['drafts/a.txt', 'drafts/keep.draft.md'], cwd, {ignoredBy, onIgnored: (input, rule) => reported.push(`${input}: ${rule}`)})
    expect(files).toEqual([path.join(cwd, 'drafts/keep.draft.md')])
    expect(reported).toEqual(['drafts/a.txt: --ignore-pattern (*.txt)'])
    expect(() => expandInputs(['drafts/old'], cwd, {ignoredBy})).toThrow('drafts/old: all its drafts are ignored (drafts/old/c.txt by .article-lintignore:2 (drafts/old/))')
    expect(() => expandInputs(['drafts/wire/*.txt'], cwd, {ignoredBy})).toThrow('drafts/wire/*.txt: all the drafts it matches are ignored (drafts/wire/d.txt by --ignore-pattern (*.txt))')
  })

  it('in the command: a warning line for a named file, the exit code as without it; a missing --ignore-path is an error', () => {
    const cwd = archive()
    expect(run(cwd, '--no-fix', '--format', 'json', 'drafts/a.txt', 'drafts/old/c.txt')).toEqual({
      code: 0,
      stderr: 'article-lint: drafts/old/c.txt: ignored by .article-lintignore:2 (drafts/old/), not linted\n',
      stdout: run(cwd, '--no-fix', '--format', 'json', 'drafts/a.txt').stdout
    })
    expect(run(cwd, '--ignore-path', 'nope')).toEqual({code: 2, stdout: '', stderr: 'article-lint: nope: no such file\n'})
  })
})
