/**
 * One walk of a markup syntax tree (mdast or hast) into prose: each format
 * says what a node is to the prose, the walk does the rest — text in the
 * draft's order, blocks apart, a space where something that is not prose
 * stood, headings, list items and block quotes marked.
 */
import type {Node} from 'unist'
import type {ProseBuilder} from './prose.js'

/** What a node is to the prose; `inline` is markup around prose ("**", "<a>"), read through. */
export type Role = 'text' | 'not-prose' | 'block' | 'heading' | 'item' | 'quote' | 'inline'

export interface Reading {
  role(node: Node): Role
  /** A node read its own way (front matter): true when it was. */
  own?(node: Node, builder: ProseBuilder): boolean
  /** The children to read, when not all of them (an HTML head: its title). */
  children?(node: Node): readonly Node[]
}

export function walk(tree: Node, builder: ProseBuilder, reading: Reading): void {
  let gap: '' | ' ' | '\n\n' = '\n\n'
  const visit = (node: Node): void => {
    if (reading.own?.(node, builder)) return
    const role = reading.role(node)
    if (role === 'not-prose') return void (gap ||= ' ')
    if (role === 'text') {
      const {start, end} = node.position!
      builder.between(start.offset!, gap)
      builder.add((node as Node & {value: string}).value, start.offset!, end.offset!)
      gap = ''
      return
    }
    const block = role !== 'inline'
    if (block) gap = '\n\n'
    if (role === 'heading') builder.heading()
    if (role === 'item') builder.listItem()
    const children = () => (reading.children?.(node) ?? (node as Node & {children?: Node[]}).children ?? []).forEach(visit)
    if (role === 'quote') builder.quotation(children)
    else children()
    if (block) gap = '\n\n'
  }
  visit(tree)
}
