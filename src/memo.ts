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

/**
 * The answer kept for an object (a tree node, a file, a person): worked out
 * once, and dropped with the object. A node the parser reuses keeps its
 * answers into the fixer's re-lints (src/text/segments.ts).
 */
export function keptFor<K extends object, V>(answers: WeakMap<K, V>, key: K, make: () => V): V {
  let found = answers.get(key)
  if (found === undefined) answers.set(key, (found = make()))
  return found
}
