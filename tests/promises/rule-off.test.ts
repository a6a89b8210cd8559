/**
 * A rule set to `off` in the config is not reported — by the linter, in the
 * CLI's JSON — and its fixes are not applied; every other rule is reported
 * as before. The seed draft ends on "Leave a Comment", a boilerplate finding
 * the fixer removes.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {lintMessages} from '../../src/messages.js'
import {createLinter} from '../../src/pipeline.js'
import {run, seed, workspace} from '../cli-helpers.js'
import {bundledConfigWith, corrected, linter, plain} from '../helpers.js'

const text = seed.toString('utf8')
const OFF = ['rules: {}\n', 'rules:\n  boilerplate: off\n'] as const

describe('a rule set to off', () => {
  it('is not reported by the linter nor fixed, and the other rules are reported as with the bundled config', () => {
    const bundled = lintMessages(linter().lint(text))
    expect(bundled.filter((message) => message.ruleId === 'boilerplate').map((message) => message.actual)).toEqual(['Leave a Comment'])
    const lint = createLinter(loadConfig(bundledConfigWith(...OFF), checks))
    const messages = lintMessages(lint.lint(text))
    expect(messages.filter((message) => message.ruleId === 'boilerplate')).toEqual([])
    expect(messages.map(plain)).toEqual(bundled.filter((message) => message.ruleId !== 'boilerplate').map(plain))
    // The bundled config's fix removes the last line with the blank line before it; off, both stay.
    expect(corrected(text, lint)).toBe(`${corrected(text)}\nLeave a Comment`)
  })

  it('is absent from the CLI’s JSON and the corrected draft keeps its text; the other rules’ findings are unchanged', () => {
    type Json = Array<{messages: Array<{ruleId: string; line: number; column: number; reason: string; status: string}>}>
    const cwd = workspace()
    const bundled = JSON.parse(run(cwd, '--format', 'json', '--out', 'bundled').stdout) as Json
    const config = bundledConfigWith(...OFF)
    const result = run(cwd, '--format', 'json', '--out', 'off', '--config', config)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const messages = (JSON.parse(result.stdout) as Json)[0]!.messages
    const rules = (list: Json[0]['messages']) => [...new Set(list.map((message) => message.ruleId))].sort()
    expect(rules(bundled[0]!.messages)).toContain('boilerplate')
    expect(rules(messages)).toEqual(rules(bundled[0]!.messages).filter((rule) => rule !== 'boilerplate'))
    expect(messages).toEqual(bundled[0]!.messages.filter((message) => message.ruleId !== 'boilerplate'))
    const fixed = (out: string) => readFileSync(path.join(cwd, out, 'biden-nato-summit.fixed.txt'), 'utf8')
    expect(fixed('off')).toBe(`${fixed('bundled')}\nLeave a Comment`)
  })
})
