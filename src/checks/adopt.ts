/**
 * Run a retext plugin from npm and bring the messages it adds into
 * article-lint's shape (rule id, message id and data, docs url, fixability),
 * keeping its `source`.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleUrl, templateOf, type LintMessage} from '../messages.js'
import {render, type MessageData} from '../render.js'

type Adapt = (message: VFileMessage, file: VFile) => {ruleId: string; messageId: string; data?: MessageData; expected?: string[]; fixable: boolean}

export function adopt(transformer: Transformer<Root, Root>, adapt: Adapt): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const before = file.messages.length
    ;(transformer as (tree: Root, file: VFile) => void)(tree, file)
    for (const message of file.messages.slice(before) as LintMessage[]) {
      const {ruleId, messageId, data = {}, expected, fixable} = adapt(message, file)
      message.ruleId = ruleId
      message.messageId = messageId
      message.data = data
      message.reason = message.message = render(templateOf(message), data)
      if (expected !== undefined) message.expected = expected
      message.url = ruleUrl(ruleId)
      message.fixable = fixable && (message.expected?.length ?? 0) === 1
      message.severity = 'warning'
    }
  }
}
