/**
 * Run a retext plugin from npm and bring the messages it adds into
 * article-lint's shape (rule id, docs url, fixability), keeping its `source`.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl, type LintMessage} from '../messages.js'

type Adapt = (message: VFileMessage, file: VFile) => {ruleId: string; reason?: string; expected?: string[]; fixable: boolean}

export function adopt(transformer: Transformer<Root, Root>, adapt: Adapt): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const before = file.messages.length
    ;(transformer as (tree: Root, file: VFile) => void)(tree, file)
    for (const message of file.messages.slice(before) as LintMessage[]) {
      // A plugin may place a message on a node's own points, which the next parse moves (src/text/segments.ts): keep copies.
      if (message.place) message.place = 'start' in message.place ? {start: {...message.place.start}, end: {...message.place.end}} : {...message.place}
      const {ruleId, reason, expected, fixable} = adapt(message, file)
      message.ruleId = ruleId
      if (reason !== undefined) message.reason = message.message = reason
      if (expected !== undefined) message.expected = expected
      message.url = ruleUrl(ruleId)
      message.fixable = fixable && (message.expected?.length ?? 0) === 1
      message.severity = 'warning'
    }
  }
}
