/**
 * How each person's name words are spelled across one article: the basis of
 * the consistency check and of when an alternate is only a style matter.
 */
import {fold} from './fold.js'
import type {Person} from './gazetteer.js'
import type {Token} from './mentions.js'
import type {Resolution} from './resolve.js'

export interface SpellingGroup {
  person?: Person
  /** The spelling every occurrence should have, when one is sure. */
  target?: string
  occurrences: Token[]
}

export function spellingGroups(resolutions: readonly Resolution[]): SpellingGroup[] {
  const groups = new Map<string, SpellingGroup & {titled: Set<string>}>()
  const add = (key: string, token: Token, person: Person | undefined, target: string | undefined, titled: boolean) => {
    const group = groups.get(key) ?? {person, target, occurrences: [], titled: new Set<string>()}
    group.occurrences.push(token)
    if (titled) group.titled.add(token.text)
    groups.set(key, group)
  }
  const wholes = wholeNames(resolutions)
  for (const resolution of resolutions) {
    const titled = Boolean(resolution.mention.title)
    if ((resolution.kind === 'correct' || resolution.kind === 'alternate') && resolution.person) {
      const pairs = mergeWholes(resolution.pairs, wholes.get(resolution.person.id))
      for (const {token, canonical} of pairs) add(`${resolution.person.id}:${canonical}`, token, resolution.person, canonical, titled)
    } else if (resolution.kind === 'unknown') {
      const token = resolution.mention.tokens.at(-1)!
      add(`?${fold(token.text)}`, token, undefined, undefined, titled)
    }
  }
  return [...groups.values()].map(({titled, ...group}) => (group.person ? group : {...group, target: preferred(group.occurrences, titled)}))
}

type Pair = Resolution['pairs'][number]

/**
 * Names matched whole because they were split differently from the
 * canonical name ("Yoon Suk-yeol" for "Yoon Suk Yeol"), by person: the same
 * person's word-by-word matches are compared with them whole.
 */
function wholeNames(resolutions: readonly Resolution[]): Map<number, string[][]> {
  const found = new Map<number, string[][]>()
  for (const {person, pairs} of resolutions) {
    for (const {canonical} of pairs) {
      if (!person || !canonical.includes(' ')) continue
      const list = found.get(person.id) ?? []
      if (!list.some((words) => words.join(' ') === canonical)) list.push(canonical.split(' '))
      found.set(person.id, list)
    }
  }
  return found
}

/** Consecutive word pairs that spell out a whole name become one occurrence of it. */
function mergeWholes(pairs: readonly Pair[], wholes: readonly string[][] | undefined): readonly Pair[] {
  if (!wholes) return pairs
  const merged: Pair[] = []
  for (let index = 0; index < pairs.length; index++) {
    const whole = wholes.find((words) => words.every((word, offset) => pairs[index + offset]?.canonical === word))
    if (!whole) {
      merged.push(pairs[index]!)
      continue
    }
    const span = pairs.slice(index, index + whole.length)
    merged.push({token: {text: span.map((pair) => pair.token.text).join(' '), start: span[0]!.token.start, end: span.at(-1)!.token.end}, canonical: whole.join(' ')})
    index += whole.length - 1
  }
  return merged
}

/** Spellings compare with a sentence-initial capital ignored ("El-Sisi" = "el-Sisi"). */
export function spellingOf(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

export function isConsistent(group: SpellingGroup): boolean {
  return new Set(group.occurrences.map((token) => spellingOf(token.text))).size <= 1
}

/** For a name the gazetteer does not know: the spelling used with a title, else the one used most. */
function preferred(occurrences: readonly Token[], titled: ReadonlySet<string>): string | undefined {
  if (titled.size === 1) return [...titled][0]
  const counts = new Map<string, number>()
  for (const token of occurrences) counts.set(token.text, (counts.get(token.text) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  return ranked.length > 1 && ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : undefined
}
