/**
 * Kept linters: a config's linter is built once a process and used again
 * while the config resolves the same and no rule data file it loaded has
 * changed; a change of either builds a new one, whose findings follow it.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {linterFor} from '../../src/batch/linters.js'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {lintMessages} from '../../src/messages.js'
import {tree} from '../helpers.js'

const rule = (pattern: string, replacement: string) => `  - {pattern: ${pattern}, replacement: ${replacement}, reason: a calque}\n`
const PHRASES = `phrases:\n${rule('cyclone diplomacy', 'whirlwind diplomacy')}`
const DRAFT = 'It was cyclone diplomacy and typhoon diplomacy.\n'

/** The phrase rules the linter found in DRAFT, as `actual → expected`. */
function phrasesFound(file: string): string[] {
  const {linter} = linterFor(loadConfig(file, checks))
  return lintMessages(linter.lint(DRAFT, 'a.txt'))
    .filter((message) => message.ruleId === 'phrases')
    .map((message) => `${message.actual} → ${message.expected?.join(' | ')}`)
}

describe('kept linters', () => {
  it('gives the same linter for the same config loaded again, and a new one when a rule data file it loaded changes', () => {
    const root = tree({'article-lint.config.yml': 'extends: article-lint/recommended\n', 'phrases.yml': PHRASES})
    const config = path.join(root, 'article-lint.config.yml')
    const first = linterFor(loadConfig(config, checks))
    expect(linterFor(loadConfig(config, checks))).toBe(first)
    expect(first.files()).toContain(path.join(root, 'phrases.yml'))
    expect(phrasesFound(config)).toEqual(['cyclone diplomacy → whirlwind diplomacy'])

    writeFileSync(path.join(root, 'phrases.yml'), PHRASES + rule('typhoon diplomacy', 'shuttle diplomacy'))
    expect(linterFor(loadConfig(config, checks))).not.toBe(first)
    expect(phrasesFound(config)).toEqual(['cyclone diplomacy → whirlwind diplomacy', 'typhoon diplomacy → shuttle diplomacy'])
  })

  it('builds a new linter when the config resolves differently', () => {
    const root = tree({'article-lint.config.yml': 'extends: article-lint/recommended\n', 'phrases.yml': PHRASES})
    const config = path.join(root, 'article-lint.config.yml')
    const first = linterFor(loadConfig(config, checks))
    writeFileSync(config, 'extends: article-lint/recommended\nrules:\n  phrases: off\n')
    expect(linterFor(loadConfig(config, checks))).not.toBe(first)
    expect(phrasesFound(config)).toEqual([])
  })
})
