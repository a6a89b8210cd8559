/**
 * HTML drafts (a CMS export): rehype-parse. The prose is the text of the
 * elements, each block element (p, h1–h6, li, td, blockquote…) a block of
 * its own; script, style, pre, code and the like, comments and attribute
 * values are not prose: no check reads them and no fix can touch them.
 */
import type {Element, Nodes, Root} from 'hast'
import {commentMarker} from 'mdast-comment-marker'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Node} from 'unist'
import type {Markup} from './index.js'
import {Prose} from './prose.js'
import {walk} from './walk.js'

const parser = unified().use(rehypeParse)

const SKIPPED = new Set(['script', 'style', 'pre', 'xmp', 'listing', 'plaintext', 'template', 'noscript', 'textarea', 'select'])
/** Not prose, but standing in a sentence as a word does (markdown.ts has the same). */
const OBJECTS = new Set(['code', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'img'])
const BLOCKS = new Set(
  'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead title tr ul'.split(' ')
)

export function readHtml(draft: string): Markup {
  const tree = parser.parse(draft) as Root
  const builder = Prose.builder(draft)
  walk(tree, builder, {
    role(node) {
      if (node.type === 'text') return node.position ? 'text' : 'not-prose'
      if (node.type !== 'element' && node.type !== 'root') return 'not-prose' // comments, the doctype
      const tag = (node as Element).tagName ?? ''
      if (tag === 'br') return 'break'
      if (OBJECTS.has(tag)) return 'object'
      if (SKIPPED.has(tag)) return 'not-prose'
      if (/^h[1-6]$/.test(tag)) return 'heading'
      if (tag === 'li') return 'item'
      if (tag === 'blockquote' || tag === 'q') return 'quote'
      return BLOCKS.has(tag) ? 'block' : 'inline'
    },
    children: (node) => ((node as Element).tagName === 'head' ? (node as Element).children.filter((child) => child.type === 'element' && child.tagName === 'title') : (node as Element).children)
  })
  return {prose: builder.build(), tree: withoutBlankText(tree), marker: htmlMarker}
}

/** A comment read as Markdown's `<!--…-->` marker, so both formats take the same control comments. */
function htmlMarker(node: Node) {
  return node.type === 'comment' ? commentMarker({type: 'html', value: `<!--${(node as unknown as {value: string}).value}-->`, position: node.position}) : undefined
}

/** The tree without white-space-only text: "ignore" means the next element, not the line break before it. */
function withoutBlankText<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node
  const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')).map((child) => withoutBlankText(child as Nodes))
  return {...node, children} as T
}
