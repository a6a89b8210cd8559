/**
 * Run a retext plugin from npm and bring the messages it adds into
 * article-lint's shape: each is emitted again through `report` (rule id,
 * message id and data, docs url, the map to the draft and the fix guard),
 * keeping the plugin's `source`.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {messageRange, report} from '../messages.js'
import type {MessageData} from '../render.js'

type Adapt = (message: VFileMessage, file: VFile) => {ruleId: string; messageId: string; data?: MessageData; expected?: string[]; fixable: boolean}

export function adopt(transformer: Transformer<Root, Root>, adapt: Adapt): (tree: Root, file: VFile) => void {
  return (tree, file) => {
    const before = file.messages.length
    ;(transformer as (tree: Root, file: VFile) => void)(tree, file)
    const added = file.messages.splice(before)
    for (const message of added) {
      const range = messageRange(message) ?? {start: 0, end: 0}
      const adopted = report(file, {...adapt(message, file), ...range})
      adopted.source = message.source
    }
  }
}
