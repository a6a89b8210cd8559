/**
 * A check is one retext plugin plus what the pipeline needs to wire it: the
 * rules it emits, each with its metadata (default severity, description,
 * message templates), the checks whose results it reads, its options schema,
 * and an optional `prepare` step that loads rule data once per process.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {DataMap, VFile} from 'vfile'
import type {z} from 'zod'
import type {PrepareContext} from '../config/yaml.js'
import {catalogue, type Rule} from '../messages.js'

export interface Check<Options = any, Prepared = Options> {
  /** Config section that holds this check's options. */
  name: string
  /** The rules this check emits, by rule id. */
  rules: Record<string, Rule>
  /**
   * Checks whose results (`file.data`) this one reads. The pipeline runs them
   * first, runs them even when their own rules are off, and refuses to build
   * without them.
   */
  needs?: readonly string[]
  options: z.ZodType<Options>
  /** `false` for a check that only reports: the fixer's re-lints skip it. */
  fixes?: false
  prepare?: (options: Options, context: PrepareContext) => Prepared
  plugin: Plugin<[Prepared], Root>
}

/** Declare a check; its rules join the catalogue that reporters render messages from. */
export function defineCheck<Options, Prepared = Options>(check: Check<Options, Prepared>): Check<Options, Prepared> {
  for (const [id, rule] of Object.entries(check.rules)) catalogue.set(id, rule)
  return check
}

/**
 * What a check this one `needs` left in `file.data`. The pipeline runs that
 * check first; its absence is a wiring error, never an empty result.
 */
export function dataOf<K extends keyof DataMap>(file: VFile, key: K): NonNullable<DataMap[K]> {
  const value = file.data[key]
  if (value === undefined) throw new Error(`no "${String(key)}" data: the check that gives it did not run before this one`)
  return value as NonNullable<DataMap[K]>
}
