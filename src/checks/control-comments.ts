/**
 * Control comments in Markdown and HTML drafts, in unified-message-control's
 * syntax: `<!--article-lint disable quotes-->` … `<!--article-lint enable
 * quotes-->`, `<!--article-lint ignore phrases-->` for the next block, and
 * without rule ids for every rule. This check reports the comments that name
 * no known rule or keyword; the pipeline applies the others once every check
 * has run (src/pipeline.ts).
 */
import {z} from 'zod'
import type {Node} from 'unist'
import type {Markup} from '../formats/index.js'
import {catalogue, report} from '../messages.js'
import {defineCheck} from './check.js'

export const CONTROL_NAME = 'article-lint'
const VERBS = new Set(['enable', 'disable', 'ignore'])

declare module 'vfile' {
  interface DataMap {
    /** The draft's syntax tree and comment marker, for markup drafts. */
    markup: Markup
  }
}

/** A comment's control: its verb and rule ids, if it is one of ours. */
export function controlOf(mark: {name: string; attributes: string} | null | undefined | void): {verb: string; rules: string[]; valid: boolean} | undefined {
  if (!mark || mark.name !== CONTROL_NAME) return undefined
  const [verb = '', ...rules] = mark.attributes.split(/\s+/).filter(Boolean)
  return {verb, rules, valid: VERBS.has(verb)}
}

/** Every control comment of a markup draft, with its verb, rule ids and place in the draft. */
function controlComments(markup: Markup | undefined): Array<{node: Node; verb: string; rules: string[]; valid: boolean}> {
  const found: Array<{node: Node; verb: string; rules: string[]; valid: boolean}> = []
  if (!markup?.tree || !markup.marker) return found
  const visit = (node: Node) => {
    const control = controlOf(markup.marker!(node))
    if (control) found.push({node, ...control})
    for (const child of (node as {children?: Node[]}).children ?? []) visit(child)
  }
  visit(markup.tree)
  return found
}

export const controlCommentsCheck = defineCheck({
  name: 'control-comments',
  fixes: false,
  rules: {
    'control-comment': {
      severity: 'warning',
      description: 'A control comment that names no known rule or keyword.',
      docs: 'control-comment',
      messages: {
        'unknown-rule': 'Unknown rule `{{rule}}` in a control comment: it controls nothing',
        'unknown-keyword': 'Unknown keyword `{{verb}}` in a control comment: expected `enable`, `disable` or `ignore`'
      }
    }
  },
  options: z.strictObject({}),
  plugin() {
    return (_tree, file) => {
      for (const {node, verb, rules, valid} of controlComments(file.data.markup)) {
        const place = {start: node.position!.start.offset!, end: node.position!.end.offset!, inDraft: true as const}
        if (!valid) report(file, {ruleId: 'control-comment', messageId: 'unknown-keyword', data: {verb}, ...place})
        for (const rule of rules) if (!catalogue.has(rule)) report(file, {ruleId: 'control-comment', messageId: 'unknown-rule', data: {rule}, ...place})
      }
    }
  }
})
