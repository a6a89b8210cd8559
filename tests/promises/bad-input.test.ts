/**
 * More bad input, through the CLI: a draft with one NUL byte in otherwise
 * valid UTF-8 text, YAML tags on a rules file's string fields, and an alias
 * bomb in a rules file whose keys are all right. Each is refused with exit 2
 * and one line naming the file (and, for rules, the line and column) and
 * what is wrong; nothing is written.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, seed, workspace} from '../cli-helpers.js'

const DRAFT = 'drafts/biden-nato-summit.txt'

describe('a draft with a NUL byte inside otherwise valid UTF-8', () => {
  it('is refused as binary (exit 2), left as it was, and nothing is written', () => {
    const cwd = workspace()
    const at = seed.indexOf('NATO')
    const bytes = Buffer.concat([seed.subarray(0, at), Buffer.from([0]), seed.subarray(at)])
    expect(new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toContain('\u0000NATO')
    writeFileSync(path.join(cwd, DRAFT), bytes)
    const result = run(cwd, DRAFT)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${DRAFT}: binary file (contains NUL bytes), not a text draft\n`)
    expect(readFileSync(path.join(cwd, DRAFT)).equals(bytes)).toBe(true)
    expect(readdirSync(path.join(cwd, 'out'))).toEqual([]) // the output folder is made before drafts are read
  })
})

describe('rules files that are refused (exit 2, file:line:column)', () => {
  /** "Billion laughs" in spelling.yml's accept list: `levels` lists of ten aliases, each to the list before. */
  const bomb = (levels: number) =>
    [
      'accept:',
      '  - &w colour',
      ...Array.from({length: levels}, (_, level) => `  - &l${level} [${Array.from({length: 10}, () => (level === 0 ? '*w' : `*l${level - 1}`)).join(', ')}]`),
      ''
    ].join('\n')
  const cases: Array<[string, string, string, string]> = [
    // YAML 1.1's !!binary builds a Buffer: it is named as the problem, at the tag, not as a Buffer where a string was expected.
    ['a !!binary tag on a string', 'spelling.yml', 'accept:\n  - lede\n  - !!binary Y29sb3Vy\n', 'spelling.yml:3:5: Unresolved tag: tag:yaml.org,2002:binary'],
    ['a !!timestamp tag on a string', 'spelling.yml', 'accept:\n  - !!timestamp 2001-12-14\n', 'spelling.yml:2:5: Unresolved tag: tag:yaml.org,2002:timestamp'],
    ['a custom !tag on a string', 'config.yml', 'spelling:\n  accept: [!colour colour]\n', 'config.yml:2:12: Unresolved tag: !colour'],
    ['an alias bomb in a list of the right key', 'spelling.yml', bomb(6), 'spelling.yml:3:10: Excessive alias count indicates a resource exhaustion attack'],
    // 40 aliases pass the fast parser's count (50); the exact parser counts what they expand to.
    ['an alias bomb of 40 aliases', 'spelling.yml', bomb(4), 'spelling.yml:3:10: Excessive alias count indicates a resource exhaustion attack']
  ]
  it.each(cases)('%s', (_, file, content, what) => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'rules', file), content)
    const result = run(cwd)
    expect(result.stderr).toBe(`article-lint: ${path.join(cwd, 'rules', what.split(':')[0]!)}:${what.split(':').slice(1).join(':')}\n`)
    expect(result.code).toBe(2)
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })
})
