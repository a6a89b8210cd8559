import type {Root} from 'nlcst'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findMentions} from '../../src/names/mentions.js'
import {MAX_TITLE_WORDS, type TitleLexicon} from '../../src/names/titles.js'
import {english} from '../../src/text/english.js'

describe('finding mentions', () => {
  // From a hostile-input review: a run of thousands of capitalised words that may end a title ("Kyiv Kyiv …", 200 KB)
  // was read whole for each of its splits, and took 20 s. Counted in words read, not timed.
  it('reads a bounded number of words for each split of a run of capitalised words: linear in the run', () => {
    const words = 2000
    const text = `${'Kyiv '.repeat(words).trim()}.`
    let read = 0
    const titles = {
      mayEnd: () => true,
      match: (before: readonly string[]) => void (read += before.length),
      matchStart: () => undefined
    } as unknown as TitleLexicon
    const context = {titles, isWord: () => false, isKnownNameWord: () => false, isKnownGivenName: () => false, abbreviations: new Set<string>()}
    const mentions = findMentions(unified().use(english).parse(text) as Root, text, context)
    expect(mentions.map((mention) => mention.tokens.length)).toEqual([words])
    expect(read).toBeLessThanOrEqual(words * MAX_TITLE_WORDS)
  })
})
