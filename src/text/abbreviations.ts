/** The abbreviations list (rules/abbreviations.yml), loaded once for each check that reads it. */
import {z} from 'zod'
import type {PrepareContext} from '../config/yaml.js'
import {runStart} from './runs.js'

const abbreviationsSchema = z.strictObject({abbreviations: z.array(z.string().trim().toLowerCase().min(1)).default([])})

export const abbreviationsOption = z.string().default('abbreviations.yml')

export function loadAbbreviations(file: string, context: PrepareContext): ReadonlySet<string> {
  return new Set(context.loadData(file, abbreviationsSchema, 'abbreviations@1').data.abbreviations)
}

/** Whether the full stop at `index` ends an abbreviation ("U.S.", "Inc.", "a.m."). */
export function endsAbbreviation(text: string, index: number, abbreviations: ReadonlySet<string>): boolean {
  const word = text.slice(runStart(text, index, /^[\p{L}.]$/u), index)
  if (word === '') return false
  return word.includes('.') || word.length === 1 || abbreviations.has(word.toLowerCase())
}
