/** Small nlcst helpers shared by checks. */
import type {Node} from 'unist'
import {toString} from 'nlcst-to-string'

export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0
}

export function endOffset(node: Node): number {
  return node.position?.end.offset ?? 0
}

/** A node's text, as nlcst-to-string gives it; a word is nearly always one text node, read without the walk. */
export function textOf(node: Node): string {
  if ('value' in node) return node.value as string
  const children = (node as {children?: Node[]}).children
  if (children?.length === 1 && 'value' in children[0]!) return children[0].value as string
  return toString(node as Parameters<typeof toString>[0])
}
