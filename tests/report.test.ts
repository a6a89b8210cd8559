import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeDraft} from '../src/io/read-draft.js'
import {packageRoot} from '../src/package-root.js'
import {annotatedReport} from '../src/report/annotated.js'
import {annotatedHtml} from '../src/report/annotated-html.js'
import {escapeData, escapeProperty} from '../src/report/github.js'
import {formats} from '../src/report/index.js'
import {lintDraft} from '../src/run.js'
import {linter} from './helpers.js'

const DRAFT = 'drafts/biden-nato-summit.txt'
const options = {quiet: false, color: false}

function lintText(text: string, name = DRAFT) {
  return lintDraft(linter(), decodeDraft(name, Buffer.from(text)), name, {fix: true})
}

const seed = lintText(readFileSync(path.join(packageRoot, DRAFT), 'utf8'))

describe('every format on the seed draft, exactly', () => {
  // The expected files were reviewed by hand; a change to any report shows as a diff here.
  it.each(['stylish', 'json', 'github', 'markdown', 'sarif', 'rdjson'])('%s', async (format) => {
    await expect(formats[format]!([seed], options)).toMatchFileSnapshot(`fixtures/reports/biden-nato-summit.${format}.txt`)
  })

  it('the annotated report', async () => {
    await expect(annotatedReport(seed, {fixed: 'out/biden-nato-summit.fixed.txt', diff: 'out/biden-nato-summit.diff'})).toMatchFileSnapshot(
      'fixtures/reports/biden-nato-summit.report.md'
    )
  })

  it('the annotated report as HTML', async () => {
    await expect(annotatedHtml(seed, {fixed: 'out/biden-nato-summit.fixed.txt', diff: 'out/biden-nato-summit.diff'})).toMatchFileSnapshot(
      'fixtures/reports/biden-nato-summit.report.html'
    )
  })
})

describe('a finding inside text another fix replaced', () => {
  it('is resolved, not remaining', () => {
    const result = lintText('Biden has made it a priority to work with Europe on locksteps with its allies.\n')
    expect(result.output).toBe('Biden has made it a priority to work with Europe in lockstep with its allies.\n')
    const spelling = result.messages.find((message) => message.ruleId === 'spelling')!
    expect([spelling.reason, spelling.column, result.resolved.has(spelling)]).toEqual(['Unknown word `locksteps`: did you mean `lockstep`?', 53, true])
    expect(formats.stylish!([result], options)).toContain('1 fix applied, 0 remaining\n')
  })
})

describe('a fix made on a later pass', () => {
  it('is reported as the original finding it completes, at its own place', () => {
    const result = lintText('Share this article\nFollow us on Twitter\n\nMoscow warns the West over weapons deliveries.\n')
    expect(result.output).toBe('Moscow warns the West over weapons deliveries.\n')
    expect(result.passes).toBe(2)
    const boilerplate = result.messages.filter((message) => message.ruleId === 'boilerplate')
    expect(boilerplate.map((message) => [message.line, message.actual, result.fixed.has(message)])).toEqual([
      [1, 'Share this article', true],
      [2, 'Follow us on Twitter', true]
    ])
    expect(result.resolved.size).toBe(0)
  })
})

// From a hostile-input review: 160 KB of "(" crashed the report ("Maximum call stack size exceeded"), and a 50 KB draft of
// one misspelled name, over and over, printed 188 MB, every row padded to the longest reason.
describe('a draft with thousands of findings, in the terminal', () => {
  it('shows its first 1,000, says how many more the other formats hold, and cuts a long reason short', () => {
    const result = lintText(`${'Troops neared Kiev. '.repeat(1200)}\n`)
    const shown = formats.stylish!([result], options)
    const findings = result.messages.filter((message) => message.ruleId === 'phrases').length
    expect(findings).toBe(1200)
    expect(shown.split('\n').filter((line) => /^\s*\d+:\d+/u.test(line)).length).toBe(1000)
    expect(shown).toContain(`${result.messages.length - 1000} more findings in this draft than the 1000 shown here: the report files and --format json hold them all`)
    const name = Array.from({length: 80}, (_, index) => `Zor${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}ax`).join(' ')
    const long = lintText(`Officials met ${name} today.\n`)
    expect(long.messages.find((message) => message.ruleId === 'name-to-verify')!.reason.length).toBeGreaterThan(600)
    const longest = Math.max(...formats.stylish!([long], options).split('\n').map((line) => line.length))
    expect(longest).toBeLessThan(600)
  })
})

describe('a suggestion to delete', () => {
  it('reads "remove it", in one wording, in every format that lists suggestions', () => {
    const result = lintText('Macron said Europe must "to strengthen, to strengthen its own defence industry".\n')
    const reason = "Repeated phrase `to strengthen` inside a quotation: check the speaker's words before removing the second one"
    expect(formats.stylish!([result], options)).toContain(`${reason} (suggestion: remove it)`)
    expect(formats.github!([result], options)).toContain(`${reason} (suggestion: remove it)`)
    expect(formats.sarif!([result], options)).toContain(`${reason}. Suggestion: remove it.`)
  })
})

describe('github annotations', () => {
  it('escape data and properties as the toolkit does', () => {
    expect(escapeData('50% done,\r\nnext: ::error::x')).toBe('50%25 done,%0D%0Anext: ::error::x')
    expect(escapeProperty('drafts/a,b:c%.txt')).toBe('drafts/a%2Cb%3Ac%25.txt')
  })

  it('an article cannot inject a workflow command or an annotation', () => {
    const result = lintText('Leaders met in in Brussels.\n::error file=x::injected %0A\n', 'drafts/a,b: ü%.txt')
    const output = formats.github!([result], options)
    for (const line of output.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=drafts\/a%2Cb%3A ü%25\.txt,line=\d+,/)
    expect(output).toContain('::warning file=drafts/a%2Cb%3A ü%25.txt,line=1,endLine=1,col=13,endColumn=18,title=article-lint repeated-words::Repeated `in`: remove one occurrence (fixed in the corrected draft: in)')
  })
})

describe('non-ASCII names in every machine format', () => {
  it('keeps them as they are, escaped only where the medium needs it', () => {
    const result = lintText('Viktor Orbán arrived late, 50% late.\n\nOrban said: fine.\n', 'drafts/orbán.txt')
    const reason = 'Name spelled 2 ways (Viktor Orbán): Orbán (1:8), Orban (3:1); use `Orbán`'
    expect(formats.github!([result], options)).toContain(`::warning file=drafts/orbán.txt,line=3,endLine=3,col=1,endColumn=6,title=article-lint name-consistency::${reason} (fixed in the corrected draft: Orbán)`)
    expect(JSON.parse(formats.json!([result], options))[0].messages.find((m: {ruleId: string}) => m.ruleId === 'name-consistency').reason).toBe(reason)
    const sarifResult = JSON.parse(formats.sarif!([result], options)).runs[0].results.find((r: {ruleId: string}) => r.ruleId === 'name-consistency')
    expect(sarifResult.message.text).toBe(`${reason}. Fixed in the corrected draft: Orbán.`)
    expect(sarifResult.locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/orb%C3%A1n.txt')
  })
})

describe('Markdown reports', () => {
  it('show markup in the article as text', () => {
    const result = lintText('Leaders met in in Brussels. <script>alert(1)</script> and **bold** [link](http://x)\n')
    const report = annotatedReport(result, {fixed: 'a.fixed.txt', diff: 'a.diff'})
    expect(report).not.toContain('<script>')
    expect(report).toContain('\\<script\\>alert(1)\\</script\\> and \\*\\*bold\\*\\* \\[link\\](http://x)')
    // In the job summary the article's text appears only inside the fenced diff, where it is code.
    const summary = formats.markdown!([result], options)
    const outsideFences = summary.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/m, '')
    expect(summary).toContain('-Leaders met in in Brussels. <script>alert(1)</script>')
    expect(outsideFences).not.toContain('<script>')
  })
})
