import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {boilerplate} from '../../src/checks/boilerplate.js'
import type {Check} from '../../src/checks/check.js'
import {fragments} from '../../src/checks/fragments.js'
import {phrases} from '../../src/checks/phrases.js'
import {quotes} from '../../src/checks/quotes.js'
import {brackets} from '../../src/checks/brackets.js'
import {punctuation} from '../../src/checks/punctuation.js'
import {repeatedPhrase} from '../../src/checks/repeated-phrase.js'
import {spelling} from '../../src/checks/spelling.js'
import {lintMessages} from '../../src/messages.js'
import {packageRoot} from '../../src/package-root.js'
import {plain} from '../helpers.js'
import {corrected, linterFor, rulesFile} from './artifacts.js'

/** The phrases data of the bundled config (phrases.yml, places.yml, calques/). */
const phraseFiles = [(parse(readFileSync(rulesFile('config.yml'), 'utf8')) as {phrases: {file: string | string[]}}).phrases.file].flat()
const checks: Check[] = [repeatedPhrase, quotes, brackets, punctuation, boilerplate, fragments, phrases, spelling]
const yaml = [
  `repeated-phrase:\n  file: ${rulesFile('repetition.yml')}`,
  `boilerplate:\n  file: ${rulesFile('boilerplate.yml')}`,
  `phrases:\n  file: [${phraseFiles.map((file) => JSON.stringify(rulesFile(file))).join(', ')}]`,
  `spelling:\n  file: ${rulesFile('spelling.yml')}`,
  ''
].join('\n')
const lint = linterFor(checks, yaml)

const cleanDirectory = path.join(packageRoot, 'tests', 'fixtures', 'clean')

describe('translation-artifact checks on clean, edited articles', () => {
  for (const name of readdirSync(cleanDirectory).filter((file) => file.endsWith('.txt'))) {
    it(`give no warning or error on ${name}`, () => {
      const text = readFileSync(path.join(cleanDirectory, name), 'utf8')
      const loud = lintMessages(lint.lint(text)).filter((message) => message.severity !== 'info')
      expect(loud.map(plain)).toEqual([])
    })
  }
})

describe('translation-artifact checks on the seed draft', () => {
  const draft = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')

  it('flag every artifact at its position', () => {
    const found = lintMessages(lint.lint(draft)).map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}` : ''} ${message.ruleId} ${JSON.stringify(message.actual)}`)
    expect(found.sort()).toEqual(
      [
        '9:77 phrases "hanging in balance"',
        '13:1 phrases "Cyclone diplomacy"',
        '23:54 phrases "on locksteps"',
        '23:57 spelling "locksteps"',
        '27:157 phrases "Kiev"',
        '39:270 repeated-phrase ", to weaken"',
        '39:309 quotes " “"',
        '41:270 fragment "Latvia."',
        '53:70 quotes "“"',
        '53:147 quotes "”"',
        '57:238 punctuation-debris " ,"',
        '57:253 quotes " “"',
        '65:214 phrases "Kiev"',
        '75:1 boilerplate "Leave a Comment"'
      ].sort()
    )
  })

  it('correct the draft as the issue asks', () => {
    const output = corrected(lint, draft)
    expect(output).toContain('Basically, to weaken, or to go around sanctions.\n')
    expect(output).toContain('that “No plans” The White House has not explored')
    expect(output).toContain('He never thought NATO would be stable – completely.” Stay united.\n')
    expect(output).toContain('Whirlwind diplomacy on display\n')
    expect(output).toContain('to work with Europe in lockstep, occasionally')
    expect(output).toContain('directly assisting Kyiv –')
    expect(output).toContain('hanging in the balance.')
    expect(output.endsWith('could also determine whether Xi decides to support Putin or stay out of the fight.\n')).toBe(true)
    expect(output).not.toContain('Leave a Comment')
    expect(output).not.toMatch(/ “\n/)
    // Report-only findings stay for the editor.
    expect(output).toContain('Lithuania and Russia. Latvia.')
  })
})
