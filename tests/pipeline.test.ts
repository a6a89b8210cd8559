import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {dataOf, defineCheck} from '../src/checks/check.js'
import {checks as allChecks} from '../src/checks/index.js'
import {nameConsistency} from '../src/checks/name-consistency.js'
import {names as namesCheck} from '../src/checks/names.js'
import {namesToVerify} from '../src/checks/names-to-verify.js'
import {report, lintMessages, type SeverityOrOff} from '../src/messages.js'
import {runnable} from '../src/pipeline.js'
import {loadFormats} from '../src/formats/index.js'
import {VFile} from 'vfile'
import {packageRoot} from '../src/package-root.js'
import {z} from 'zod'
import {linterFor} from './checks/artifacts.js'
import {corrected, linter, plain} from './helpers.js'

const seed = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')

await loadFormats(['a.md'])

describe('the fixer’s re-lints', () => {
  it('find every finding of a whole lint but those of the report-only checks', () => {
    const reportOnly = new Set(['readability', 'readability-summary', 'name-to-verify'])
    const whole = lintMessages(linter().lint(seed))
    expect(whole.filter((message) => reportOnly.has(message.ruleId!)).length).toBe(7)
    expect(linter().lintForFixes(seed).map(plain)).toEqual(whole.filter((message) => !reportOnly.has(message.ruleId!)).map(plain))
  })

  it('rely on report-only checks never offering a fix: one that does is a failed check', () => {
    const liar = defineCheck({
      name: 'liar',
      fixes: false,
      rules: {liar: {severity: 'warning', description: 'Says x.', docs: 'liar', messages: {say: 'Say `{{what}}`'}}},
      options: z.strictObject({}),
      plugin: () => (_tree, file) => {
        report(file, {ruleId: 'liar', messageId: 'say', data: {what: 'x'}, start: 0, end: 1, expected: ['x'], fixable: true})
      }
    })
    expect(() => linterFor(liar).lint('a')).toThrow('check "liar" failed: it is declared report-only but offers a fix (liar)')
  })
})

describe('the order of checks', () => {
  const names = (list: readonly {name: string}[]) => list.map((check) => check.name)
  const severities = (rules: Record<string, SeverityOrOff>) => new Map(Object.entries(rules))

  it('runs a check after the checks it needs, whatever the list’s order', () => {
    expect(names(runnable([nameConsistency, namesToVerify, namesCheck], severities({})))).toEqual(['names', 'name-consistency', 'names-to-verify'])
  })

  it('skips a check whose rules are all off, unless a running check needs it', () => {
    const off = severities({spelling: 'off', 'name-misspelled': 'off', 'name-style': 'off', 'name-to-verify': 'off'})
    // quotes runs before repeated-words and repeated-phrase, which need its quotations; names runs, for name-consistency.
    expect(names(runnable(allChecks, off))).toEqual([
      'quotes',
      'repeated-words',
      'repeated-phrase',
      'brackets',
      'punctuation',
      'boilerplate',
      'fragments',
      'phrases',
      'names',
      'name-consistency',
      'readability',
      'readability-summary',
      'control-comments'
    ])
    const quotesOff = severities({quotes: 'off'})
    expect(names(runnable(allChecks, quotesOff))).toContain('quotes') // the others need its quotations
    const allNamesOff = severities({'name-misspelled': 'off', 'name-style': 'off', 'name-to-verify': 'off', 'name-consistency': 'off'})
    expect(names(runnable(allChecks, allNamesOff))).not.toContain('names')
  })

  it('refuses to build without a needed check, or with checks that need each other', () => {
    expect(() => runnable([nameConsistency], severities({}))).toThrow('check "name-consistency" needs check "names", which is not among the checks')
    const a = {...namesCheck, name: 'a', needs: ['b']}
    const b = {...namesCheck, name: 'b', needs: ['a']}
    expect(() => runnable([a, b], severities({}))).toThrow('checks need each other in a circle: a → b → a')
  })

  it('lets a check that reads missing data fail loudly instead of finding nothing', () => {
    const file = new VFile('Zelensky and Zelenskyy')
    expect(() => dataOf(file, 'names')).toThrow('no "names" data: the check that gives it did not run before this one')
  })
})

describe('the fixer’s re-lints and what checks need', () => {
  it('run a report-only check that a fixing check needs', () => {
    const giver = defineCheck({
      name: 'giver',
      fixes: false,
      rules: {giver: {severity: 'warning', description: 'Gives quotations.', docs: 'giver', messages: {none: 'None'}}},
      options: z.strictObject({}),
      plugin: () => (_tree, file) => void (file.data.quotations = [{open: 0, end: 3}])
    })
    const taker = defineCheck({
      name: 'taker',
      needs: ['giver'],
      rules: {taker: {severity: 'warning', description: 'Takes quotations.', docs: 'taker', messages: {quoted: 'Quoted `{{count}}`'}}},
      options: z.strictObject({}),
      plugin: () => (_tree, file) => void report(file, {ruleId: 'taker', messageId: 'quoted', data: {count: dataOf(file, 'quotations').length}, start: 0, end: 1, expected: ['x'], fixable: true})
    })
    expect(linterFor([taker, giver]).lintForFixes('abc').map((message) => message.reason)).toEqual(['Quoted `1`'])
  })
})

describe('addresses', () => {
  const lint = linter()
  const found = (text: string, path?: string) => lintMessages(lint.lint(text, path)).filter((message) => message.ruleId !== 'readability-summary').map(({ruleId, actual}) => `${ruleId} ${actual}`)

  it('drop a finding inside a URL, an e-mail address or a bare domain, in any format, and keep the same words outside one', () => {
    const text = 'See https://www.reuters.com/world/europe/kiev-talks-resume for more. Contact press@kiev-embassy.org or kiev.ua today, in Kiev.\n'
    expect(found(text)).toEqual(['phrases Kiev'])
    expect(corrected(text)).toBe(text.replace('in Kiev.', 'in Kyiv.'))
    expect(found(`Read <https://kiev.example> and ${text}`, 'a.md')).toEqual(['phrases Kiev'])
    // An insertion inside one: no space is put after the comma of a path.
    expect(found('Read www.example.com/a,b today.\n')).toEqual([])
  })

  it('take in social handles and hashtags, but not a word that follows a letter', () => {
    expect(found('Follow @zelenskyyua and #standwithukrainee, or (@kievpost).\n')).toEqual([])
    expect(found('They met in Kiev. #Kiev trended, and @Kiev_Post wrote.\n')).toEqual(['phrases Kiev'])
    expect(found('They met in Kiev#kiev today.\n')).toEqual(['phrases Kiev', 'phrases kiev', 'spelling kiev'])
  })

  it('are not sentences glued together: "Kiev.It" is no domain under .it', () => {
    expect(found('The troops left Kiev.It was late.\n')).toContain('phrases Kiev')
  })
})
