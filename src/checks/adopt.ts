/**
 * Run a retext plugin from npm and bring the messages it adds into
 * article-lint's shape: each is emitted again through `report` (rule id,
 * message id and data, docs url, the map to the draft and the fix guard),
 * keeping the plugin's `source`.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {messageRange, report, withoutStack} from '../messages.js'
import type {MessageData} from '../render.js'

/** A retext plugin's transformer, as these plugins are: synchronous, adding messages to the file. */
export type PluginTransform = (tree: Root, file: VFile) => void

type Adapt = (message: VFileMessage, file: VFile) => {ruleId: string; messageId: string; data?: MessageData; expected?: string[]; fixable: boolean}

/** `gather`: the plugin's messages as findings, before each is adopted (several joined into one, say); by default each is one. */
export function adopt(transformer: PluginTransform, adapt: Adapt, gather = (messages: VFileMessage[], _file: VFile) => messages): PluginTransform {
  return (tree, file) => {
    const before = file.messages.length
    // Without the stack trace each message (an Error) would capture: a plugin may report thousands.
    withoutStack(() => transformer(tree, file))
    for (const message of gather(file.messages.splice(before), file)) {
      const range = messageRange(message) ?? {start: 0, end: 0}
      const adopted = report(file, {...adapt(message, file), ...range})
      adopted.source = message.source
    }
  }
}
