/**
 * `--jobs N`: the drafts linted over worker threads give exactly what one
 * thread gives: the same report, the same outputs, the same errors in the
 * same order, the same exit code; with --cache, the workers' results are kept
 * and replayed.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {packageRoot} from '../../src/package-root.js'
import {run, runWith, runWithin, workspace} from '../cli-helpers.js'

/** These tests run the CLI several times: on a busy machine that takes minutes. */
const SLOW = {timeout: 300_000}

/** The seed, the seed as Markdown, the name-evaluation articles' first five, and an empty draft in the middle. */
function archive(): string {
  const cwd = workspace()
  writeFileSync(path.join(cwd, 'drafts', 'summit-markdown.md'), readFileSync(path.join(packageRoot, 'tests', 'fixtures', 'formats', 'biden-nato-summit.md')))
  const articles = path.join(packageRoot, 'tests', 'fixtures', 'names-eval')
  for (const name of readdirSync(articles).filter((file) => file.endsWith('.txt')).slice(0, 5)) writeFileSync(path.join(cwd, 'drafts', name), readFileSync(path.join(articles, name)))
  writeFileSync(path.join(cwd, 'drafts', 'c-empty.txt'), '')
  return cwd
}

function outputs(directory: string): Record<string, string> {
  return Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(path.join(directory, name), 'latin1')]))
}

describe('--jobs', SLOW, () => {
  it('gives exactly what one thread gives, in every format', () => {
    const cwd = archive()
    for (const format of ['json', 'stylish', 'sarif']) {
      const one = run(cwd, '--jobs', '1', '--format', format, '--summary', `one-${format}.md`, '--out', `one-${format}`)
      const two = runWith({ARTICLE_LINT_DEBUG: '1'}, cwd, '--jobs', '2', '--format', format, '--summary', `two-${format}.md`, '--out', `two-${format}`)
      expect(two.stderr.split('\n').filter((line) => !line.includes('code cache'))).toEqual(['article-lint: 7 linted over 2 worker threads', 'article-lint: drafts/c-empty.txt: empty file', ''])
      expect({...two, stderr: one.stderr}).toEqual(one)
      expect(one).toMatchObject({code: 2, stderr: 'article-lint: drafts/c-empty.txt: empty file\n'})
      expect(outputs(path.join(cwd, `two-${format}`))).toEqual(outputs(path.join(cwd, `one-${format}`)))
      expect(readFileSync(path.join(cwd, `two-${format}.md`), 'utf8')).toBe(readFileSync(path.join(cwd, `one-${format}.md`), 'utf8'))
    }
    expect(Object.keys(outputs(path.join(cwd, 'two-json')))).toHaveLength(28)
  })

  it('keeps the workers’ results in the cache, replayed by a run in one thread', () => {
    const cwd = archive()
    const two = runWith({ARTICLE_LINT_DEBUG: '1'}, cwd, '--jobs', '2', '--cache', '--format', 'json', '--out', 'two')
    expect(two.stderr).toContain('article-lint: 0 from the result cache, 7 linted over 2 worker threads\n')
    const again = runWith({ARTICLE_LINT_DEBUG: '1'}, cwd, '--jobs', '1', '--cache', '--format', 'json', '--out', 'again')
    expect(again.stderr).toContain('article-lint: 7 from the result cache, 0 linted in this thread\n')
    expect(again.stdout).toBe(run(cwd, '--format', 'json', '--out', 'plain').stdout)
    expect(outputs(path.join(cwd, 'again'))).toEqual(outputs(path.join(cwd, 'plain')))
  })

  it('ends the run on a rules error before anything is written, as one thread does', () => {
    const cwd = archive()
    writeFileSync(path.join(cwd, 'rules', 'names.local.yml'), 'people:\n  - {name: Ana Pop, country: Romania}\n  - {name: Ana Pop, country: Romania}\n')
    const two = run(cwd, '--jobs', '2')
    expect(two).toEqual({code: 2, stdout: '', stderr: `article-lint: ${path.join(cwd, 'rules', 'names.local.yml')}:3:6: duplicate person "Ana Pop": merge the two entries\n`})
    expect(run(cwd, '--jobs', '1')).toEqual(two)
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })

  it('ends the run at once when the output plan is refused after the workers started, as one thread does', () => {
    const cwd = workspace()
    for (const folder of ['s1', 's2']) mkdirSync(path.join(cwd, folder)), writeFileSync(path.join(cwd, folder, 'a.txt'), 'The the talks went on.\n')
    // Killed after a minute: a run whose idle workers kept it alive never ended.
    const two = runWithin(60_000, cwd, '--jobs', '2', '--out', 'o', 's1', 's2')
    expect(two).toEqual({code: 2, signal: null, stdout: '', stderr: 'article-lint: s2/a.txt and s1/a.txt would write the same outputs in o; lint them in separate runs or rename one\n'})
    expect(runWithin(60_000, cwd, '--jobs', '1', '--out', 'o', 's1', 's2')).toEqual(two)
  })

  it.each([
    ['0', 'article-lint: --jobs "0": use a number of threads from 1, or auto\n'],
    ['two', 'article-lint: --jobs "two": use a number of threads from 1, or auto\n']
  ])('refuses --jobs %s', (jobs, stderr) => {
    expect(run(workspace(), '--jobs', jobs)).toEqual({code: 2, stdout: '', stderr})
  })
})
