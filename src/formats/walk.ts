/**
 * One walk of a markup syntax tree (mdast or hast) into prose: each format
 * says what a node is to the prose, the walk does the rest — text in the
 * draft's order, blocks apart, a space where something that is not prose
 * stood, an object where the sentence names one (inline code, an image),
 * headings, list items and block quotes marked.
 */
import type {Node} from 'unist'
import type {ProseBuilder} from './prose.js'

/**
 * What a node is to the prose; `inline` is markup around prose ("**", "<a>"),
 * read through; an `object` is not prose but stands in a sentence as a word
 * does ("run `npm test`.", an image); a `break` is a line break (`<br>`), which
 * ends a line of a list as a line of plain text does.
 */
export type Role = 'text' | 'not-prose' | 'object' | 'break' | 'block' | 'heading' | 'item' | 'quote' | 'inline'

export interface Reading {
  role(node: Node): Role
  /** A node read its own way (front matter): true when it was. */
  own?(node: Node, builder: ProseBuilder): boolean
  /** The children to read, when not all of them (an HTML head: its title). */
  children?(node: Node): readonly Node[]
}

type Gap = Parameters<ProseBuilder['between']>[1]

export function walk(tree: Node, builder: ProseBuilder, reading: Reading): void {
  let gap: Gap = '\n\n'
  // Objects wait for the block's first text: one alone in its block (an image as a paragraph) is no sentence.
  let waiting: Array<{start: number; end: number; gap: Gap}> | undefined = []
  const object = (start: number, end: number) => {
    if (waiting) waiting.push({start, end, gap})
    else builder.object(start, end, gap)
    gap = ''
  }
  const newBlock = () => {
    gap = '\n\n'
    waiting = []
  }
  const visit = (node: Node): void => {
    if (reading.own?.(node, builder)) return
    const role = reading.role(node)
    if (role === 'object' && node.position) return object(node.position.start.offset!, node.position.end.offset!)
    if (role === 'break') return void (gap = gap === '\n\n' ? gap : '\n')
    if (role === 'not-prose' || role === 'object') return void (gap ||= ' ')
    if (role === 'text') {
      const {start, end} = node.position!
      for (const {start, end, gap} of waiting ?? []) builder.object(start, end, gap)
      waiting = undefined
      builder.between(start.offset!, gap)
      builder.add((node as Node & {value: string}).value, start.offset!, end.offset!)
      gap = ''
      return
    }
    const block = role !== 'inline'
    if (block) newBlock()
    if (role === 'heading') builder.heading()
    if (role === 'item') builder.listItem()
    const children = () => (reading.children?.(node) ?? (node as Node & {children?: Node[]}).children ?? []).forEach(visit)
    if (role === 'quote') builder.quotation(children)
    else children()
    if (block) newBlock()
  }
  visit(tree)
}
