/**
 * Large lookup data kept as one sorted, newline-joined string and searched by
 * bisection. It loads as fast as a string is read: a Set of the dictionary's
 * 115,000 words takes about 50 ms to build, as long as the rest of a short
 * article's checks, and a Map of the gazetteer's 8,556 titles was a tenth of
 * a short run's start-up. Answers are kept, since an article asks about its
 * own words again and again.
 */
import {memoised} from '../memo.js'

/** Lines sorted by key, each `key` or `key<TAB>value`, found by bisection over character offsets. */
class SortedLines {
  /** `joined`: the lines sorted by key, each between newlines. */
  constructor(readonly joined: string) {}

  /** The line whose key is `key`, if any; a key asked again needs no bisection. */
  protected readonly line = memoised((key) => this.bisect(key))

  private bisect(key: string): string | undefined {
    const {joined} = this
    let low = 1
    let high = joined.length - 1
    // `low` is always a line's start, `high` the newline after a line.
    while (low < high) {
      const start = joined.lastIndexOf('\n', (low + high) >>> 1) + 1
      const end = joined.indexOf('\n', start)
      const line = joined.slice(start, end)
      const tab = line.indexOf('\t')
      const found = tab === -1 ? line : line.slice(0, tab)
      if (found === key) return line
      if (found < key) low = end + 1
      else high = start - 1
    }
    return undefined
  }
}

export class WordList extends SortedLines {
  static join(words: Iterable<string>): string {
    return `\n${[...new Set(words)].sort().join('\n')}\n`
  }

  has(word: string): boolean {
    return this.line(word) !== undefined
  }

  /** Every word, in order (for the rare queries that need them all). */
  *[Symbol.iterator](): IterableIterator<string> {
    for (const word of this.joined.split('\n')) if (word !== '') yield word
  }
}

/** A table of keys (without tabs or newlines), each with a list of ids (the people, the groups of an index). */
export class IdTable extends SortedLines {
  static join(entries: Iterable<readonly [key: string, ids: readonly number[]]>): string {
    const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, ids]) => `${key}\t${ids.join(',')}`)
    return `\n${lines.join('\n')}\n`
  }

  get(key: string): number[] | undefined {
    const line = this.line(key)
    if (line === undefined) return undefined
    const ids = line.slice(key.length + 1)
    return ids === '' ? [] : ids.split(',').map(Number)
  }
}

