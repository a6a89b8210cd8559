/**
 * Whether an article is about something a person is known for: one of their
 * countries or organisations (by name, demonym or alias) or a word of one of
 * their roles ("tennis", "footballer", "Google"). A gazetteer of ten thousand
 * people holds someone one letter away from almost any name; a fix to a
 * person the article never names needs the article to be on their ground.
 */
import {fold} from './fold.js'
import type {Person} from './gazetteer.js'

/** Role words that say nothing of a field (a captain leads a team, a ship, a company of soldiers or a police station). */
const VAGUE = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'at', 'on', 'head', 'chief', 'member', 'leader', 'former', 'deputy', 'acting', 'senior', 'vice', 'co', 'general', 'first', 'second', 'state', 'national', 'executive', 'officer', 'captain', 'player'])

/** Each country's or organisation's folded name with its demonyms and aliases. */
export type PlaceForms = ReadonlyMap<string, readonly string[]>

/**
 * How the article is on a person's ground: by their field (a role word, or the
 * country or organisation the gazetteer names for a role), by their country
 * alone (every American in an American article), or not at all.
 */
export type Ground = 'field' | 'nationality' | undefined

export function aboutArticle(text: string, places: PlaceForms): (person: Person) => Ground {
  const words = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `
  const mentions = (term: string) => {
    const phrase = fold(term).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    return phrase.length > 1 && words.includes(` ${phrase} `)
  }
  const named = (country: string) => [country, ...(places.get(fold(country)) ?? [])].some(mentions)
  const ground = (person: Person): Ground => {
    const roleWords = person.roles.flatMap((role) => role.role.split(/[\s-]+/)).filter((word) => !VAGUE.has(word.toLowerCase()))
    if (roleWords.some(mentions) || person.roles.some((role) => role.placed && named(role.country))) return 'field'
    return named(person.country) ? 'nationality' : undefined
  }
  // Asked of each candidate of each mention: a person's ground is worked out once an article.
  const known = new Map<number, Ground>()
  return (person) => {
    if (!known.has(person.id)) known.set(person.id, ground(person))
    return known.get(person.id)
  }
}
