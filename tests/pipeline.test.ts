import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Root} from 'nlcst'
import {adopt} from '../src/checks/adopt.js'
import {defineCheck} from '../src/checks/check.js'
import {report, lintMessages} from '../src/messages.js'
import {packageRoot} from '../src/package-root.js'
import {sentences} from '../src/text/paragraphs.js'
import {z} from 'zod'
import {linterFor} from './checks/artifacts.js'
import {linter, plain} from './helpers.js'

const seed = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')

describe('the fixer’s re-lints', () => {
  it('find every finding of a whole lint but those of the report-only checks', () => {
    const reportOnly = new Set(['fragment', 'readability', 'readability-summary', 'name-to-verify'])
    const whole = lintMessages(linter().lint(seed))
    expect(whole.filter((message) => reportOnly.has(message.ruleId!)).length).toBe(8)
    expect(linter().lintForFixes(seed).map(plain)).toEqual(whole.filter((message) => !reportOnly.has(message.ruleId!)).map(plain))
  })

  it('rely on report-only checks never offering a fix: one that does is a failed check', () => {
    const liar = defineCheck({
      name: 'liar',
      fixes: false,
      rules: {liar: 'warning'},
      options: z.strictObject({}),
      plugin: () => (_tree, file) => {
        report(file, {ruleId: 'liar', reason: 'Say `x`', start: 0, end: 1, expected: ['x'], fixable: true})
      }
    })
    expect(() => linterFor(liar).lint('a')).toThrow('check "liar" failed: it is declared report-only but offers a fix (liar)')
  })

  it('leave the findings of the lint before them where they were, though they move its nodes and points', () => {
    // An npm plugin may place its message on a node's own points, as `file.message(reason, node)` does.
    const lastWord = defineCheck({
      name: 'last-word',
      rules: {'last-word': 'warning'},
      options: z.strictObject({}),
      plugin: () =>
        adopt(
          (tree, file) => void file.message('Last word', {place: sentences(tree as Root).at(-1)!.sentence.children.findLast((node) => node.type === 'WordNode')!.position}),
          () => ({ruleId: 'last-word', fixable: false})
        )
    })
    const lint = linterFor(lastWord)
    const first = lintMessages(lint.lint('The talks began.\n\nThey went on.'))
    expect(first.map(plain).map(({start, end}) => [start, end])).toEqual([[28, 30]])
    // The re-lint's text is longer before the second paragraph: the parser moves that paragraph's nodes, and their points.
    lint.lintForFixes('The talks began at last.\n\nThey went on.')
    expect(first.map(plain).map(({start, end}) => [start, end])).toEqual([[28, 30]])
  })
})
