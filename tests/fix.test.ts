import {describe, expect, it} from 'vitest'
import {applyFixes, backMapper} from '../src/fix/edits.js'
import {fix, growthLimit, MAX_PASSES, RunawayFixError} from '../src/fix/fix.js'
import type {LintMessage} from '../src/messages.js'

/** A fixable message replacing start..end with text, as checks emit them. */
function message(start: number, end: number, text: string, alsoAt: Array<{start: number; end: number}> = []): LintMessage {
  return {
    fixable: true,
    expected: [text],
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
    alsoAt,
    ruleId: 'test',
    severity: 'warning'
  } as unknown as LintMessage
}

describe('applyFixes', () => {
  it('applies fixes in order and skips one that overlaps or touches a fix already taken', () => {
    const result = applyFixes('abcdefgh', [{edits: [{start: 4, end: 6, text: 'X'}]}, {edits: [{start: 0, end: 2, text: 'Y'}]}, {edits: [{start: 5, end: 7, text: 'Z'}]}, {edits: [{start: 2, end: 3, text: 'T'}]}])
    expect(result.text).toBe('YcdXgh')
    expect(result.skipped.map((f) => f.edits[0]!.text)).toEqual(['T', 'Z'])
  })

  it('takes a group of edits whole or not at all', () => {
    const result = applyFixes('one two one', [{edits: [{start: 0, end: 3, text: '1'}]}, {edits: [{start: 2, end: 4, text: 'X'}, {start: 8, end: 11, text: '3'}]}])
    expect(result.text).toBe('1 two one')
    expect(result.skipped).toHaveLength(1)
  })

  it('applies an identical fix from two messages once', () => {
    const edit = {start: 0, end: 3, text: 'One'}
    const result = applyFixes('one', [{edits: [edit]}, {edits: [{...edit}]}])
    expect(result.text).toBe('One')
    expect(result.applied).toHaveLength(2)
  })
})

describe('backMapper', () => {
  it('maps offsets after, before and inside a replacement', () => {
    const mapBack = backMapper([{start: 2, end: 4, text: 'XYZ'}])
    expect(mapBack(1, 'start')).toBe(1)
    expect(mapBack(3, 'start')).toBe(2)
    expect(mapBack(3, 'end')).toBe(4)
    expect(mapBack(6, 'start')).toBe(5)
  })
})

describe('fix', () => {
  it('re-lints and applies a fix that was skipped for an overlap on the next pass', () => {
    // The linter reports "aa" → "a" wherever it appears; touching fixes wait a pass.
    const lint = (text: string) => [...text.matchAll(/aa/g)].map((m) => message(m.index, m.index + 2, 'a'))
    const result = fix('aaaa', lint('aaaa'), lint)
    expect(result.output).toBe('a')
    expect(result.passes).toBe(3)
    // Later passes' ranges are mapped back onto the original text.
    expect(result.fixed.map((f) => f.ranges)).toEqual([[{start: 0, end: 2}], [{start: 0, end: 3}], [{start: 0, end: 4}]])
  })

  it('stops after the pass limit', () => {
    const lint = (text: string) => [message(0, 0, String(text.length))]
    expect(fix('', lint(''), lint).passes).toBe(MAX_PASSES)
  })

  it('stops, naming the rule, when a pass grows the text past twice the draft and 10 KB', () => {
    // Each "x" becomes "x x": the text doubles on every pass, 200 characters reach 12,800 on the sixth.
    const lint = (text: string) => [...text.matchAll(/x/g)].map((m) => ({...message(m.index, m.index + 1, 'x x'), ruleId: 'doubling', actual: 'x'}) as LintMessage)
    const original = 'x '.repeat(100)
    expect(growthLimit(original)).toBe(10_640)
    expect(() => fix(original, lint(original), lint)).toThrow(
      new RunawayFixError('the fixer stopped on pass 6: the text grew past 10640 characters (twice the draft and 10 KB), most by rule doubling ("x" → "x x"); does its replacement contain what it replaces?')
    )
    // Growth within the limit is a fix like any other.
    const draft = 'x '.repeat(1000)
    expect(fix(draft, lint(draft), (text) => (text.length < 4000 ? lint(text) : [])).output).toBe('x x '.repeat(1000))
  })

  it('never applies a message with several suggestions', () => {
    const several = {...message(0, 3, 'x'), expected: ['x', 'y'], fixable: false} as LintMessage
    expect(fix('abc', [several], () => []).output).toBe('abc')
  })
})
