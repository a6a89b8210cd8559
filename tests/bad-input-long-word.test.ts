/**
 * A row of the README's bad-input table (beside tests/bad-input.test.ts): one
 * unknown word thousands of letters long. The spelling suggester's work grows
 * with the square of a word's length (2,000 letters took over 300 s and
 * 1.2 GB); past 30 letters it looks for no suggestion.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, workspace} from './cli-helpers.js'

describe('input that is linted', () => {
  it('an unknown word of 2,000 letters: reported, without suggestions', () => {
    const cwd = workspace()
    const long = 'sanctoins'.repeat(223).slice(0, 2000)
    writeFileSync(path.join(cwd, 'drafts', 'long-word.txt'), `The ${long} resumed.\n`)
    const result = run(cwd, '--format', 'json', 'drafts/long-word.txt')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [report] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string; expected: string[]; line: number; column: number}>}>
    expect(report!.messages.filter((message) => message.ruleId === 'spelling')).toMatchObject([{reason: `Unknown word \`${long}\`: no close dictionary word`, expected: [], line: 1, column: 5}])
  })
})
