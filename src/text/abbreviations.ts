/** The abbreviations list (rules/abbreviations.yml), loaded once for each check that reads it. */
import {z} from 'zod'
import type {PrepareContext} from '../config/yaml.js'
import {runStart} from './runs.js'

const abbreviationsSchema = z.strictObject({
  abbreviations: z.array(z.string().trim().toLowerCase().min(1)).default([]),
  afterComma: z.array(z.string().trim().min(1)).default([])
})

/** How an abbreviation that counts only after a comma ("Sacramento, Calif.") is kept in the set: with the comma and space. */
const AFTER_COMMA = ', '

export const abbreviationsOption = z.string().default('abbreviations.yml')

export function loadAbbreviations(file: string, context: PrepareContext): ReadonlySet<string> {
  const {abbreviations, afterComma} = context.loadData(file, abbreviationsSchema, 'abbreviations@1').data
  return new Set([...abbreviations, ...afterComma.map((word) => AFTER_COMMA + word)])
}

/** Whether a word (its full stop taken off) is an abbreviation wherever it stands, or one that may stand after a comma. */
export function isAbbreviation(word: string, abbreviations: ReadonlySet<string>): boolean {
  const bare = word.replace(/\.$/u, '')
  return abbreviations.has(bare.toLowerCase()) || abbreviations.has(AFTER_COMMA + bare)
}

/** Whether the full stop at `index` ends an abbreviation ("U.S.", "Inc.", "a.m."). */
export function endsAbbreviation(text: string, index: number, abbreviations: ReadonlySet<string>): boolean {
  const start = runStart(text, index, /^[\p{L}.]$/u)
  const word = text.slice(start, index)
  if (word === '') return false
  return word.includes('.') || word.length === 1 || abbreviations.has(word.toLowerCase()) || abbreviations.has(text.slice(start - AFTER_COMMA.length, start) + word)
}
