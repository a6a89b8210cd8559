/**
 * Every rule carries its metadata (default severity, description, docs,
 * message templates), the README's rule reference says the same, and every
 * message a check emits renders from a template its data fills.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {lintMessages, templateOf} from '../../src/messages.js'
import {packageRoot} from '../../src/package-root.js'
import {slotsOf} from '../../src/render.js'
import {linter} from '../helpers.js'

const rules = checks.flatMap((check) => Object.entries(check.rules).map(([id, rule]) => ({id, check: check.name, ...rule})))
const readme = readFileSync(path.join(packageRoot, 'README.md'), 'utf8')

describe('rule metadata', () => {
  it('is complete for every rule, and rule ids are unique', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length)
    for (const rule of rules) {
      expect(['error', 'warning', 'info', 'off'], rule.id).toContain(rule.severity)
      expect(rule.description, rule.id).toMatch(/^[A-Z].{10,}\.$/u)
      expect(rule.docs, rule.id).toMatch(/^[a-z-]+$/)
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0)
    }
  })

  it('is what the README’s rule table says, and each rule’s docs heading is there', () => {
    const table = rules.map((rule) => `| [\`${rule.id}\`](#${rule.docs}) | ${rule.severity} | ${rule.description} |`)
    expect(readme).toContain(['| Rule | Default | What it finds |', '| --- | --- | --- |', ...table].join('\n'))
    for (const rule of rules) expect(readme, rule.id).toMatch(new RegExp(`^#### ${rule.docs}$`, 'm'))
  })

  it('leaves no severity to rules/config.yml: the bundled config changes none', () => {
    expect(readFileSync(path.join(packageRoot, 'rules', 'config.yml'), 'utf8')).toMatch(/^rules: \{\}$/m)
  })
})

describe('every message on the seed and the names corpus', () => {
  const corpus = path.join(packageRoot, 'tests', 'fixtures', 'names-eval')
  const texts = [path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), ...readdirSync(corpus).filter((name) => name.endsWith('.txt')).map((name) => path.join(corpus, name))]
  const messages = texts.flatMap((file) => lintMessages(linter().lint(readFileSync(file, 'utf8'))))

  it('renders its rule’s template, whose every slot its data fills and no more', () => {
    expect(messages.length).toBeGreaterThan(300)
    for (const message of messages) {
      const template = templateOf(message)
      expect(Object.keys(message.data).sort(), `${message.ruleId}/${message.messageId}`).toEqual([...new Set(slotsOf(template))].sort())
    }
  })
})
