/**
 * What an article or a file name holds can neither act on a terminal or a CI
 * log (control characters, line breaks) nor change a Markdown report's
 * layout (list markers, rules, backticks): checked on exact output, and for
 * Markdown by parsing what the reports write as GitHub does (remark-gfm).
 */
import fc from 'fast-check'
import type {Root, RootContent} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {decodeDraft} from '../src/io/read-draft.js'
import {printable} from '../src/io/printable.js'
import {annotatedReport} from '../src/report/annotated.js'
import {formats} from '../src/report/index.js'
import {code, escapeMarkdown} from '../src/report/markdown.js'
import {summary} from '../src/report/summary.js'
import {lintDraft} from '../src/run.js'
import {linter} from './helpers.js'

const options = {quiet: false, color: false}
const gfm = unified().use(remarkParse).use(remarkGfm)

function lintText(text: string, name: string) {
  return lintDraft(linter(), decodeDraft(name, Buffer.from(text)), name, {fix: true})
}

/** A copyright line is page furniture: its reason quotes the whole line, ESC and BEL included. */
const HOSTILE = 'Leaders met in Brussels.\n\nCopyright 2024 News\u001b[2J\u0007 Corp\n'
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u

describe('printable', () => {
  it('writes controls, line separators and bidirectional overrides as escapes, keeping what it is told to', () => {
    expect(printable('a\nb\r\tc\u001b[2J\u0007\u007f\u009b\u2028\u202edone')).toBe('a\\nb\\r\\tc\\x1b[2J\\x07\\x7f\\x9b\\u2028\\u202edone')
    expect(printable('line one\nline two\u0007', '\n')).toBe('line one\nline two\\x07')
    expect(printable('Zelenskyy – Kyiv’s “plan”')).toBe('Zelenskyy – Kyiv’s “plan”')
  })
})

describe('terminal and log reports', () => {
  const result = lintText(HOSTILE, 'drafts/a\n::error::forged.txt')

  it('stylish: the file name on one line, ESC and BEL from the article as escapes', () => {
    const output = formats.stylish!([result], options)
    expect(output).not.toMatch(RAW_CONTROL)
    expect(output.split('\n')[0]).toBe('drafts/a\\n::error::forged.txt')
    expect(output).toContain('warning Page furniture, not article text: `Copyright 2024 News\\x1b[2J\\x07 Corp` (copyright line): remove the line [fixed]')
  })

  it('github: every line a command of ours; the file name escaped as the toolkit does, ESC and BEL as escapes', () => {
    const output = formats.github!([result], options)
    expect(output).not.toMatch(RAW_CONTROL)
    for (const line of output.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=drafts\/a%0A%3A%3Aerror%3A%3Aforged\.txt,line=\d+,/)
    expect(output).toContain(
      '::warning file=drafts/a%0A%3A%3Aerror%3A%3Aforged.txt,line=3,endLine=3,col=1,endColumn=30,title=article-lint boilerplate::Page furniture, not article text: `Copyright 2024 News\\x1b[2J\\x07 Corp` (copyright line): remove the line (fixed in the corrected draft: removed)\n'
    )
  })

  it('Markdown reports: the file name in one heading line, controls as escapes', () => {
    const report = annotatedReport(result, {fixed: 'a.fixed.txt', diff: 'a.diff'})
    expect(report).not.toMatch(RAW_CONTROL)
    expect(report.split('\n')[0]).toBe('# article-lint report: drafts/a\\\\n::error::forged.txt')
    expect(report).toContain('<del>Copyright 2024 News\\\\x1b\\[2J\\\\x07 Corp</del><sup>1</sup>')
    expect(report).toContain('Page furniture, not article text: `Copyright 2024 News\\x1b[2J\\x07 Corp` (copyright line): remove the line.')
    const jobSummary = summary([result])
    expect(jobSummary).not.toMatch(RAW_CONTROL)
    expect(jobSummary).toContain('\n### drafts/a\\\\n::error::forged.txt\n')
  })
})

describe('the annotated report keeps its layout whatever the article holds', () => {
  it('backticks, a "---" line and "1)" items stay text; the reasons stay whole', () => {
    const text = 'Leaders met in in Brussels with `code` and ``more``.\n---\n1) The first point is that leaders met.\n2) Second point, the the end.\n\nThe word `in in` there and 3. in in it.\n'
    const report = annotatedReport(lintText(text, 'drafts/b.txt'), {fixed: 'b.fixed.txt', diff: 'b.diff'})
    const article = report.slice(report.indexOf('Leaders met'), report.indexOf('\n\n## Names to verify'))
    expect(article).toBe(
      [
        'Leaders met <del>in in</del> <ins>in</ins><sup>1</sup> Brussels with \\`code\\` and \\`\\`more\\`\\`.',
        '\\---',
        '1\\) The first point is that leaders met.',
        '2\\) Second point, <del>the the</del> <ins>the</ins><sup>2</sup> end.',
        '',
        '1. ✅ Fixed · `repeated-words` (warning, line 1): Repeated `in`: remove one occurrence. `in in` → `in`',
        '2. ✅ Fixed · `repeated-words` (warning, line 4): Repeated `the`: remove one occurrence. `the the` → `the`',
        '',
        'The word \\`<del>in in</del> <ins>in</ins><sup>3</sup>\\` there and 3. <del>in in</del> <ins>in</ins><sup>4</sup> it.',
        '',
        '3. ✅ Fixed · `repeated-words` (warning, line 6): Repeated `in`: remove one occurrence. `in in` → `in`',
        '4. ✅ Fixed · `repeated-words` (warning, line 6): Repeated `in`: remove one occurrence. `in in` → `in`'
      ].join('\n')
    )
    // As GitHub reads it: two paragraphs, each followed by its list of findings, and nothing else.
    const tree = gfm.parse(article)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph', 'list'])
  })
})

/** Markdown's own characters, line starts that open blocks, URLs, entities, controls. */
const pieces = fc.constantFrom(...'ab1 \n-=+*_`#>|~[]()!<&.:)\\\t'.split(''), 'http://x.y', 'www.a.com', 'a@b.co', '&amp;', '1.', '1)', '---', '    ', '\u001b', '\u0007')
const texts = fc.array(pieces, {maxLength: 14}).map((parts) => parts.join(''))
const visible = (text: string) => printable(text, '\n\r\t')

/** The text a tree shows, white space aside (line breaks, hard or soft, are not what is checked). */
function shown(node: RootContent | Root): string {
  const own = 'value' in node ? node.value : ''
  return own.replace(/\s+/g, '') + ('children' in node ? node.children.map(shown).join('') : '')
}

describe('Markdown escaping, as GitHub parses it', () => {
  it('escapeMarkdown: any one paragraph of text is one paragraph that shows that text', () => {
    fc.assert(
      fc.property(
        texts.map((text) => text.trim()).filter((text) => text !== '' && !/\n\s*\n/.test(text)),
        (text) => {
          const tree = gfm.parse(escapeMarkdown(text))
          expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
          expect(shown(tree)).toBe(visible(text).replace(/\s+/g, ''))
        }
      ),
      {numRuns: 1000}
    )
  })

  it('code: any text is one code span that holds it, line breaks as ⏎', () => {
    fc.assert(
      fc.property(
        texts.filter((text) => text !== ''),
        (text) => {
          const [paragraph] = gfm.parse(`x ${code(text)} y`).children
          expect(paragraph).toMatchObject({type: 'paragraph', children: [{type: 'text'}, {type: 'inlineCode', value: printable(text.replace(/\r?\n/g, '⏎'), '\t')}, {type: 'text'}]})
        }
      ),
      {numRuns: 1000}
    )
  })
})
