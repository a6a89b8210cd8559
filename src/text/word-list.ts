/**
 * A large word list kept as one sorted, newline-joined string and searched by
 * bisection. It loads as fast as a string is read: a Set of the dictionary's
 * 115,000 words takes about 50 ms to build, as long as the rest of a short
 * article's checks. Answers are kept, since an article asks about its own
 * words again and again.
 */
export class WordList {
  private readonly answers = new Map<string, boolean>()

  /** `joined`: the words sorted, each between newlines (as `WordList.join` makes it). */
  constructor(readonly joined: string) {}

  static join(words: Iterable<string>): string {
    return `\n${[...new Set(words)].sort().join('\n')}\n`
  }

  has(word: string): boolean {
    let answer = this.answers.get(word)
    if (answer === undefined) {
      answer = this.search(word)
      if (this.answers.size < MAX_ANSWERS) this.answers.set(word, answer)
    }
    return answer
  }

  /** Every word, in order (for the rare queries that need them all). */
  *[Symbol.iterator](): IterableIterator<string> {
    for (const word of this.joined.split('\n')) if (word !== '') yield word
  }

  /** Bisection over character offsets: `low` is always a word's start, `high` the newline after a word. */
  private search(word: string): boolean {
    const {joined} = this
    let low = 1
    let high = joined.length - 1
    while (low < high) {
      const start = joined.lastIndexOf('\n', (low + high) >>> 1) + 1
      const end = joined.indexOf('\n', start)
      const found = joined.slice(start, end)
      if (found === word) return true
      if (found < word) low = end + 1
      else high = start - 1
    }
    return false
  }
}

const MAX_ANSWERS = 100_000
