/**
 * What `article-lint names learn` learns from an archive of published,
 * edited articles: each full name of a person (two words or more, as the
 * names check found them, whether the gazetteer holds the person or not)
 * with its mentions and articles; then which names the archive uses
 * consistently. One person's spellings are told apart as the names check
 * does inside an article (`sameFullName`, src/names/spellings.ts).
 */
import {isMap, type Document, type YAMLMap} from 'yaml'
import type {NamesData} from '../checks/names.js'
import {topList, type MergeCounts} from '../io/rules-file.js'
import {fold} from './fold.js'
import type {LearnedName} from './learned.js'
import {sameFullName} from './spellings.js'

export interface NameCount {
  /** The spelling the archive uses most for this folded name ("Radosław Sikorski" over "Radoslaw Sikorski"). */
  name: string
  /** Mentions across the archive. */
  count: number
  articles: number
}

/** A rival spelling is one with more than this share of a name's mentions. */
export const RIVAL_SHARE = 0.1

/** Names counted article by article. */
export class NameTally {
  private readonly names = new Map<string, {spellings: Map<string, number>; count: number; articles: number}>()
  /** Articles read. */
  articles = 0

  /**
   * One article's names: the full-name mentions of people, a person the
   * gazetteer holds (the words matched to them: "Donald Trump" of
   * "President-elect Donald Trump") or an unknown name that looks like one.
   */
  add(data: NamesData): void {
    this.articles++
    const people = new Set(data.toVerify)
    const here = new Set<string>()
    for (const {mention, kind, pairs} of data.resolutions) {
      if (kind === 'unknown' && !people.has(mention)) continue
      const tokens = pairs.length > 0 ? pairs.map((pair) => pair.token) : mention.tokens
      const name = tokens.map((token) => token.text).join(' ')
      if (name.split(' ').length < 2) continue
      const key = fold(name)
      const entry = this.names.get(key) ?? {spellings: new Map<string, number>(), count: 0, articles: 0}
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1)
      entry.count++
      if (!here.has(key)) here.add(key), entry.articles++
      this.names.set(key, entry)
    }
  }

  counts(): NameCount[] {
    return [...this.names.values()].map(({spellings, count, articles}) => {
      // The spelling used most; of equals, the first met.
      let name = ''
      let most = 0
      for (const [spelling, uses] of spellings) if (uses > most) (name = spelling), (most = uses)
      return {name, count, articles}
    })
  }
}

export interface Learned {
  /** Names used in at least `min` articles with no rival spelling, sorted by name. */
  names: LearnedName[]
  /** Spellings of one person that rival each other, one of them used in at least `min` articles: none recorded. */
  conflicts: NameCount[][]
  /** Names used in fewer than `min` articles. */
  rare: number
}

/**
 * The names used consistently: in at least `min` articles, and no other
 * spelling of the same person used more than a tenth as often (a rarer slip
 * is left out, and the name is still learned). Spellings that rival each
 * other are a conflict: neither is learned, and the newsroom decides. A
 * shorter or longer form of the name ("Mohammad Atmar", "Mohammad Haneef
 * Atmar") is not another spelling.
 */
export function learnNames(counts: readonly NameCount[], min: number): Learned {
  const byFirstName = new Map<string, NameCount[]>()
  const words = new Map(counts.map((count) => [count, count.name.split(' ')]))
  for (const count of counts) {
    const first = fold(words.get(count)![0]!)
    byFirstName.set(first, [...(byFirstName.get(first) ?? []), count])
  }
  const rivals = (name: NameCount) =>
    byFirstName
      .get(fold(words.get(name)![0]!))!
      .filter((other) => other !== name && sameFullName(words.get(name)!, words.get(other)!) && !isFormOf(words.get(name)!, words.get(other)!) && other.count > name.count * RIVAL_SHARE)
  const names: LearnedName[] = []
  const conflicts = new Map<string, NameCount[]>()
  let rare = 0
  for (const count of counts) {
    if (count.articles < min) rare++
    const found = rivals(count)
    if (found.length === 0) {
      if (count.articles >= min) names.push({name: count.name, count: count.count, articles: count.articles})
      continue
    }
    // Rivals each other (each more than a tenth of the other), not a slip of a dominant spelling.
    const mutual = found.filter((other) => count.count > other.count * RIVAL_SHARE)
    if (count.articles < min || mutual.length === 0) continue
    const group = [count, ...mutual].sort((a, b) => b.count - a.count || byName(a.name, b.name))
    conflicts.set(group.map((member) => fold(member.name)).sort().join('\u0000'), group)
  }
  return {names: names.sort((a, b) => byName(a.name, b.name)), conflicts: [...conflicts.values()], rare}
}

/** Names in order: folded (so "Ł" sorts with "L"), then as written. */
export function byName(a: string, b: string): number {
  const x = fold(a)
  const y = fold(b)
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
}

/** One name's words, folded, all found in order in the other's: a shorter or longer form, not another spelling. */
function isFormOf(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a.map(fold), b.map(fold)] : [b.map(fold), a.map(fold)]
  if (short.length === long.length) return false
  let at = 0
  for (const word of long) if (word === short[at]) at++
  return at === short.length
}

/**
 * Merge learned names into a learned-names file's document: a name it holds
 * (folded) gets this scan's spelling and counts; a new one is added; names
 * this scan did not learn are kept as they are. The list is sorted by name;
 * comments stay with their entries.
 */
export function mergeLearned(doc: Document, existing: readonly LearnedName[], names: readonly LearnedName[]): MergeCounts {
  const counts: MergeCounts = {added: 0, updated: 0, unchanged: 0}
  const list = topList(doc, 'learned')
  const nodes = new Map(existing.map((entry, index) => [fold(entry.name), {entry, node: list.items[index]}]))
  for (const name of names) {
    const found = nodes.get(fold(name.name))
    if (!found || !isMap(found.node)) {
      const node = doc.createNode(name) as YAMLMap
      node.flow = true
      list.add(node)
      counts.added++
    } else if (found.entry.name !== name.name || found.entry.count !== name.count || found.entry.articles !== name.articles) {
      for (const key of ['name', 'count', 'articles'] as const) found.node.set(key, name[key])
      counts.updated++
    } else counts.unchanged++
  }
  const nameOf = (node: unknown) => (isMap(node) ? String(node.get('name') ?? '') : '')
  list.items.sort((a, b) => byName(nameOf(a), nameOf(b)))
  return counts
}
