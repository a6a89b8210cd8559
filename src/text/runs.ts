/**
 * Questions about the run of non-space characters around a word or a mark
 * ("x@y.org", "H5N1,B"). A run may hold thousands of words ("a,b,c,…"):
 * walking to its ends again for each of them made a scan quadratic.
 */

/**
 * `answer` for the run around start…end (which holds no white space), asked
 * in text order: worked out once per run, not again for each range inside it.
 */
export function perNonSpaceRun<T>(text: string, answer: (run: string, start: number) => T): (start: number, end: number) => T {
  let run: {start: number; end: number; answer: T} | undefined
  return (start, end) => {
    if (run === undefined || start < run.start || end > run.end) {
      let from = start
      while (from > 0 && !/\s/u.test(text[from - 1]!)) from--
      let to = end
      while (to < text.length && !/\s/u.test(text[to]!)) to++
      run = {start: from, end: to, answer: answer(text.slice(from, to), from)}
    }
    return run.answer
  }
}

/**
 * Where the run of characters that `char` matches (a test of one character,
 * with the u flag) and that ends at `end` starts; `end` when there is none.
 * A walk back by code points, where /[…]+$/ on the text before `end` would
 * start at every position before it, each time reading on to `end`.
 */
export function runStart(text: string, end: number, char: RegExp): number {
  let start = end
  while (start > 0) {
    const pair = start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2))
    const size = pair ? 2 : 1
    if (!char.test(text.slice(start - size, start))) break
    start -= size
  }
  return start
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
