/**
 * NAME.report.html: the annotated report as a page. It says what
 * NAME.report.md says (compared block by block as a browser and GitHub read
 * them), and a hostile draft or file name (script, event handlers,
 * javascript: links, a closing </style>, quotes that would end an attribute)
 * only ever shows as text: the page, parsed as a browser parses it, has no
 * script, no handler, no link out and one style sheet, the one its policy
 * allows by hash.
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Element, Root as HtmlRoot, RootContent as HtmlContent} from 'hast'
import type {Root as MarkdownRoot, RootContent as MarkdownContent} from 'mdast'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadFormats} from '../src/formats/index.js'
import {decodeDraft} from '../src/io/read-draft.js'
import {packageRoot} from '../src/package-root.js'
import {annotatedReport} from '../src/report/annotated.js'
import {annotatedHtml} from '../src/report/annotated-html.js'
import {lintDraft, type FileResult} from '../src/run.js'
import {run, workspace} from './cli-helpers.js'
import {linter} from './helpers.js'

const FILES = {fixed: 'out/a.fixed.txt', diff: 'out/a.diff'}
const html = unified().use(rehypeParse)
const gfm = unified().use(remarkParse).use(remarkGfm)

beforeAll(async () => {
  await loadFormats(['a.md', 'a.html'])
})

function lint(text: string, name: string): FileResult {
  return lintDraft(linter(), decodeDraft(name, Buffer.from(text)), name, {fix: true})
}

type Node = HtmlRoot | HtmlContent
const isElement = (node: Node): node is Element => node.type === 'element'

function elements(node: Node): Element[] {
  const children = 'children' in node ? (node.children as Node[]) : []
  return [...(isElement(node) ? [node] : []), ...children.flatMap(elements)]
}

/** The text a node shows; with `without`, less the text of those elements. */
function htmlText(node: Node, without: readonly string[] = []): string {
  if (node.type === 'text') return node.value
  if (isElement(node) && without.includes(node.tagName)) return ''
  return 'children' in node ? (node.children as Node[]).map((child) => htmlText(child, without)).join('') : ''
}

/** The same for Markdown as GitHub parses it: the tags of inline HTML (<del>, <ins>, <sup>) aside. */
function markdownText(node: MarkdownRoot | MarkdownContent): string {
  if (node.type === 'html') return ''
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map(markdownText).join('') : ''
}

/** The article's blocks as [kind, text]: paragraphs, blocks shown as they are, and each finding's description. */
function htmlArticle(page: string): Array<[string, string]> {
  const main = elements(html.parse(page)).find((element) => element.tagName === 'main')!
  const blocks = main.children.filter(isElement)
  const from = blocks.findIndex((element) => element.tagName === 'h2' && htmlText(element) === 'The article') + 2
  const to = blocks.findIndex((element) => element.tagName === 'h2' && htmlText(element) === 'Names to verify')
  return blocks.slice(from, to).flatMap((element): Array<[string, string]> => {
    if (element.tagName === 'ol') return element.children.filter(isElement).map((item) => ['finding', htmlText(item)])
    return [[element.tagName === 'pre' ? 'as it is' : 'paragraph', htmlText(element)]]
  })
}

function markdownArticle(report: string): Array<[string, string]> {
  const blocks = gfm.parse(report).children
  const from = blocks.findIndex((node) => node.type === 'heading' && markdownText(node) === 'The article') + 2
  const to = blocks.findIndex((node) => node.type === 'heading' && markdownText(node) === 'Names to verify')
  return blocks.slice(from, to).flatMap((node): Array<[string, string]> => {
    if (node.type === 'list') return node.children.map((item) => ['finding', markdownText(item)])
    return [[node.type === 'code' ? 'as it is' : 'paragraph', markdownText(node)]]
  })
}

describe('the HTML report says what the Markdown report says', () => {
  it.each([
    ['drafts/biden-nato-summit.txt', 'drafts/biden-nato-summit.txt'],
    ['drafts/biden-nato-summit.md', 'tests/fixtures/formats/biden-nato-summit.md'],
    ['drafts/biden-nato-summit.html', 'tests/fixtures/formats/biden-nato-summit.html']
  ])('%s: every paragraph, block and finding, in order', (name, file) => {
    const result = lint(readFileSync(path.join(packageRoot, file), 'utf8'), name)
    const article = htmlArticle(annotatedHtml(result, FILES))
    expect(article).toEqual(markdownArticle(annotatedReport(result, FILES)))
    expect(article.filter(([kind]) => kind === 'finding').length).toBeGreaterThan(15)
  })

  it('the summary, the tables and the names to verify too', () => {
    const result = lint(readFileSync(path.join(packageRoot, 'drafts/biden-nato-summit.txt'), 'utf8'), 'drafts/biden-nato-summit.txt')
    const page = html.parse(annotatedHtml(result, FILES))
    const main = elements(page).find((element) => element.tagName === 'main')!
    const shown = main.children.filter(isElement).map((element) => htmlText(element))
    expect(shown.slice(0, 2)).toEqual([
      'article-lint report: drafts/biden-nato-summit.txt',
      '23 findings: 14 fixed, 1 resolved by another fix, 8 remaining. Corrected draft: a.fixed.txt · diff: a.diff · 1 fix pass'
    ])
    const rows = (table: Element) => elements(table).filter((element) => element.tagName === 'tr').map((row) => row.children.filter(isElement).map((cell) => htmlText(cell)).join(' | '))
    const [rules, readability] = elements(main).filter((element) => element.tagName === 'table')
    expect(rows(rules!).slice(0, 2)).toEqual(['Rule | Severity | Found | Fixed | Remaining', 'boilerplate | warning | 1 | 1 | 0'])
    expect(rows(readability!).at(-1)).toBe('Words / sentences | 965 / 43')
    expect(shown.slice(-3)).toEqual([
      'Names to verify',
      'In neither the gazetteer nor the dictionary: check each, then add it to rules/accepted-names.yml to silence it.',
      '☐ Elizabeth Schulz (line 71)'
    ])
  })
})

/** An article paragraph as the draft has it: less each replacement (<ins>, and the space before it) and the findings' numbers. */
function asDrafted(paragraph: Element): string {
  const kept = paragraph.children.filter((child, index, all) => {
    const next = all[index + 1]
    const beforeInsertion = child.type === 'text' && child.value === ' ' && next !== undefined && isElement(next) && next.tagName === 'ins'
    return !beforeInsertion && !(isElement(child) && ['ins', 'sup'].includes(child.tagName))
  })
  return kept.map((child) => htmlText(child)).join('')
}

/** Markup and script in every place a draft can put text: a paragraph, a quoted line, a name, a link. */
const HOSTILE = [
  'Polish President Andrzej Dudar met <b>Biden</b> in Warsaw.',
  '',
  'Copyright 2024 <img src=x onerror=alert(1)></style><script>alert(1)</script> News',
  '',
  `He said "<a href="javascript:alert(1)">click</a>" and '><svg onload=alert(1)> <iframe srcdoc="<script>alert(1)</script>"></iframe>.`,
  ''
].join('\n')
const HOSTILE_NAME = `drafts/<script>alert(1)</script>" onmouseover="alert(1)' x='.txt`
const ELEMENTS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'strong', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'ins', 'mark', 'sup', 'a', 'ol', 'ul', 'li', 'pre'])

/** What a browser would find in the page that could run, load or leave it. */
function checkInert(page: string): void {
  const tree = html.parse(page)
  const all = elements(tree)
  expect([...new Set(all.map((element) => element.tagName))].filter((tag) => !ELEMENTS.has(tag))).toEqual([])
  expect(all.filter((element) => element.tagName === 'script')).toEqual([])
  expect(all.flatMap((element) => Object.keys(element.properties)).filter((name) => /^on/i.test(name))).toEqual([])
  expect(all.flatMap((element) => Object.values(element.properties).map(String)).filter((value) => /javascript:/i.test(value))).toEqual([])
  // Links only to the page's own findings.
  expect(all.filter((element) => element.tagName === 'a').map((link) => String(link.properties.href)).filter((href) => !/^#finding-\d+$/.test(href))).toEqual([])
  // One style sheet, the page's own, and the policy allows it by its hash and nothing else.
  const styles = all.filter((element) => element.tagName === 'style')
  expect(styles).toHaveLength(1)
  const hash = createHash('sha256').update(htmlText(styles[0]!)).digest('base64')
  const policy = all.filter((element) => element.tagName === 'meta' && element.properties.httpEquiv?.toString() === 'Content-Security-Policy').map((meta) => meta.properties.content)
  expect(policy).toEqual([`default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`])
  expect(all.filter((element) => element.properties.style !== undefined)).toEqual([])
}

describe('the HTML report of a hostile draft', () => {
  it('shows the draft’s markup and the file name as text, and nothing in it can run or load', () => {
    const result = lint(HOSTILE, HOSTILE_NAME)
    const page = annotatedHtml(result, FILES)
    checkInert(page)
    expect(htmlText(html.parse(page))).toContain(`article-lint report: ${HOSTILE_NAME}`)
    // The article as the draft has it: the page's text less the replacements (<ins>) and the findings' numbers.
    const article = elements(html.parse(page)).filter((element) => element.properties.className?.toString() === 'article')
    expect(article.map(asDrafted)).toEqual(HOSTILE.split('\n').filter(Boolean))
  })

  it('renders a fix and its description exactly', () => {
    const page = annotatedHtml(lint(HOSTILE, HOSTILE_NAME), FILES)
    expect(page).toContain('\n<h1>article-lint report: drafts/&#x3C;script>alert(1)&#x3C;/script>" onmouseover="alert(1)\' x=\'.txt</h1>\n')
    expect(page).toContain(
      '\n<p class="article">Polish President Andrzej <del>Dudar</del> <ins>Duda</ins><sup><a href="#finding-1">1</a></sup> met &#x3C;b>Biden&#x3C;/b> in Warsaw.</p>\n' +
        '<ol class="notes"><li id="finding-1" value="1" class="fixed">✅ Fixed · <code>name-misspelled</code> (error, line 1): Unexpected <code>Dudar</code>, expected <code>Duda</code> (Andrzej Duda, President (Poland) 2015–2025). <code>Dudar</code> → <code>Duda</code></li></ol>\n'
    )
    // A line of page furniture that holds a closing </style> and a script: struck out as text, its description with it as code.
    expect(page).toContain(
      '<p class="article"><del>Copyright 2024 &#x3C;img src=x onerror=alert(1)>&#x3C;/style>&#x3C;script>alert(1)&#x3C;/script> News</del><sup><a href="#finding-2">2</a></sup><sup><a href="#finding-3">3</a></sup></p>'
    )
  })

  it.each([
    ['a Markdown draft', 'drafts/a.md', `# Summit\n\n<script>alert(1)</script>\n\n${HOSTILE}\n<div onclick="alert(1)">x</div>\n\n[click](javascript:alert(1)) ![x](javascript:alert(1))\n`],
    ['an HTML draft', 'drafts/a.html', `<html><head><style>body{}</style><script>alert(1)</script></head><body>\n<p>${HOSTILE.replace(/\n\n/g, '</p>\n<p>')}</p>\n<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>\n</body></html>\n`]
  ])('%s: its markup shown as it is, as text', (_, name, draft) => {
    const page = annotatedHtml(lint(draft, name), FILES)
    checkInert(page)
    expect(htmlText(html.parse(page))).toContain('<script>alert(1)</script>')
  })
})

describe('NAME.report.html on the command line', () => {
  it('is written beside NAME.report.md, for a draft whose name holds markup', () => {
    const cwd = workspace()
    const name = `<img src=x onerror=alert(1)>"'.txt`
    writeFileSync(path.join(cwd, 'drafts', name), HOSTILE)
    const linted = run(cwd, 'drafts')
    expect([linted.code, linted.stderr]).toEqual([1, ''])
    const base = name.slice(0, -'.txt'.length)
    expect(readdirSync(path.join(cwd, 'out')).filter((file) => file.startsWith(base)).sort()).toEqual([`${base}.diff`, `${base}.fixed.txt`, `${base}.report.html`, `${base}.report.md`])
    const page = readFileSync(path.join(cwd, 'out', `${base}.report.html`), 'utf8')
    checkInert(page)
    expect(page).toBe(annotatedHtml(lint(HOSTILE, `drafts/${name}`), {fixed: `out/${base}.fixed.txt`, diff: `out/${base}.diff`}))
  })
})
