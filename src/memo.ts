/**
 * A function of a word (or any string key) with its answers kept: an
 * article says its words again and again, and the fixer lints it again.
 * Bounded, so a linter that sees many articles does not grow without end.
 */
export function memoised<T>(answer: (key: string) => T, max = 100_000): (key: string) => T {
  const answers = new Map<string, T>()
  return (key) => {
    let found = answers.get(key)
    if (found === undefined && !answers.has(key)) {
      found = answer(key)
      if (answers.size >= max) answers.clear()
      answers.set(key, found)
    }
    return found as T
  }
}
