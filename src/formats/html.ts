/**
 * HTML drafts (a CMS export): rehype-parse. The prose is the text of the
 * elements, each block element (p, h1–h6, li, td, blockquote…) a block of
 * its own; script, style, pre, code and the like, comments and attribute
 * values are not prose: no check reads them and no fix can touch them.
 */
import type {Nodes, Root} from 'hast'
import {commentMarker} from 'mdast-comment-marker'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Node} from 'unist'
import type {Markup} from './index.js'
import {Prose} from './prose.js'

const parser = unified().use(rehypeParse)

const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'var', 'template', 'noscript', 'svg', 'math', 'textarea', 'iframe', 'object', 'select'])
const BLOCKS = new Set(
  'address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead title tr ul'.split(' ')
)

export function readHtml(draft: string): Markup {
  const tree = parser.parse(draft) as Root
  const builder = Prose.builder(draft)
  let gap: '' | ' ' | '\n\n' = '\n\n'
  const visit = (node: Nodes): void => {
    if (node.type === 'text' && node.position) {
      builder.between(node.position.start.offset!, gap)
      builder.add(node.value, node.position.start.offset!, node.position.end.offset!)
      gap = ''
      return
    }
    if (node.type === 'comment' || node.type === 'doctype') return void (gap ||= ' ')
    if (node.type === 'element') {
      if (SKIPPED.has(node.tagName) || node.tagName === 'br' || node.tagName === 'img') return void (gap ||= ' ')
      if (node.tagName === 'head') {
        for (const child of node.children) if (child.type === 'element' && child.tagName === 'title') visit(child)
        return
      }
    }
    if (!('children' in node)) return
    const block = node.type === 'element' && BLOCKS.has(node.tagName)
    if (block) gap = '\n\n'
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) builder.heading()
    const children = () => node.children.forEach((child) => visit(child))
    if (node.type === 'element' && (node.tagName === 'blockquote' || node.tagName === 'q')) builder.quotation(children)
    else children()
    if (block) gap = '\n\n'
  }
  visit(tree)
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
