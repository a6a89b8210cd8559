/**
 * The config file (rules/config.yml): each rule's severity (its check's
 * default unless the file sets it) and each check's options. Its schema is assembled from the checks, so a new check's options
 * are validated without touching this file.
 */
import {existsSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import type {Check} from '../checks/check.js'
import type {FormatOptions} from '../formats/index.js'
import type {SeverityOrOff} from '../messages.js'
import {bundledConfig} from '../package-root.js'
import {loadYamlFile, RulesError, type PrepareContext} from './yaml.js'

export interface Config {
  file: string
  severities: ReadonlyMap<string, SeverityOrOff>
  /** Each check's validated options, defaults filled in. */
  options: ReadonlyMap<string, unknown>
  /** How markup drafts are read (src/formats). */
  formats: FormatOptions
  context: PrepareContext
}

/** Markdown drafts: the front-matter fields that are prose, linted and fixed like the article. */
const markdownOptions = z.strictObject({frontMatterProse: z.array(z.string().min(1)).default(['title', 'description', 'summary', 'subtitle'])})

const severity = z.enum(['error', 'warning', 'info', 'off'], {
  error: (issue) => `invalid severity ${JSON.stringify(issue.input)}: expected error, warning, info or off`
})

/** The config a command uses: the one given, else rules/config.yml in the working directory, else the bundled one. */
export function configPath(cwd: string, given?: string): string {
  if (given !== undefined) return given
  const local = path.join(cwd, 'rules', 'config.yml')
  return existsSync(local) ? local : bundledConfig
}

export function loadConfig(file: string, checks: readonly Check[]): Config {
  const ruleIds = checks.flatMap((check) => Object.keys(check.rules))
  const schema = z.strictObject({
    markdown: markdownOptions.optional(),
    rules: z.strictObject(Object.fromEntries(ruleIds.map((id) => [id, severity.optional()]))).optional(),
    ...Object.fromEntries(checks.map((check) => [check.name, check.options.optional()]))
  })
  const {data} = loadYamlFile(file, schema, `config@${ruleIds.join(',')}`)
  const parsed = data as {rules?: Record<string, SeverityOrOff | undefined>; markdown?: FormatOptions} & Record<string, unknown>
  const severities = new Map<string, SeverityOrOff>()
  for (const check of checks) {
    for (const [id, rule] of Object.entries(check.rules)) severities.set(id, parsed.rules?.[id] ?? rule.severity)
  }
  const options = new Map(checks.map((check) => [check.name, parsed[check.name] ?? check.options.parse({})]))
  return {file, severities, options, formats: parsed.markdown ?? markdownOptions.parse({}), context: dataLoader(path.dirname(file))}
}

function dataLoader(directory: string): PrepareContext {
  const resolve = (relative: string) => path.resolve(directory, relative)
  return {
    loadData: (relative, schema, id) => loadYamlFile(resolve(relative), schema, id),
    loadOptionalData: (relative, schema, id) => (existsSync(resolve(relative)) ? loadYamlFile(resolve(relative), schema, id) : undefined),
    fingerprint: (relative) => {
      try {
        // Size and modification time, as ESLint's cache does by default: the bundled gazetteer is megabytes to read.
        const {size, mtimeMs} = statSync(resolve(relative))
        return `${size}:${mtimeMs}`
      } catch {
        return 'missing'
      }
    },
    files: (relative) => {
      if (!relative.endsWith('/')) return [relative]
      try {
        return readdirSync(resolve(relative)).filter((name) => name.endsWith('.yml')).sort().map((name) => `${relative}${name}`)
      } catch (error) {
        throw new RulesError(resolve(relative), 1, 1, `cannot read rules folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
      }
    }
  }
}
