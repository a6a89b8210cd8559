/**
 * SARIF results, field by field: the region of a known finding, and the
 * fingerprint code-scanning tools match results by across runs — the same
 * when unrelated lines move the finding, different when the flagged text
 * changes.
 */
import {describe, expect, it} from 'vitest'
import {decodeDraft} from '../src/io/read-draft.js'
import {formats} from '../src/report/index.js'
import {lintDraft} from '../src/run.js'
import {linter} from './helpers.js'

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
