/** Small nlcst helpers shared by checks. */
import type {Node} from 'unist'

export function startOffset(node: Node): number {
  return node.position?.start.offset ?? 0
}

export function endOffset(node: Node): number {
  return node.position?.end.offset ?? 0
}
