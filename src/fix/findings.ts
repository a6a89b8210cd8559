/**
 * The draft's messages by finding and position, for the fixes made on later
 * passes: each is reported against the original message it completes (same
 * rule, same finding, same replacement, inside the range the fix replaced).
 * Looking that message up by scanning every message made the mapping
 * O(fixes × messages); here a finding's messages are found by bisection.
 */
import {messageRange, sameFinding, type LintMessage} from '../messages.js'
import {BTree} from '../sorted.js'

interface Entry {
  message: LintMessage
  start: number
  end: number
}

/** Position first, then the order the messages came in. */
type Key = readonly [start: number, order: number]

const byPosition = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1]

/** Equal for messages that say the same thing with the same fix; `sameFinding` still decides. */
function findingKey(message: LintMessage): string {
  return JSON.stringify([message.ruleId, message.messageId, message.data, message.expected?.[0]])
}

export class FindingIndex {
  private readonly byFinding = new Map<string, InstanceType<typeof BTree<Key, Entry>>>()
  private added = 0

  constructor(messages: readonly LintMessage[]) {
    for (const message of messages) this.add(message)
  }

  /** A message of the draft, after those added before it (a point-less one is never found). */
  add(message: LintMessage): void {
    const range = messageRange(message)
    if (range === undefined) return
    const key = findingKey(message)
    let tree = this.byFinding.get(key)
    if (tree === undefined) this.byFinding.set(key, (tree = new BTree<Key, Entry>(undefined, byPosition)))
    tree.set([range.start, this.added++], {message, ...range})
  }

  /** The first message added that says what `message` says, with its replacement, inside start…end. */
  find(message: LintMessage, start: number, end: number): LintMessage | undefined {
    let first: {order: number; message: LintMessage} | undefined
    this.byFinding.get(findingKey(message))?.forRange([start, -Infinity], [end, Infinity], true, ([, order], entry) => {
      if (entry.end > end || (first && first.order < order)) return
      if (sameFinding(entry.message, message) && entry.message.expected?.[0] === message.expected?.[0]) first = {order, message: entry.message}
    })
    return first?.message
  }
}
