/**
 * SARIF results, field by field: the region of a known finding, and the
 * fingerprint code-scanning tools match results by across runs — the same
 * when unrelated lines move the finding, different when the flagged text
 * changes. Then the seed draft's whole log, against the official schema and
 * Microsoft's SARIF multitool.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeDraft} from '../src/io/read-draft.js'
import {formats} from '../src/report/index.js'
import {lintDraft} from '../src/run.js'
import {seed} from './cli-helpers.js'
import {linter, tempDir} from './helpers.js'

interface SarifResult {
  ruleId: string
  message: {text: string}
  locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}>
  partialFingerprints: {primaryLocationLineHash: string}
}

/** The SARIF results of one rule for a draft. */
function sarifResults(text: string, ruleId: string): SarifResult[] {
  const result = lintDraft(linter(), decodeDraft('drafts/a.txt', Buffer.from(text)), 'drafts/a.txt', {fix: true})
  const log = JSON.parse(formats.sarif!([result], {quiet: false, color: false})) as {runs: Array<{results: SarifResult[]}>}
  return log.runs[0]!.results.filter((found) => found.ruleId === ruleId)
}

const body = 'Leaders met in Brussels on Thursday.\n\nThey said the talks went on in in good faith.\n'
const fingerprint = (text: string) => sarifResults(text, 'repeated-words').map((found) => found.partialFingerprints.primaryLocationLineHash)

describe('a SARIF result', () => {
  it('has the finding’s region: 1-based lines, and columns in UTF-16 code units with the end column after the last character', () => {
    // "in in" is on line 3, its characters at columns 29 to 33 (1-based); the end column is the one after it.
    const [found, ...more] = sarifResults(body, 'repeated-words')
    expect(more).toEqual([])
    expect(found!.locations).toEqual([{physicalLocation: {artifactLocation: {uri: 'drafts/a.txt'}, region: {startLine: 3, startColumn: 29, endLine: 3, endColumn: 34}}}])
    expect(found!.message.text).toBe('Repeated `in`: remove one occurrence. Fixed in the corrected draft: in.')
  })

  it('ends on the finding’s last line when the finding runs over a line break', () => {
    const [found] = sarifResults('They said the talks went on in\nin good faith.\n', 'repeated-words')
    expect(found!.locations[0]!.physicalLocation.region).toEqual({startLine: 1, startColumn: 29, endLine: 2, endColumn: 3})
  })

  it('counts columns in UTF-16 code units after non-ASCII text on the line', () => {
    const [found] = sarifResults('Leaders met in Kraków 🇵🇱 in in good faith.\n', 'repeated-words')
    // "Kraków" is 6 code units and the flag 4 (two surrogate pairs): "in in" starts at column 28 (26 if counted in code points).
    expect(found!.locations[0]!.physicalLocation.region).toEqual({startLine: 1, startColumn: 28, endLine: 1, endColumn: 33})
  })

  it('keeps its fingerprint when lines added elsewhere move the finding down', () => {
    const moved = `A new headline\n\nA new first paragraph.\n\n${body}`
    const [before] = sarifResults(body, 'repeated-words')
    const [after] = sarifResults(moved, 'repeated-words')
    expect(after!.locations[0]!.physicalLocation.region).toEqual({startLine: 7, startColumn: 29, endLine: 7, endColumn: 34})
    expect(after!.partialFingerprints).toEqual(before!.partialFingerprints)
    expect(before!.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/)
  })

  it('changes its fingerprint when the flagged text changes, or the rest of its line', () => {
    const original = fingerprint(body)
    expect(fingerprint(body.replace('in in good', 'on on good'))).not.toEqual(original)
    expect(fingerprint(body.replace('They said', 'Officials said'))).not.toEqual(original)
  })

  it('has a fingerprint of its own beside another finding of the rule on the same line', () => {
    const both = fingerprint('They met in in Brussels and and Paris.\n')
    expect(both).toHaveLength(2)
    expect(both[0]).not.toBe(both[1])
  })
})

describe('the SARIF log of the seed draft', () => {
  const log = formats.sarif!([lintDraft(linter(), decodeDraft('drafts/biden-nato-summit.txt', seed), 'drafts/biden-nato-summit.txt', {fix: true})], {quiet: false, color: false})

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const require = createRequire(import.meta.url)
    const Ajv2020 = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js').default
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default
    // The schema as the SARIF multitool 5.7.0 ships it (sarif-2.1.0.json), kept here so that this test needs no 100 MB install.
    const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'sarif', 'sarif-2.1.0.json'), 'utf8'))
    const ajv = new Ajv2020({strict: false, allErrors: true})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(JSON.parse(log)), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({version: '2.1.0', runs: [{tool: {}}]})).toBe(false)
  })

  // The multitool is a 100 MB binary: not a devDependency, but installed by .ci/run (CI must run this test) or `npm run test:sarif`.
  const multitool = installedMultitool()
  it("passes Microsoft's SARIF multitool with GitHub's rules: no errors, no warnings", (context) => {
    if (!multitool) {
      if (process.env.CI) throw new Error('CI must run this test: install the SARIF multitool first (npm run sarif-tool)')
      const why = '@microsoft/sarif-multitool-linux is not installed (100 MB): `npm run test:sarif` installs it and runs this file'
      // vitest's default reporter counts a skipped test without its note: say why on stderr too.
      console.warn(`skipped: ${why}`)
      context.skip(why)
    }
    const directory = tempDir()
    writeFileSync(path.join(directory, 'in.sarif'), log)
    const output = execFileSync(multitool!, ['validate', 'in.sarif', '-o', 'out.sarif', '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'], {cwd: directory, encoding: 'utf8'})
    expect(output.split('\n').filter((line) => /: (error|warning) /.test(line))).toEqual([])
    const validation = JSON.parse(readFileSync(path.join(directory, 'out.sarif'), 'utf8')) as {runs: Array<{results: unknown[]}>}
    expect(validation.runs[0]!.results).toEqual([])
  })
})

function installedMultitool(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/Sarif.Multitool')
  } catch {
    return undefined
  }
}
