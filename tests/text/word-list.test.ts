import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {IdTable, WordList} from '../../src/text/word-list.js'

describe('WordList', () => {
  it('answers as a Set of the same words does', () => {
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'é', "'", '-'), minLength: 1, maxLength: 5})
    fc.assert(
      fc.property(fc.array(word, {maxLength: 60}), fc.array(word, {maxLength: 30}), (words, queries) => {
        const list = new WordList(WordList.join(words))
        const set = new Set(words)
        for (const query of [...words, ...queries]) expect(list.has(query)).toBe(set.has(query))
        expect([...list]).toEqual([...set].sort())
      }),
      {numRuns: 2000}
    )
  })

  it('finds the first and the last word, and nothing in an empty list', () => {
    const list = new WordList(WordList.join(['kyiv', 'gdansk', 'aachen', 'zurich']))
    expect(['aachen', 'zurich', 'gdansk', 'kyiv'].map((word) => list.has(word))).toEqual([true, true, true, true])
    expect(['', 'a', 'zz', 'kyi', 'kyivv'].map((word) => list.has(word))).toEqual([false, false, false, false, false])
    expect(new WordList(WordList.join([])).has('a')).toBe(false)
  })
})

describe('IdTable', () => {
  it('answers as a Map of the same entries does', () => {
    const key = fc.string({unit: fc.constantFrom('a', 'b', '=', '#', '<', ' ', 'é'), minLength: 1, maxLength: 5})
    const ids = fc.array(fc.nat(2000), {maxLength: 4})
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, ids), {selector: ([k]) => k, maxLength: 60}), fc.array(key, {maxLength: 30}), (entries, queries) => {
        const table = new IdTable(IdTable.join(entries))
        const map = new Map(entries)
        for (const query of [...map.keys(), ...queries]) expect(table.get(query)).toEqual(map.get(query))
      }),
      {numRuns: 2000}
    )
  })

  it('tells a key from a longer one it begins ("#KTS" is not "#KT")', () => {
    const table = new IdTable(IdTable.join([['#KT', [1, 2]], ['#KTS', [3]], ['=kos', []]]))
    expect([table.get('#KT'), table.get('#KTS'), table.get('=kos'), table.get('#K'), table.get('=ko')]).toEqual([[1, 2], [3], [], undefined, undefined])
  })
})
