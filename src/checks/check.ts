/**
 * A check is one retext plugin plus what the pipeline needs to wire it:
 * the rule ids it emits (with default severities), its options schema, and an
 * optional `prepare` step that loads rule data once per process.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {z} from 'zod'
import type {SeverityOrOff} from '../messages.js'
import type {PrepareContext} from '../config/yaml.js'

export interface Check<Options = any, Prepared = Options> {
  /** Config section that holds this check's options. */
  name: string
  /** Rule ids this check emits, with their default severity. */
  rules: Record<string, SeverityOrOff>
  options: z.ZodType<Options>
  /** `false` for a check that only reports: the fixer's re-lints skip it. */
  fixes?: false
  prepare?: (options: Options, context: PrepareContext) => Prepared
  plugin: Plugin<[Prepared], Root>
}

export function defineCheck<Options, Prepared = Options>(check: Check<Options, Prepared>): Check<Options, Prepared> {
  return check
}
