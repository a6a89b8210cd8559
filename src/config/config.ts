/**
 * The config: each rule's severity (its check's default unless a config
 * sets it) and each check's options. A config may extend others (the
 * bundled `article-lint/recommended`, or a path): severities and each
 * check's options merge key by key over the base, as ESLint and Vale do.
 * Its schema is assembled from the checks, so a new check's options are
 * validated without touching this file.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {z} from 'zod'
import type {Check} from '../checks/check.js'
import type {FormatOptions} from '../formats/index.js'
import type {SeverityOrOff} from '../messages.js'
import {cached} from '../cache.js'
import {bundledConfig} from '../package-root.js'
import {loadYamlFile, parseYaml, readRulesText, RulesError, type PrepareContext} from './yaml.js'

export interface Config {
  /** The config file, nearest the draft. */
  file: string
  /** It and the configs it extends, the furthest base first. */
  layers: readonly string[]
  /** Each layer's `extends`, as written (what `--print-config` shows). */
  bases: ReadonlyMap<string, readonly string[]>
  /** The folders data files are looked for in, nearest config first, the bundled rules last. */
  dataDirectories: readonly string[]
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

/** The files a config may be, in each folder from a draft's up to the root; the nearest wins. */
export const CONFIG_FILES = ['article-lint.config.yml', '.article-lintrc.yml', 'package.json']
/** The key of a config inside package.json. */
const PACKAGE_KEY = 'article-lint'
/** What `extends` names the bundled config by. */
export const RECOMMENDED = 'article-lint/recommended'

/**
 * The config a command uses: the one given; else the nearest config file up
 * from `from` (a draft's folder, or the working directory); else
 * rules/config.yml in the working directory (this repository's layout); else
 * the bundled one.
 */
export function configPath(cwd: string, given?: string, from: string = cwd): string {
  if (given !== undefined) return given
  for (let directory = path.resolve(cwd, from); ; directory = path.dirname(directory)) {
    const found = CONFIG_FILES.map((name) => path.join(directory, name)).find(isConfigFile)
    if (found) return found
    if (path.dirname(directory) === directory) break
  }
  const local = path.join(cwd, 'rules', 'config.yml')
  return existsSync(local) ? local : bundledConfig
}

/** A config file there: package.json only with an "article-lint" key. */
function isConfigFile(file: string): boolean {
  if (!existsSync(file)) return false
  if (path.basename(file) !== 'package.json') return true
  try {
    return PACKAGE_KEY in (JSON.parse(readFileSync(file, 'utf8')) as object)
  } catch {
    return false
  }
}

/** One config file as written, and what it extends as written. */
interface Layer {
  file: string
  raw: Record<string, unknown>
  bases: string[]
}

export function loadConfig(file: string, checks: readonly Check[]): Config {
  const ruleIds = checks.flatMap((check) => Object.keys(check.rules))
  const schema = z.strictObject({
    extends: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    markdown: markdownOptions.optional(),
    rules: z.strictObject(Object.fromEntries(ruleIds.map((id) => [id, severity.optional()]))).optional(),
    ...Object.fromEntries(checks.map((check) => [check.name, check.options.optional()]))
  })
  // What the schema accepts depends on the checks: a layer parsed for one set of checks is not taken for another.
  const layers = layersOf(file, {schema, key: [...checks.map((check) => check.name), ...ruleIds].join(',')}, [])
  const merged = layers.reduce<Record<string, unknown>>((base, layer) => mergeLayer(base, layer.raw), {})
  const result = schema.safeParse(merged)
  if (!result.success) throw new RulesError(file, 1, 1, `${result.error.issues[0]!.message} once merged with the configs it extends`)
  const parsed = result.data as {rules?: Record<string, SeverityOrOff | undefined>; markdown?: FormatOptions} & Record<string, unknown>
  const severities = new Map<string, SeverityOrOff>()
  for (const check of checks) {
    for (const [id, rule] of Object.entries(check.rules)) severities.set(id, parsed.rules?.[id] ?? rule.severity)
  }
  const options = new Map(checks.map((check) => [check.name, parsed[check.name] ?? check.options.parse({})]))
  // Data paths resolve against the nearest config that has the file, then the bundled rules: a one-line config needs no copies.
  const directories = [...new Set([...layers.map((layer) => path.resolve(path.dirname(layer.file))).reverse(), path.dirname(bundledConfig)])]
  return {
    file,
    layers: layers.map((layer) => layer.file),
    bases: new Map(layers.map((layer) => [layer.file, layer.bases])),
    dataDirectories: directories,
    severities,
    options,
    formats: parsed.markdown ?? markdownOptions.parse({}),
    context: dataLoader(directories)
  }
}

/** The config file and every config it extends, the furthest base first. */
function layersOf(file: string, schema: LayerSchema, chain: readonly string[]): Layer[] {
  // Compared as absolute paths; named as given.
  if (chain.includes(path.resolve(file))) throw new RulesError(file, 1, 1, `config extends itself: ${[...chain, file].map((link) => path.basename(link)).join(' → ')}`)
  const raw = readLayer(file, schema)
  const bases = [raw.extends ?? []].flat() as string[]
  const extended = bases.flatMap((base) => layersOf(base === RECOMMENDED ? bundledConfig : path.resolve(path.dirname(file), base), schema, [...chain, path.resolve(file)]))
  return [...extended, {file, raw, bases}]
}

interface LayerSchema {
  schema: z.ZodType
  /** Names the schema in the cache. */
  key: string
}

/**
 * A config file's content as written, validated (every problem with its line
 * and column); in package.json, its "article-lint" key. Kept in the cache by
 * content, as the rules are: nearly every run reads the same config, and
 * parsing it was a fortieth of linting the seed.
 */
function readLayer(file: string, {schema, key}: LayerSchema): Record<string, unknown> {
  const text = readRulesText(file)
  const inPackage = path.basename(file) === 'package.json'
  return cached(['config-layer@1', key, String(inPackage), text], () => {
    if (!inPackage) return (parseYaml(text, file, schema).raw ?? {}) as Record<string, unknown>
    const wrapped = z.looseObject({[PACKAGE_KEY]: schema})
    return ((parseYaml(text, file, wrapped).raw as Record<string, unknown>)[PACKAGE_KEY] ?? {}) as Record<string, unknown>
  })
}

/** A config over its base: rule severities, and each check's options, key by key; anything else replaced. */
function mergeLayer(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const merged = {...base}
  for (const [key, value] of Object.entries(over)) {
    if (key === 'extends') continue
    const below = base[key]
    merged[key] = isPlainObject(below) && isPlainObject(value) ? {...below, ...value} : value
  }
  return merged
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Data files by paths relative to a config: the first of `directories` (nearest config first) that has one; else the nearest. */
function dataLoader(directories: readonly string[]): PrepareContext {
  // Nearest first, up to the first that exists: a file added to a nearer config's folder takes over.
  const sources = (relative: string) => {
    const candidates = directories.map((directory) => path.resolve(directory, relative))
    const found = candidates.findIndex((candidate) => existsSync(candidate))
    return found === -1 ? candidates : candidates.slice(0, found + 1)
  }
  const resolve = (relative: string) => {
    const candidates = sources(relative)
    return existsSync(candidates.at(-1)!) ? candidates.at(-1)! : candidates[0]!
  }
  return {
    sources,
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

/**
 * The config as the checks see it: severities, options, formats and the
 * folders its data files come from (a comment or a reordering in the file
 * changes nothing; two drafts under different configs keep apart).
 */
export function resolvedConfig(config: Config): string {
  return JSON.stringify({severities: [...config.severities], options: [...config.options], formats: config.formats, data: config.dataDirectories})
}
