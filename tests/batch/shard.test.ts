/**
 * `--shard i/n` and `article-lint merge`: the shards of a run lint every
 * draft once between them, a draft's shard depends on its path alone, and
 * the shards' SARIF logs and job summaries merge into exactly what one
 * unsharded run writes.
 */
import {execFileSync} from 'node:child_process'
import {copyFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {inShard, parseShard, shardOf} from '../../src/batch/shard.js'
import {packageRoot} from '../../src/package-root.js'
import {run, workspace} from '../cli-helpers.js'

const SLOW = {timeout: 300_000}

describe('shards', () => {
  it('split any set of paths: each in exactly one shard, and none moved by adding or removing others (property)', () => {
    const paths = fc.uniqueArray(fc.stringMatching(/^[a-z0-9_-]{1,12}(\/[a-z0-9_-]{1,12})?\.txt$/), {maxLength: 40})
    fc.assert(
      fc.property(paths, paths, fc.integer({min: 1, max: 8}), (files, others, count) => {
        const absolute = (names: readonly string[]) => names.map((name) => path.join('/repo', name))
        const shards = Array.from({length: count}, (_, index) => inShard(absolute(files), {index: index + 1, count}, '/repo'))
        expect(shards.flat().sort()).toEqual(absolute(files).sort())
        const grown = absolute([...new Set([...files, ...others])])
        for (const [index, shard] of shards.entries()) {
          expect(inShard(grown, {index: index + 1, count}, '/repo').filter((file) => shard.includes(file) || absolute(files).includes(file))).toEqual(shard)
        }
      })
    )
  })

  it('are the same on every machine: a hash of the path as reports show it', () => {
    expect(['drafts/a.txt', 'drafts/b.txt', 'drafts/c.txt', 'drafts/d.txt'].map((file) => shardOf(file, 4))).toEqual([1, 3, 4, 4])
  })

  it.each(['0/3', '4/3', '1/0', 'x', '1/3/4', '-1/3', ''])('refuse --shard "%s"', (value) => {
    expect(() => parseShard(value)).toThrow(`--shard "${value}": use i/n, with 1 ≤ i ≤ n (e.g. 2/4)`)
  })
})

/** The seed and ten articles of the name evaluation. */
function archive(): string {
  const cwd = workspace()
  const articles = path.join(packageRoot, 'tests', 'fixtures', 'names-eval')
  for (const name of readdirSync(articles).filter((file) => file.endsWith('.txt')).slice(0, 10)) writeFileSync(path.join(cwd, 'drafts', name), readFileSync(path.join(articles, name)))
  return cwd
}

describe('sharded runs, merged', SLOW, () => {
  it('lint every draft once between them, and merge into exactly the unsharded SARIF log and job summary', () => {
    const cwd = archive()
    const whole = run(cwd, '--format', 'sarif', '--summary', 'whole.md', '--out', 'whole')
    expect(whole.code).toBe(1)
    const shards = [1, 2, 3].map((index) => {
      const shard = run(cwd, '--shard', `${index}/3`, '--format', 'sarif', '--summary', `shard-${index}.md`, '--out', `out-${index}`)
      writeFileSync(path.join(cwd, `shard-${index}.sarif`), shard.stdout)
      return readdirSync(path.join(cwd, `out-${index}`)).filter((name) => name.endsWith('.report.md'))
    })
    expect(shards.every((reports) => reports.length > 0)).toBe(true)
    expect(shards.flat().sort()).toEqual(readdirSync(path.join(cwd, 'whole')).filter((name) => name.endsWith('.report.md')).sort())
    const sarif = run(cwd, 'merge', 'shard-1.sarif', 'shard-2.sarif', 'shard-3.sarif')
    expect(sarif).toEqual({code: 0, stdout: whole.stdout, stderr: ''})
    const summary = run(cwd, 'merge', 'shard-3.md', 'shard-1.md', 'shard-2.md')
    expect(summary).toEqual({code: 0, stdout: readFileSync(path.join(cwd, 'whole.md'), 'utf8'), stderr: ''})
    expect(summary.stdout).toMatch(/^## article-lint: 11 drafts, \d+ errors, /)
  })

  it('an empty shard lints nothing, exits 0, and merges', () => {
    const cwd = workspace()
    const empty = [1, 2, 3, 4, 5, 6, 7, 8].find((index) => shardOf('drafts/biden-nato-summit.txt', 8) !== index)!
    const shard = run(cwd, '--shard', `${empty}/8`, '--format', 'sarif', '--summary', 'empty.md')
    expect(shard.code).toBe(0)
    expect(readFileSync(path.join(cwd, 'empty.md'), 'utf8')).toBe('## article-lint: 0 drafts, 0 errors, 0 warnings, 0 notes; 0 fixed, 0 remaining\n')
    writeFileSync(path.join(cwd, 'empty.sarif'), shard.stdout)
    const full = run(cwd, '--shard', `${shardOf('drafts/biden-nato-summit.txt', 8)}/8`, '--format', 'sarif', '--summary', 'full.md')
    writeFileSync(path.join(cwd, 'full.sarif'), full.stdout)
    expect(run(cwd, 'merge', 'empty.sarif', 'full.sarif').stdout).toBe(full.stdout)
    expect(run(cwd, 'merge', 'empty.md', 'full.md').stdout).toBe(readFileSync(path.join(cwd, 'full.md'), 'utf8'))
  })

  it('merge refuses what it cannot merge', () => {
    const cwd = workspace()
    const sarif = run(cwd, '--format', 'sarif', '--summary', 'summary.md').stdout
    writeFileSync(path.join(cwd, 'a.sarif'), sarif)
    writeFileSync(path.join(cwd, 'other.sarif'), sarif.replace('"semanticVersion": "', '"semanticVersion": "9'))
    writeFileSync(path.join(cwd, 'notes.md'), '# Notes\n')
    writeFileSync(path.join(cwd, 'broken.sarif'), '{"runs": [')
    writeFileSync(path.join(cwd, 'copy.sarif'), sarif)
    copyFileSync(path.join(cwd, 'summary.md'), path.join(cwd, 'copy.md'))
    const refused: Array<[string[], string]> = [
      [[], 'merge: name the shards’ SARIF logs or job summaries (article-lint merge --help)'],
      [['a.sarif', 'summary.md'], 'merge: a.sarif is a SARIF log and summary.md is not: merge the logs and the summaries separately'],
      [['a.sarif', 'other.sarif'], 'other.sarif: comes from another version of article-lint or its rules than a.sarif'],
      [['a.sarif', 'broken.sarif'], 'broken.sarif: not a SARIF log (invalid JSON)'],
      [['summary.md', 'notes.md'], 'notes.md: not a job summary from article-lint (it starts with "## article-lint: N drafts, …")'],
      [['a.sarif', 'missing.sarif'], 'missing.sarif: no such file'],
      // One shard twice: its findings would count twice.
      [['a.sarif', './a.sarif'], 'merge: ./a.sarif is named twice'],
      [['a.sarif', 'copy.sarif'], 'copy.sarif: reports on drafts/biden-nato-summit.txt as a.sarif does: the same shard given twice?'],
      [['summary.md', 'copy.md'], 'copy.md: reports on drafts/biden-nato-summit.txt as summary.md does: the same shard given twice?'],
      // Only regular files are read: a device is not read without end, nor a FIFO waited on.
      [['a.sarif', '/dev/zero'], '/dev/zero: not a regular file (a device)'],
      [['summary.md', 'fifo'], 'fifo: not a regular file (a pipe or FIFO)']
    ]
    execFileSync('mkfifo', [path.join(cwd, 'fifo')])
    for (const [files, message] of refused) expect(run(cwd, 'merge', ...files)).toEqual({code: 2, stdout: '', stderr: `article-lint: ${message}\n`})
  })
})
