/**
 * Markdown drafts: remark-parse with front matter (YAML, TOML) and GFM. The
 * prose is the text of paragraphs, headings, list items, table cells and
 * block quotes, each a block of its own, plus the front matter's prose fields
 * (`title`, `description`…). Code, inline code, HTML, images, URLs, link
 * definitions and every other front-matter key are not prose: no check reads
 * them and no fix can touch them.
 */
import type {Nodes, Root} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {parse as parseToml} from 'smol-toml'
import {unified} from 'unified'
import {isMap, isScalar, parseDocument} from 'yaml'
import {NestingError, type Markup} from './index.js'
import {Prose, type ProseBuilder} from './prose.js'
import {walk} from './walk.js'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/** Blocks: each starts a paragraph of the prose. */
const BLOCKS = new Set(['paragraph', 'tableCell', 'listItem', 'footnoteDefinition', 'root'])
/** Not prose: inside a paragraph the prose has a space where it stood, between blocks a break. */
const NOT_PROSE = new Set(['html', 'code', 'definition', 'thematicBreak'])
/** Not prose, but standing in a sentence as a word does. */
const OBJECTS = new Set(['inlineCode', 'image', 'imageReference', 'footnoteReference'])

export function readMarkdown(draft: string, options: {frontMatterProse: readonly string[]}): Markup {
  const deep = tooDeep(draft)
  if (deep) throw typeof deep === 'string' ? new NestingError(deep) : new NestingError(deep.why, deep.what)
  const tree = parser.parse(draft) as Root
  const builder = Prose.builder(draft)
  walk(tree, builder, {
    role: (node) =>
      node.type === 'text' ? 'text' : node.type === 'break' ? 'break' : OBJECTS.has(node.type) ? 'object' : NOT_PROSE.has(node.type) ? 'not-prose' : node.type === 'heading' ? 'heading' : node.type === 'listItem' ? 'item' : node.type === 'blockquote' ? 'quote' : BLOCKS.has(node.type) ? 'block' : 'inline',
    own: (node, prose) => (node.type === 'yaml' || node.type === 'toml') && (frontMatter(draft, node as Nodes & {value: string}, options.frontMatterProse, prose), true)
  })
  return {prose: builder.build(), tree, marker: commentMarker}
}

/**
 * Nesting no article has and the parser cannot follow in time: micromark's
 * containers and delimiter runs cost it more than linear time, and a tree
 * thousands of levels deep runs every recursive walk out of stack. 10 KB of
 * "- - - …" took 18 s and then overflowed; 60 KB of "*" did not end in a
 * minute. What is refused, and why, or undefined.
 */
function tooDeep(draft: string): string | {why: string; what: string} | undefined {
  if (CONTAINERS.test(draft)) return `a line opens more than ${MAX_CONTAINERS} nested lists or quotes`
  if (INDENTED.test(draft)) return `a line indented more than ${MAX_INDENT} columns`
  // A loop, not /(x)\1{1000}/, which would read a long run again from each of its characters.
  for (let at = 0, run = 0; at < draft.length; at++) {
    run = DELIMITERS.includes(draft[at]!) && draft[at] === draft[at - 1] ? run + 1 : 1
    if (run > MAX_RUN) return `a run of more than ${MAX_RUN} "${draft[at]}"`
  }
  // micromark reads each underlined heading's paragraph again: 5,700 of them (50 KB) took 10 s, 11,400 (100 KB) took 42 s.
  let underlined = 0
  let previous = ''
  for (const line of draft.split('\n')) {
    if (previous.trim() !== '' && UNDERLINE.test(line) && ++underlined > MAX_UNDERLINED) return {why: `more than ${MAX_UNDERLINED} underlined headings ("Title" over "===" or "---")`, what: 'too many headings to read'}
    previous = line
  }
  return undefined
}

const MAX_UNDERLINED = 1000
/** A setext heading's underline (src/checks/boilerplate.ts leaves furniture above one to the editor). */
export const UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*\r?$/u

const MAX_CONTAINERS = 100
const MAX_RUN = 1000
const MAX_INDENT = 400
/** List markers and quote marks opening a line; the white space after each is its own, so no two ways to match. */
const CONTAINERS = new RegExp(`^[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+|>[ \\t]*){${MAX_CONTAINERS + 1}}`, 'm')
const INDENTED = new RegExp(`^[ \\t]{${MAX_INDENT + 1}}`, 'm')
/** Emphasis and link delimiters. */
const DELIMITERS = '*_[]'

/** A prose field of the front matter: where its value is in the draft, whole or line by line, and the value as decoded where it is not the draft's own text (a quoted string). */
interface Field {
  key: string
  lines: ReadonlyArray<readonly [number, number]>
  decoded?: string
}

/** The front matter's prose fields, YAML or TOML: each string value a block of its own; keys, lists and other fields are not prose. */
function frontMatter(draft: string, node: Nodes & {value: string}, fields: readonly string[], builder: ProseBuilder): void {
  const start = draft.indexOf(node.value, node.position!.start.offset!)
  if (start < 0) return
  // A field with no text (`title: ""`) is left out: a heading with no text would make the next block one.
  const found = (node.type === 'yaml' ? yamlFields : tomlFields)(draft, node.value, start, fields).filter(({lines, decoded}) => lines.length > 0 && decoded !== '')
  // In the draft's order: the prose is built front to back.
  for (const {key, lines, decoded} of found.sort((a, b) => a.lines[0]![0] - b.lines[0]![0])) {
    builder.between(lines[0]![0], '\n\n')
    if (key === 'title' || key === 'subtitle') builder.heading()
    for (const [from, to] of lines) {
      builder.between(from, ' ')
      builder.add(decoded ?? draft.slice(from, to), from, to)
    }
  }
}

function yamlFields(draft: string, yaml: string, start: number, fields: readonly string[]): Field[] {
  const document = parseDocument(yaml, {keepSourceTokens: false})
  if (document.errors.length > 0 || !isMap(document.contents)) return []
  return document.contents.items.flatMap((pair) => {
    if (!isScalar(pair.key) || !fields.includes(String(pair.key.value)) || !isScalar(pair.value) || typeof pair.value.value !== 'string') return []
    const [from, to] = pair.value.range!
    const key = String(pair.key.value)
    // A quoted value is read as YAML decodes it (escapes and all); any other is read line by line as the draft has it.
    if (pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE') return [{key, lines: [[start + from + 1, start + to - 1]], decoded: pair.value.value}]
    return [{key, lines: scalarLines(draft, start + from, start + to, pair.value.type !== 'PLAIN')}]
  })
}

/**
 * TOML front matter (`+++`, Hugo's): smol-toml reads it, and each prose
 * field that is a top-level string is found at a `key = ` line whose string,
 * read by smol-toml alone, is the field's value (a line inside an earlier
 * multi-line string, or a table's key with another value, is passed over).
 * A string the draft has as it is is read line by line at its own offsets;
 * one with escapes is read as decoded, and fixed only where it is the
 * draft's text.
 */
function tomlFields(draft: string, toml: string, start: number, fields: readonly string[]): Field[] {
  const table = tomlOrUndefined(toml)
  return fields.flatMap((key) => {
    const value = table?.[key]
    if (typeof value !== 'string') return []
    const name = key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    for (const assignment of toml.matchAll(new RegExp(`^[ \\t]*(?:${name}|"${name}"|'${name}')[ \\t]*=[ \\t]*`, 'gmu'))) {
      const string = tomlString(toml, assignment.index + assignment[0].length)
      // The line starts a key only where what comes before it is whole TOML, not inside a multi-line string.
      if (!string || string.value !== value || !tomlOrUndefined(toml.slice(0, assignment.index))) continue
      const [from, to] = [start + string.from, start + string.to]
      return [draft.slice(from, to) === value ? {key, lines: scalarLines(draft, from, to, false)} : {key, lines: [[from, to]], decoded: value}]
    }
    return []
  })
}

/** The TOML string starting at `at`: its text's offsets (without the line break a multi-line string may open with) and its value, or undefined. */
function tomlString(toml: string, at: number): {from: number; to: number; value: string} | undefined {
  const delimiter = /^(?:"""|'''|"|')/u.exec(toml.slice(at, at + 3))?.[0]
  if (!delimiter) return undefined
  let close = delimiter === '"' ? closingQuote(toml, at + 1) : toml.indexOf(delimiter, at + delimiter.length)
  if (close < 0) return undefined
  // Up to two quotes may end a multi-line string's text just before its closing delimiter (`"""He said "no""""`).
  for (let more = 0; delimiter.length === 3 && more < 2 && toml[close + 3] === delimiter[0]; more++) close++
  const value = tomlOrUndefined(`v = ${toml.slice(at, close + delimiter.length)}`)?.v
  const opening = delimiter.length === 3 ? (/^\r?\n/u.exec(toml.slice(at + 3, at + 5))?.[0].length ?? 0) : 0
  return typeof value === 'string' ? {from: at + delimiter.length + opening, to: close, value} : undefined
}

/** The TOML's table, or undefined for text that is not TOML. */
function tomlOrUndefined(text: string): Record<string, unknown> | undefined {
  try {
    return parseToml(text)
  } catch {
    return undefined
  }
}

/** The offset of the `"` that closes a basic string whose text starts at `from` (a backslash escapes the character after it). */
function closingQuote(text: string, from: number): number {
  for (let at = from; at < text.length && text[at] !== '\n'; at++) {
    if (text[at] === '\\') at++
    else if (text[at] === '"') return at
  }
  return -1
}

/**
 * The lines of a plain or block scalar (`description: |` and what follows),
 * each without its indentation and trailing white space: what YAML makes the
 * value of, at the draft's own offsets. A block scalar's first line is its
 * header (`|`, `>-`); blank lines are left out (the builder keeps the draft's
 * white space between lines, so a blank line still parts two paragraphs).
 */
function scalarLines(draft: string, start: number, end: number, block: boolean): Array<readonly [number, number]> {
  const lines: Array<readonly [number, number]> = []
  let at = block ? draft.indexOf('\n', start) + 1 : start
  while (at > 0 && at < end) {
    const next = draft.indexOf('\n', at)
    const lineEnd = next < 0 || next > end ? end : next
    const line = draft.slice(at, lineEnd)
    const text = line.trim()
    if (text !== '') lines.push([at + line.indexOf(text), at + line.indexOf(text) + text.length])
    at = lineEnd + 1
  }
  return lines
}
