/**
 * NAME.report.html: the annotated report as one self-contained page, for an
 * editor who opens it from the CI artifact: the same model as NAME.report.md
 * (annotated-model.ts), fixes as <del>old</del> <ins>new</ins>.
 *
 * Drafts and file names are untrusted, so the page is built as a hast tree
 * and serialised by hast-util-to-html, which escapes every text and
 * attribute by construction: nothing from a draft is ever markup. No script,
 * no external asset; its Content-Security-Policy allows nothing but its own
 * style sheet (by hash), so even markup that got in could not run or load.
 */
import {createHash} from 'node:crypto'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {printable} from '../io/printable.js'
import type {Part} from '../render.js'
import type {FileResult} from '../run.js'
import {annotatedModel, type Block, type Names, type Table} from './annotated-model.js'
import {htmlPage} from './html-page.js'
import {codeText} from './markdown.js'

const STYLE = `
body { margin: 0; color: #1f2328; background: #fff; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 50rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.2rem 0.6rem; text-align: left; }
code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.9em; background: #f6f8fa; border-radius: 4px; padding: 0 0.2em; }
pre { background: #f6f8fa; border-radius: 6px; padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
del { color: #82071e; background: #ffebe9; }
ins { color: #116329; background: #dafbe1; text-decoration: none; font-weight: 600; }
mark { background: #fff8c5; color: inherit; }
sup a { text-decoration: none; }
sup + sup { margin-left: 0.25em; }
.notes { margin-top: -0.5rem; font-size: 0.95em; }
.notes li:target { background: #ddf4ff; }
.names { list-style: none; padding-left: 0.5rem; }
`

/** The policy: no source at all, but this page's own style sheet. */
const POLICY = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'`

/** `model`: as for annotatedReport. */
export function annotatedHtml(result: FileResult, files: {fixed: string; diff: string}, model = annotatedModel(result, files)): string {
  const title = `article-lint report: ${printable(model.path)}`
  const body: ElementContent[] = [h('h1', title), h('p', [h('strong', model.headline), ' ', ...parts(model.details)])]
  if (model.rules) body.push(table(model.rules))
  if (model.readability) body.push(h('h3', 'Readability'), table(model.readability))
  body.push(
    h('h2', 'The article'),
    h('p', ['Fixes are shown as ', h('del', 'old'), ' ', h('ins', 'new'), '; every finding has a number, listed under its paragraph.']),
    ...model.blocks.flatMap(block),
    ...names(model.names)
  )
  const page = htmlPage({
    title,
    first: [h('meta', {httpEquiv: 'Content-Security-Policy', content: POLICY})],
    head: [h('style', STYLE)],
    // A line break between blocks, so the page's source reads (and diffs) block by block.
    body: h('body', [h('main', body.flatMap((child) => [newline, child]).concat(newline))])
  })
  return `${page}\n`
}

/** Prose as text (controls as escapes, as the Markdown report shows them), code as <code>. */
function parts(pieces: readonly Part[]): ElementContent[] {
  return pieces.map((piece) => (piece.code ? code(piece.text) : {type: 'text', value: printable(piece.text, '\n\r\t')}))
}

const space: ElementContent = {type: 'text', value: ' '}
const newline: ElementContent = {type: 'text', value: '\n'}

function code(text: string): ElementContent {
  const value = codeText(text)
  return value === '' ? {type: 'text', value: '(nothing)'} : h('code', value)
}

function table({header, rows}: Table): Element {
  return h('table', [h('thead', h('tr', header.map((cell) => h('th', cell)))), h('tbody', rows.map((cells) => h('tr', cells.map((cell) => h('td', parts([cell]))))))])
}

function block(shown: Block): Element[] {
  if (shown.kind === 'source') return [h('pre', printable(shown.text, '\n\r\t'))]
  const runs = shown.runs.flatMap((run): ElementContent[] => {
    if (typeof run === 'string') return parts([{code: false, text: run}])
    const mark = h('sup', h('a', {href: `#finding-${run.number}`}, String(run.number)))
    const text = parts([{code: false, text: run.text}])
    if (run.replacement === undefined) return [...(run.text === '' ? [] : [h('mark', text)]), mark]
    return [h('del', text), ...(run.replacement === '' ? [] : [space, h('ins', parts([{code: false, text: run.replacement}]))]), mark]
  })
  const notes = shown.notes.map((note) => h('li', {id: `finding-${note.number}`, value: note.number, className: [note.status]}, parts(note.parts)))
  return [h('p', {className: ['article']}, runs), ...(notes.length > 0 ? [h('ol', {className: ['notes']}, notes)] : [])]
}

function names({intro, items}: Names): Element[] {
  // A checklist to print or copy from, as the Markdown report's "- [ ]": nothing here can be ticked, the page is read-only.
  const list = items.map(({name, where}) => h('li', `☐ ${printable(name)} (${where})`))
  return [h('h2', 'Names to verify'), h('p', parts(intro)), ...(list.length > 0 ? [h('ul', {className: ['names']}, list)] : [])]
}
