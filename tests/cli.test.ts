import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, runWith, seed, workspace} from './cli-helpers.js'
import {tempDir} from './helpers.js'

describe('article-lint CLI', () => {
  it('sees a change to the user’s gazetteer on the next run (its compiled index is cached by content)', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'bridge.txt'), 'Mayor Ostrenka Belzivorr opened the new bridge over the river on Monday.\n')
    const findings = () => (JSON.parse(run(cwd, '--format', 'json', 'drafts/bridge.txt').stdout) as Array<{messages: Array<{ruleId: string; reason: string; expected: string[]}>}>)[0]!.messages.filter((m) => m.ruleId.startsWith('name'))
    expect(findings()).toMatchObject([{ruleId: 'name-to-verify', reason: 'Name to verify: `Ostrenka Belzivorr` is in neither the gazetteer nor the dictionary'}])
    writeFileSync(path.join(cwd, 'rules', 'names.local.yml'), 'people:\n  - name: Ostrenka Belzivor\n    country: Poland\n    roles: [{role: Mayor}]\n')
    expect(findings()).toMatchObject([{ruleId: 'name-misspelled', reason: 'Unexpected `Belzivorr`, expected `Belzivor` (Ostrenka Belzivor, Mayor (Poland))', expected: ['Belzivor']}])
  })

  it('runs from V8’s code cache once a run has made it, and makes it again when it is unusable', () => {
    const cwd = workspace()
    const env = {ARTICLE_LINT_CACHE: tempDir(), ARTICLE_LINT_DEBUG: '1'}
    const codeCache = () => {
      const [build] = readdirSync(env.ARTICLE_LINT_CACHE)
      const [name] = readdirSync(path.join(env.ARTICLE_LINT_CACHE, build!)).filter((file) => file.startsWith('code-cache-'))
      return path.join(env.ARTICLE_LINT_CACHE, build!, name!)
    }
    const first = runWith(env, cwd, '--format', 'json')
    expect(first.stderr).toBe('article-lint: code cache made\n')
    const made = readFileSync(codeCache())
    expect(made.length).toBeGreaterThan(100_000)
    const second = runWith(env, cwd, '--format', 'json')
    expect(second).toEqual({...first, stderr: 'article-lint: code cache used\n'})
    expect(readFileSync(codeCache())).toEqual(made) // a cache V8 accepted is not written again
    writeFileSync(codeCache(), 'not a code cache')
    expect(runWith(env, cwd, '--format', 'json')).toEqual({...first, stderr: 'article-lint: code cache rejected, made again\n'})
    expect(readFileSync(codeCache()).length).toBeGreaterThan(100_000)
  })

  it('lints drafts/ by default, writes the four outputs and leaves the draft alone', () => {
    const cwd = workspace()
    const result = run(cwd)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1) // the seed has error-severity findings (mangled names)
    for (const name of ['biden-nato-summit.fixed.txt', 'biden-nato-summit.diff', 'biden-nato-summit.report.md', 'biden-nato-summit.report.html']) {
      expect(existsSync(path.join(cwd, 'out', name))).toBe(true)
    }
    expect(readFileSync(path.join(cwd, 'drafts', 'biden-nato-summit.txt'))).toEqual(seed)
    expect(result.stdout).toMatch(/^\d+ fixes applied, \d+ remaining$/m)
  })

  it('writes a diff that git apply accepts and that yields the corrected draft', () => {
    const cwd = workspace()
    run(cwd, '--out', 'elsewhere')
    const git = (...args: string[]) => spawnSync('git', args, {cwd, encoding: 'utf8'})
    git('init', '-q')
    expect(git('apply', '--check', 'elsewhere/biden-nato-summit.diff').stderr).toBe('')
    expect(git('apply', 'elsewhere/biden-nato-summit.diff').status).toBe(0)
    expect(readFileSync(path.join(cwd, 'drafts', 'biden-nato-summit.txt'), 'utf8')).toBe(readFileSync(path.join(cwd, 'elsewhere', 'biden-nato-summit.fixed.txt'), 'utf8'))
  })

  it('prints JSON with positions, suggestions, severity and fixability', () => {
    const cwd = workspace()
    const result = run(cwd, '--format', 'json', '--out', 'json-out', 'drafts/biden-nato-summit.txt')
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report[0]!.path).toBe('drafts/biden-nato-summit.txt')
    expect(report[0]!.messages.find((m) => m.actual === 'Dudar')).toMatchObject({
      ruleId: 'name-misspelled',
      source: 'article-lint',
      line: 49,
      column: 198,
      endLine: 49,
      endColumn: 203,
      expected: ['Duda'],
      fatal: true,
      severity: 'error',
      fixable: true,
      status: 'fixed'
    })
    expect(existsSync(path.join(cwd, 'json-out', 'biden-nato-summit.report.md'))).toBe(true)
  })

  it('with --no-fix writes only the report, and --quiet hides info', () => {
    const cwd = workspace()
    const result = run(cwd, '--no-fix', '--quiet', '--format', 'json')
    expect(existsSync(path.join(cwd, 'out', 'biden-nato-summit.fixed.txt'))).toBe(false)
    expect(existsSync(path.join(cwd, 'out', 'biden-nato-summit.report.md'))).toBe(true)
    const messages = (JSON.parse(result.stdout) as Array<{messages: Array<{severity: string; status: string}>}>)[0]!.messages
    expect(messages.some((m) => m.severity === 'info')).toBe(false)
    expect(messages.some((m) => m.status === 'fixed')).toBe(false)
  })

  it('exits 0 on a clean draft, and 1 with --frail when it has warnings', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'biden-nato-summit.txt'), 'Leaders met in Brussels on Thursday.\n')
    expect(run(cwd).code).toBe(0)
    writeFileSync(path.join(cwd, 'drafts', 'biden-nato-summit.txt'), 'Leaders met in in Brussels on Thursday.\n')
    expect(run(cwd, '--no-fix').code).toBe(0)
    expect(run(cwd, '--no-fix', '--frail').code).toBe(1)
  })

  it('exits 2 with one line on stderr for usage, input and config errors', () => {
    const cwd = workspace()
    const cases: Array<[string[], string]> = [
      [['--format', 'xml'], 'article-lint: unknown --format "xml": use stylish, json, github, markdown, sarif, rdjson\n'],
      [['--bogus'], "article-lint: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\"\n"],
      [['missing.txt'], 'article-lint: missing.txt: no such file or directory\n']
    ]
    for (const [args, stderr] of cases) {
      const result = run(cwd, ...args)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(stderr)
    }
    writeFileSync(path.join(cwd, 'rules', 'config.yml'), 'rules:\n  repeated-words: loud\n')
    const bad = run(cwd)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(`article-lint: ${path.join(cwd, 'rules', 'config.yml')}:2:3: invalid severity "loud": expected error, warning, info or off at rules.repeated-words\n`)
  })
})
