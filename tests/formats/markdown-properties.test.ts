/**
 * Generated Markdown drafts (front matter, headings, links, images, code
 * spans and blocks, HTML, lists, tables, block quotes, emphasis) with
 * translation errors in their prose and in their syntax: the corrected draft
 * changes only prose text, and a second run changes nothing. (A block of
 * page furniture loses its text, so its node: the fixture test covers it.)
 */
import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {loadFormats} from '../../src/formats/index.js'
import {decodeDraft} from '../../src/io/read-draft.js'
import {lintDraft} from '../../src/run.js'
import {linter} from '../helpers.js'

beforeAll(() => loadFormats(['a.md']))

const PROSE_FIELDS = ['title', 'description', 'summary', 'subtitle']
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** Everything but prose: the tree without positions and text values, the front matter without its prose fields. */
function syntax(markdown: string): unknown {
  const strip = (node: Nodes): unknown => {
    const {position, ...rest} = node as Nodes & {position?: unknown}
    if (node.type === 'text') return {type: 'text'}
    if (node.type === 'yaml') return {type: 'yaml', data: Object.fromEntries(Object.entries((parse(node.value) ?? {}) as object).filter(([key]) => !PROSE_FIELDS.includes(key)))}
    return 'children' in node ? {...rest, children: node.children.map((child) => strip(child as Nodes))} : rest
  }
  return strip(parser.parse(markdown) as Root)
}

const phrase = fc.constantFrom('They met in in Brussels', 'Polish President Andrzej Dudar spoke', 'Cyclone diplomacy resumed', 'troops left Kiev', 'Russia , and Poland agreed', 'to weaken, to weaken, the sanctions', 'the goverment said', 'Leaders talked')
const inline = fc.oneof(
  phrase,
  phrase.map((text) => `**${text}**`),
  phrase.map((text) => `*${text}*`),
  phrase.map((text) => `[${text}](https://example.com/kiev/the-the)`),
  fc.constant('`the the Kiev`'),
  fc.constant('![Kiev at night](/img/kiev.jpg)'),
  fc.constant('<span class="kiev">Kiev</span>')
)
const sentence = fc.array(inline, {minLength: 1, maxLength: 3}).map((parts) => `${parts.join(' ')}.`)
const block = fc.oneof(
  fc.array(sentence, {minLength: 1, maxLength: 3}).map((sentences) => sentences.join(' ')),
  fc.tuple(fc.integer({min: 1, max: 3}), phrase).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.array(sentence, {minLength: 1, maxLength: 3}).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.tuple(phrase, phrase).map(([a, b]) => `| City | Note |\n| --- | --- |\n| ${a} | ${b} |`),
  sentence.map((text) => `> ${text}`),
  fc.constant('```\nthe the Kiev , and\n```'),
  fc.constant('<!-- the the Kiev -->')
)
const frontMatter = fc.option(phrase.map((title) => `---\ntitle: ${title}\ntags: [kiev, the]\nimage: /img/kiev-summit.jpg\n---\n\n`), {nil: ''})
const drafts = fc.tuple(frontMatter, fc.array(block, {minLength: 1, maxLength: 6})).map(([head, blocks]) => `${head}${blocks.join('\n\n')}\n`)

const correct = (text: string) => lintDraft(linter(), decodeDraft('a.md', Buffer.from(text)), 'a.md', {fix: true}).output

describe('a Markdown draft’s fixes', () => {
  it('change only prose text, and a second run changes nothing', () => {
    let changed = 0
    fc.assert(
      fc.property(drafts, (draft) => {
        const output = correct(draft)
        if (output !== draft) changed++
        expect(syntax(output)).toEqual(syntax(draft))
        expect(correct(output)).toBe(output)
      }),
      {numRuns: 150, seed: 20261207}
    )
    expect(changed).toBeGreaterThan(100) // the errors are fixed, not only left alone
  })
})
