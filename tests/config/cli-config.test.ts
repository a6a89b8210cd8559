/**
 * The command finds each draft's config as ESLint and Vale do: the nearest
 * up from the draft's folder, unless --config names one. One run lints
 * drafts under different configs alike in this thread and over workers, its
 * result cache keeps them apart, and --print-config shows what a draft gets.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {bundledConfig} from '../../src/package-root.js'
import {run, runWith} from '../cli-helpers.js'
import {tree} from '../helpers.js'

const SLOW = {timeout: 300_000}
const DRAFT = 'The the talks in Kiev went on.\n'

/** A newsroom's folder with a one-line config over the recommended one, and a folder without a config of its own. */
function newsroom(): string {
  return tree({
    'desk/article-lint.config.yml': 'extends: article-lint/recommended\nrules: {repeated-words: off}\nreadability: {minWords: 30}\n',
    'desk/drafts/a.txt': DRAFT,
    'other/b.txt': DRAFT
  })
}

/** Each draft's findings (less the readability summary) from a JSON report. */
function findings(stdout: string): Record<string, string[]> {
  const report = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; reason: string}>}>
  return Object.fromEntries(report.map((file) => [file.path, file.messages.filter((m) => m.ruleId !== 'readability-summary').map((m) => `${m.ruleId}: ${m.reason}`)]))
}

const KIEV = 'phrases: Unexpected `Kiev`, expected `Kyiv` (the Ukrainian spelling of the capital, AP style since 2019; "Kiev" is transliterated from Russian)'
const REPEATED = 'repeated-words: Repeated `The`: remove one occurrence'

describe('each draft’s config', SLOW, () => {
  it('is the nearest up from the draft’s folder, else the bundled one; --config gives one to every draft', () => {
    const cwd = newsroom()
    const nearest = run(cwd, '--no-fix', '--format', 'json', 'desk', 'other')
    expect(nearest.stderr).toBe('')
    expect(findings(nearest.stdout)).toEqual({'desk/drafts/a.txt': [KIEV], 'other/b.txt': [REPEATED, KIEV]})
    const given = run(cwd, '--no-fix', '--format', 'json', '--config', 'desk/article-lint.config.yml', 'desk', 'other')
    expect(findings(given.stdout)).toEqual({'desk/drafts/a.txt': [KIEV], 'other/b.txt': [KIEV]})
  })

  it('gives the same results over worker threads, each worker building a linter for each config', () => {
    const cwd = newsroom()
    const one = run(cwd, '--format', 'json', '--jobs', '1', '--out', 'one', 'desk', 'other')
    const two = runWith({ARTICLE_LINT_DEBUG: '1'}, cwd, '--format', 'json', '--jobs', '2', '--out', 'two', 'desk', 'other')
    expect(two.stderr.split('\n').filter((line) => !line.includes('code cache'))).toEqual(['article-lint: 2 linted over 2 worker threads', ''])
    expect({...two, stderr: ''}).toEqual(one)
    expect(readFileSync(path.join(cwd, 'two', 'a.report.md'), 'utf8')).toBe(readFileSync(path.join(cwd, 'one', 'a.report.md'), 'utf8'))
  })

  it('keeps each config’s results apart in the cache: a new config, or a data file nearer than the bundled one, lints only its drafts again', () => {
    const cwd = newsroom()
    const cached = () => {
      const result = runWith({ARTICLE_LINT_DEBUG: '1'}, cwd, '--cache', '--no-fix', '--format', 'json', 'desk', 'other')
      return {from: result.stderr.split('\n').find((line) => line.includes('result cache')), findings: findings(result.stdout)}
    }
    expect(cached().from).toBe('article-lint: 0 from the result cache, 2 linted in this thread')
    expect(cached()).toEqual({from: 'article-lint: 2 from the result cache, 0 linted in this thread', findings: {'desk/drafts/a.txt': [KIEV], 'other/b.txt': [REPEATED, KIEV]}})
    writeFileSync(path.join(cwd, 'other', '.article-lintrc.yml'), 'rules: {phrases: off}\n')
    expect(cached()).toEqual({from: 'article-lint: 1 from the result cache, 1 linted in this thread', findings: {'desk/drafts/a.txt': [KIEV], 'other/b.txt': [REPEATED]}})
    // The desk's own phrases.yml takes the bundled one's place for its drafts only.
    writeFileSync(path.join(cwd, 'desk', 'phrases.yml'), 'phrases:\n  - pattern: talks\n    replacement: negotiations\n    reason: house word\n')
    expect(cached()).toEqual({
      from: 'article-lint: 1 from the result cache, 1 linted in this thread',
      findings: {'desk/drafts/a.txt': ['phrases: Unexpected `talks`, expected `negotiations` (house word)', KIEV], 'other/b.txt': [REPEATED]}
    })
  })

  it('ends the run, before anything is written, on a mistake in any draft’s config', () => {
    const cwd = newsroom()
    writeFileSync(path.join(cwd, 'other', 'package.json'), '{"article-lint": {"rules": {"spelling": "loud"}}}\n')
    expect(run(cwd, 'desk', 'other')).toEqual({
      code: 2,
      stdout: '',
      stderr: `article-lint: ${path.join(cwd, 'other', 'package.json')}:1:29: invalid severity "loud": expected error, warning, info or off at article-lint.rules.spelling\n`
    })
  })
})

describe('--print-config FILE', SLOW, () => {
  it('prints the config the draft gets, where it came from, as YAML that loads to the same config', () => {
    const cwd = newsroom()
    const printed = run(cwd, '--print-config', 'desk/drafts/a.txt')
    const config = path.join(cwd, 'desk', 'article-lint.config.yml')
    expect(printed.code).toBe(0)
    expect(printed.stderr).toBe('')
    expect(printed.stdout.split('\n').slice(0, 5)).toEqual([
      '# the config of desk/drafts/a.txt',
      `# from: ${config} extends article-lint/recommended`,
      `# data files: each from the first of ${path.join(cwd, 'desk')}, ${path.dirname(bundledConfig)} that has it`,
      'rules:',
      '  repeated-words: off'
    ])
    expect(printed.stdout).toContain('\nreadability:\n  age: 19\n  minWords: 30\n  threshold: 0.5714\n')
    // Saved beside the config, it is that config, resolved.
    writeFileSync(path.join(cwd, 'desk', 'printed.yml'), printed.stdout)
    const [again, original] = [loadConfig(path.join(cwd, 'desk', 'printed.yml'), checks), loadConfig(config, checks)]
    expect([again.severities, again.options, again.formats]).toEqual([original.severities, original.options, original.formats])
  })

  it('names the bundled config, a config given with --config, and a file that does not exist yet', () => {
    const cwd = newsroom()
    expect(run(cwd, '--print-config', 'other/new.md').stdout.split('\n').slice(0, 3)).toEqual([
      '# the config of other/new.md',
      `# from: ${bundledConfig} (article-lint/recommended)`,
      `# data files: each from the first of ${path.dirname(bundledConfig)} that has it`
    ])
    writeFileSync(path.join(cwd, 'base.yml'), 'extends: desk/article-lint.config.yml\nrules: {spelling: off}\n')
    expect(run(cwd, '--config', 'base.yml', '--print-config', 'other/b.txt').stdout.split('\n').slice(0, 4)).toEqual([
      '# the config of other/b.txt',
      `# from: ${path.join(cwd, 'base.yml')} extends desk/article-lint.config.yml`,
      `# from: ${path.join(cwd, 'desk', 'article-lint.config.yml')} extends article-lint/recommended`,
      `# data files: each from the first of ${cwd}, ${path.join(cwd, 'desk')}, ${path.dirname(bundledConfig)} that has it`
    ])
  })
})
