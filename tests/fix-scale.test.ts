/**
 * The fixer's steps are O(n log n) in fixes and messages: each test counts
 * the reads of the edits' or messages' fields (not time) as n doubles, and
 * holds the fast structures to naive references on random input.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyFixes, backMapper, type Edit, type Fix} from '../src/fix/edits.js'
import {FindingIndex} from '../src/fix/findings.js'
import {messageRange, sameFinding, type LintMessage} from '../src/messages.js'

/** The object, with every read of a field counted in `counter`. */
function counted<T extends object>(object: T, counter: {reads: number}): T {
  return new Proxy(object, {
    get(target, key, receiver) {
      counter.reads++
      return Reflect.get(target, key, receiver)
    }
  })
}

/** How much the reads grow when n doubles: about 2 for n log n, 4 for n². */
function growth(reads: (n: number) => number, n: number): number {
  return reads(2 * n) / reads(n)
}

/** A message with a place and a fix, as checks emit them. */
function message(start: number, end: number, fields: {ruleId?: string; word?: string; text?: string} = {}): LintMessage {
  return {
    ruleId: fields.ruleId ?? 'rule',
    messageId: 'id',
    data: {word: fields.word ?? 'a'},
    expected: [fields.text ?? 'b'],
    fixable: true,
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
  } as unknown as LintMessage
}

describe('applyFixes at scale', () => {
  /** One consistency fix with n edits all over the text, and n one-edit fixes between them. */
  const readsFor = (n: number) => {
    const counter = {reads: 0}
    const edit = (start: number, text: string) => counted<Edit>({start, end: start + 1, text}, counter)
    const consistency: Fix = {edits: Array.from({length: n}, (_, index) => edit(4 * index + 4, 'X'))}
    const singles: Fix[] = Array.from({length: n}, (_, index) => ({edits: [edit(4 * index + 2, 'Y')]}))
    const result = applyFixes('abcd'.repeat(n + 1), [consistency, ...singles])
    expect(result.applied).toHaveLength(n + 1)
    return counter.reads
  }

  it('reads each edit a few times per level of bisection, however many edits one fix has', () => {
    expect(growth(readsFor, 5_000)).toBeLessThan(2.3)
    expect(readsFor(10_000)).toBeLessThan(10_000 * 2 * 20 * Math.log2(20_000))
  })
})

describe('mapping offsets back through a pass', () => {
  /** The walk the fixer made before: through every edit up to the offset. */
  function mapBackNaive(offset: number, edits: readonly Edit[], side: 'start' | 'end'): number {
    let delta = 0
    for (const edit of edits) {
      const newStart = edit.start + delta
      if (offset <= newStart) break
      const newEnd = newStart + edit.text.length
      if (offset < newEnd) return side === 'start' ? edit.start : edit.end
      delta += edit.text.length - (edit.end - edit.start)
    }
    return offset - delta
  }

  /** Sorted, separate edits (as a pass makes them) over a text of `length`. */
  const separateEdits = fc.array(fc.tuple(fc.nat(4), fc.nat(3), fc.string({maxLength: 4})), {maxLength: 12}).map((parts) => {
    let cursor = 0
    return parts.map(([gap, length, text]) => {
      const start = cursor + gap + (cursor === 0 ? 0 : 1)
      cursor = start + length
      return {start, end: start + length, text}
    })
  })

  it('gives what the walk through every edit gives, for any offset of the new text', () => {
    fc.assert(
      fc.property(separateEdits, fc.nat(80), fc.constantFrom('start' as const, 'end' as const), (edits, offset, side) => {
        expect(backMapper(edits)(offset, side)).toBe(mapBackNaive(offset, edits, side))
      }),
      {numRuns: 3000, seed: 20261207}
    )
  })

  it('reads each edit a bounded number of times, however many offsets it maps', () => {
    const readsFor = (n: number) => {
      const counter = {reads: 0}
      const edits = Array.from({length: n}, (_, index) => counted<Edit>({start: 3 * index, end: 3 * index + 1, text: 'XY'}, counter))
      const mapBack = backMapper(edits)
      for (let offset = 0; offset < 4 * n; offset += 4) mapBack(offset, 'start')
      return counter.reads
    }
    expect(readsFor(10_000)).toBeLessThan(10 * 10_000)
    expect(growth(readsFor, 10_000)).toBeLessThan(2.1)
  })
})

describe('the index of the draft’s findings', () => {
  it('finds what a scan of every message finds: the first of the same finding and fix inside the range, also among messages added since', () => {
    const naive = (messages: readonly LintMessage[], wanted: LintMessage, start: number, end: number) =>
      messages.find((candidate) => {
        const range = messageRange(candidate)
        return sameFinding(candidate, wanted) && candidate.expected?.[0] === wanted.expected?.[0] && range !== undefined && start <= range.start && range.end <= end
      })
    const messageArbitrary = fc
      .tuple(fc.nat(30), fc.nat(6), fc.constantFrom('r1', 'r2'), fc.constantFrom('a', 'b'), fc.constantFrom('x', 'y'))
      .map(([start, length, ruleId, word, text]) => message(start, start + length, {ruleId, word, text}))
    // Each step looks a message up in a range, and may add it as the fixer adds one that it did not find.
    const steps = fc.array(fc.tuple(messageArbitrary, fc.nat(30), fc.nat(12), fc.boolean()), {maxLength: 20})
    fc.assert(
      fc.property(fc.array(messageArbitrary, {maxLength: 25}), steps, (originals, lookups) => {
        const messages = [...originals]
        const index = new FindingIndex(originals)
        for (const [wanted, start, length, add] of lookups) {
          expect(index.find(wanted, start, start + length)).toBe(naive(messages, wanted, start, start + length))
          if (add) {
            messages.push(wanted)
            index.add(wanted)
          }
        }
      }),
      {numRuns: 3000, seed: 20261207}
    )
  })

  it('reads only the messages in a fix’s range, not every message, for each fix of a later pass', () => {
    const readsFor = (n: number) => {
      const counter = {reads: 0}
      const messages = Array.from({length: n}, (_, index) => counted(message(2 * index, 2 * index + 1), counter))
      const index = new FindingIndex(messages)
      for (let at = 0; at < 2 * n; at += 2) expect(index.find(message(at, at + 1), at, at + 1)).toBe(messages[at / 2])
      return counter.reads
    }
    expect(readsFor(10_000)).toBeLessThan(40 * 10_000)
    expect(growth(readsFor, 10_000)).toBeLessThan(2.2)
  })
})
