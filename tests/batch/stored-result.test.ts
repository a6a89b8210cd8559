/**
 * A result stored as plain data (for the result cache and worker threads) and
 * made again prints exactly what the original prints, in every format, and
 * writes exactly the same outputs.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {deserialize, serialize} from 'node:v8'
import path from 'node:path'
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {lintForRun} from '../../src/batch/lint-batch.js'
import {startRun} from '../../src/batch/lint-files.js'
import {fromStored, toStored} from '../../src/batch/stored-result.js'
import {loadFormats} from '../../src/formats/index.js'
import {outputPaths, writeOutputs} from '../../src/io/outputs.js'
import {decodeDraft} from '../../src/io/read-draft.js'
import {packageRoot} from '../../src/package-root.js'
import {annotatedReport} from '../../src/report/annotated.js'
import {annotatedHtml} from '../../src/report/annotated-html.js'
import {formats} from '../../src/report/index.js'
import {lintDraft, type FileResult} from '../../src/run.js'
import {linter, tempDir} from '../helpers.js'

const seedText = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')
const fixture = (name: string) => readFileSync(path.join(packageRoot, 'tests', 'fixtures', 'formats', name), 'utf8')
/** Markdown with blocks that are not prose (code, a comment) and one that is (a table) between paragraphs: the annotated report shows the others as they are. */
const markup = `# Summit in Vilnius\n\nThe the leaders met on Tuesday.\n\n\`\`\`\nsome code here\n\`\`\`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<!-- a note -->\n\nPresident Joe Biden said the alliance stood united.\n`

beforeAll(async () => {
  await loadFormats(['a.md', 'a.html'])
})

function lint(text: string, name: string, fix = true): FileResult {
  return lintDraft(linter(), decodeDraft(name, Buffer.from(text)), name, {fix})
}

/** Every report and output of a result, as the CLI would print and write them. */
function everything(result: FileResult): Record<string, string> {
  const printed = Object.fromEntries(Object.entries(formats).flatMap(([name, format]) => [false, true].map((quiet) => [`${name}${quiet ? ' --quiet' : ''}`, format([result], {quiet, color: false})])))
  const color = formats.stylish!([result], {quiet: false, color: true})
  return {...printed, 'stylish (color)': color, report: annotatedReport(result, {fixed: 'out/x.fixed.txt', diff: 'out/x.diff'}), html: annotatedHtml(result, {fixed: 'out/x.fixed.txt', diff: 'out/x.diff'}), output: result.output, diff: result.diff}
}

/** Through the same serialisation the cache file and a worker's message use. */
function replayed(result: FileResult): FileResult {
  return fromStored(deserialize(serialize(toStored(result))), result.draft)
}

describe('a stored result, made again', () => {
  it.each([
    ['the seed draft', seedText, 'drafts/biden-nato-summit.txt', true],
    ['the seed draft, --no-fix', seedText, 'drafts/biden-nato-summit.txt', false],
    ['the seed as Markdown', fixture('biden-nato-summit.md'), 'drafts/biden-nato-summit.md', true],
    ['the seed as HTML', fixture('biden-nato-summit.html'), 'drafts/biden-nato-summit.html', true],
    ['Markdown with code, a table and a comment', markup, 'drafts/summit.md', true]
  ])('%s: prints and writes exactly what the original does', (_, text, name, fix) => {
    const original = lint(text, name, fix)
    expect(original.messages.length).toBeGreaterThan(0)
    expect(everything(replayed(original))).toEqual(everything(original))
  })

  it('keeps which messages were fixed and which resolved by another fix', () => {
    const original = lint('Biden has made it a priority to work with Europe on locksteps with its allies.\n', 'drafts/a.txt')
    expect(original.resolved.size).toBe(1)
    const again = replayed(original)
    const positions = (result: FileResult, set: ReadonlySet<unknown>) => result.messages.flatMap((message, index) => (set.has(message) ? [index] : []))
    expect(positions(again, again.fixed)).toEqual(positions(original, original.fixed))
    expect(positions(again, again.resolved)).toEqual(positions(original, original.resolved))
  })

  it('shows blocks that are not prose as they are, as the original report does', () => {
    const report = annotatedReport(replayed(lint(markup, 'drafts/summit.md')), {fixed: 'x', diff: 'y'})
    expect(report).toContain('````\n```\nsome code here\n```\n````')
    expect(report).toContain('```\n<!-- a note -->\n```')
  })

  it('keeps the annotated reports rendered with the lint, as they would be rendered for its outputs', () => {
    const draft = decodeDraft('drafts/summit.md', Buffer.from(markup))
    const result = lintForRun(linter(), draft, 'drafts/summit.md', {fix: true, reports: true})
    const paths = outputPaths(tempDir(), 'drafts/summit.md')
    expect(result.reports).toEqual({report: annotatedReport(result, paths), html: annotatedHtml(result, paths)})
    expect(result.reports!.report).toContain('`summit.fixed.md`')
    expect(replayed(result).reports).toEqual(result.reports)
    expect(lintForRun(linter(), draft, 'drafts/summit.md', {fix: true}).reports).toBeUndefined()
  })

  it('writes the reports a replayed result holds, without rendering them again', () => {
    const result = replayed(lint(markup, 'drafts/summit.md'))
    result.reports = {report: 'kept report\n', html: '<p>kept page</p>\n'}
    const paths = outputPaths(tempDir(), 'drafts/summit.md')
    writeOutputs(result, paths, {fix: true, shown: (file) => file})
    expect([readFileSync(paths.report, 'utf8'), readFileSync(paths.html, 'utf8'), readFileSync(paths.fixed, 'utf8')]).toEqual(['kept report\n', '<p>kept page</p>\n', result.output])
  })

  it('keeps no rendered report once the outputs are written: a run holds every result until it prints its report', async () => {
    const root = tempDir()
    const draft = path.join(root, 'a.txt')
    writeFileSync(draft, 'The talks in Kiev went on.\n')
    const run = await startRun([draft], root, {fix: true, jobs: 1, out: 'out'})
    const {result} = await run.lint(draft)
    expect(result.reports).toBeUndefined()
    expect(readFileSync(path.join(root, 'out', 'a.report.md'), 'utf8')).toContain('`a.fixed.txt`')
  })

  it('holds for drafts made of real sentences in any order (property)', () => {
    const sentences = seedText.split(/(?<=\.)\s+/).filter((sentence) => sentence.length > 0)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 8}), fc.constantFrom('a.txt', 'a.md'), (picked, name) => {
        const original = lint(`${picked.join(' ')}\n`, name)
        expect(everything(replayed(original))).toEqual(everything(original))
      }),
      {numRuns: 25}
    )
  })
})
