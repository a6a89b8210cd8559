/** The library: lintText, lintFiles and the checks as one retext plugin, each agreeing with the command. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {retext} from 'retext'
import {describe, expect, it} from 'vitest'
import {articleLint, lintFiles, lintText} from '../../src/api.js'
import {lintMessages} from '../../src/messages.js'
import {seed} from '../cli-helpers.js'
import {corrected, linter, plain, tempDir, tree} from '../helpers.js'

const text = seed.toString('utf8')

describe('the API', () => {
  it('lintText gives the command’s messages, corrected draft and diff', async () => {
    const result = await lintText(text, {path: 'drafts/biden-nato-summit.txt'})
    const byStart = (a: {start?: number}, b: {start?: number}) => (a.start ?? 0) - (b.start ?? 0)
    expect(result.messages.map(plain).sort(byStart)).toEqual(lintMessages(linter().lint(text, 'drafts/biden-nato-summit.txt')).map(plain).sort(byStart))
    expect(result.output).toBe(corrected(text))
    expect(result.diff.startsWith('--- a/drafts/biden-nato-summit.txt\n+++ b/drafts/biden-nato-summit.txt\n')).toBe(true)
    expect(result.fixed.map((message) => message.ruleId)).toContain('boilerplate')
  })

  it('lintText reads Markdown by the path’s extension, and finds the config up from it', async () => {
    const root = tempDir()
    writeFileSync(path.join(root, 'article-lint.config.yml'), 'extends: article-lint/recommended\nrules: {repeated-words: off}\n')
    const markdown = '---\ntitle: Talks in in Kiev\n---\n\n# Talks\n\nThe the talks went on in **Kiev**.\n'
    const result = await lintText(markdown, {path: 'story.md', cwd: root})
    expect(result.messages.map((message) => message.ruleId)).not.toContain('repeated-words')
    expect(result.output).toBe('---\ntitle: Talks in in Kyiv\n---\n\n# Talks\n\nThe the talks went on in **Kyiv**.\n')
  })

  it('lintFiles lints folders as the command does and, given out, writes each draft’s outputs', async () => {
    const root = tempDir()
    writeFileSync(path.join(root, 'a.txt'), 'The talks in Kiev went on.\n')
    const [result] = await lintFiles(['.'], {cwd: root, out: 'out'})
    expect(result!.path).toBe('a.txt')
    expect(result!.output).toBe('The talks in Kyiv went on.\n')
    expect(result!.outputs).toEqual({fixed: path.join(root, 'out', 'a.fixed.txt'), diff: path.join(root, 'out', 'a.diff'), report: path.join(root, 'out', 'a.report.md'), html: path.join(root, 'out', 'a.report.html')})
    expect(readFileSync(result!.outputs!.fixed, 'utf8')).toBe('The talks in Kyiv went on.\n')
    expect(existsSync(path.join(root, 'a.fixed.txt'))).toBe(false)
  })

  it('lintFiles gives each draft its nearest config, as the command does, in this thread or over workers', async () => {
    const root = tree({
      'desk/article-lint.config.yml': 'extends: article-lint/recommended\nrules: {repeated-words: off}\n',
      'desk/a.txt': 'The the talks in Kiev went on.\n',
      'b.txt': 'The the talks in Kiev went on.\n'
    })
    const rules = (results: Awaited<ReturnType<typeof lintFiles>>) => results.map((result) => [result.path, result.messages.map((message) => message.ruleId).filter((id) => id !== 'readability-summary')])
    const inThread = await lintFiles(['desk', 'b.txt'], {cwd: root})
    expect(rules(inThread)).toEqual([
      ['desk/a.txt', ['phrases']],
      ['b.txt', ['repeated-words', 'phrases']]
    ])
    const overWorkers = await lintFiles(['desk', 'b.txt'], {cwd: root, jobs: 2})
    expect(overWorkers.map(({file, ...rest}) => ({...rest, messages: rest.messages.map(plain), fixed: rest.fixed.map(plain)}))).toEqual(
      inThread.map(({file, ...rest}) => ({...rest, messages: rest.messages.map(plain), fixed: rest.fixed.map(plain)}))
    )
  })

  it('runs in someone else’s unified pipeline as one retext plugin', async () => {
    const file = await retext().use(articleLint).process('The the talks in Kiev went on.\n')
    expect(file.messages.filter((message) => message.ruleId !== 'readability-summary').map((message) => [message.ruleId, message.actual, message.expected, message.place])).toEqual([
      ['repeated-words', 'The the', ['The'], {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 8, offset: 7}}],
      ['phrases', 'Kiev', ['Kyiv'], {start: {line: 1, column: 18, offset: 17}, end: {line: 1, column: 22, offset: 21}}]
    ])
    expect(String(file)).toBe('The the talks in Kiev went on.\n')
  })
})
