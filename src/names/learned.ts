/**
 * The names a newsroom's published articles use consistently
 * (rules/names.learned.yml, written by `article-lint names learn`): each a
 * full name as the articles spell it, with its mentions (`count`) and the
 * number of articles that use it. Validated on load; the same name (folded)
 * twice is an error.
 */
import {z} from 'zod'
import {RulesError, type LoadedYaml, type PrepareContext} from '../config/yaml.js'
import {fold} from './fold.js'

export const learnedNameSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .refine((name) => name.split(/\s+/).length >= 2, 'must be a full name, two words or more'),
    count: z.number().int().min(1),
    articles: z.number().int().min(1)
  })
  .refine((entry) => entry.articles <= entry.count, {message: 'articles must not exceed count: each article mentions the name at least once', path: ['articles']})

export const learnedSchema = z.strictObject({learned: z.array(learnedNameSchema).default([])})

export type LearnedName = z.infer<typeof learnedNameSchema>
export type LearnedFile = z.infer<typeof learnedSchema>

/** Names the schema and its version for the cache of validated rules files. */
export const LEARNED_SCHEMA_ID = 'learned@1'

/** Load a learned-names file named relative to the config; a file that does not exist holds no names. */
export function loadLearned(file: string, context: Pick<PrepareContext, 'loadOptionalData'>): LearnedName[] {
  const loaded = context.loadOptionalData(file, learnedSchema, LEARNED_SCHEMA_ID)
  if (!loaded) return []
  checkLearned(loaded)
  return loaded.data.learned
}

/** A name listed twice (folded: "Radosław Sikorski" and "Radoslaw Sikorski" are one) is an error at the second. */
export function checkLearned(loaded: LoadedYaml<LearnedFile>): void {
  const seen = new Set<string>()
  loaded.data.learned.forEach((entry, index) => {
    const key = fold(entry.name)
    if (seen.has(key)) {
      const {line, column} = loaded.where(['learned', index, 'name'])
      throw new RulesError(loaded.file, line, column, `duplicate name "${entry.name}": keep one entry`)
    }
    seen.add(key)
  })
}
