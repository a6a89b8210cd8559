/**
 * Load a YAML rules file and validate it against a zod schema. Every problem
 * becomes a RulesError naming file, line and column. YAML is parsed with the
 * core schema (no custom tags, nor YAML 1.1's !!binary, !!set, !!omap,
 * !!pairs or !!timestamp, which build objects), so a rules file can never
 * execute code and holds only plain data.
 * Validated data is cached by the file's content, so a file is parsed again
 * only when it changes (a first parse of the bundled rules costs about a
 * second: docs/performance.md).
 */
import {isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode} from 'yaml'
import type {z} from 'zod'
import {cached} from '../cache.js'
import {FileRefused, MAX_RULES_BYTES, readRegularFile} from '../io/read-file.js'

export class RulesError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly what: string
  ) {
    super(`${file}:${line}:${column}: ${what}`)
    this.name = 'RulesError'
  }
}

export interface LoadedYaml<T> {
  /** The file's path, as errors name it. */
  file: string
  data: T
  /** The data as written, before validation filled in defaults (for layering configs). */
  raw?: unknown
  /** Line/column of a value in the file, for errors found after validation. */
  where(path: ReadonlyArray<PropertyKey>): {line: number; column: number}
}

/** What a check's `prepare` gets: its data files, loaded and validated relative to the config file. */
export interface PrepareContext {
  /**
   * Load and validate a YAML data file named relative to the config file.
   * `schemaId` names the schema and its version, for the cache of validated data.
   */
  loadData<T>(relativePath: string, schema: z.ZodType<T>, schemaId: string): LoadedYaml<T>
  /** Like loadData, but a missing file yields undefined (for optional user files). */
  loadOptionalData<T>(relativePath: string, schema: z.ZodType<T>, schemaId: string): LoadedYaml<T> | undefined
  /** A data file's size and modification time ("missing" when it is missing): a key for caching what is built from it. */
  fingerprint(relativePath: string): string
  /** A file as itself; a folder (named with a trailing "/") as its .yml files, by name. */
  files(relativePath: string): string[]
  /** Where a data path is looked for, in order, up to the place that has it: what a result depends on. */
  sources(relativePath: string): string[]
}

/**
 * `schemaId` names the schema and its version ("gazetteer@1"): validated data
 * is cached under it and the file's content, so change it when the schema changes.
 */
export function loadYamlFile<T>(file: string, schema: z.ZodType<T>, schemaId: string): LoadedYaml<T> {
  const text = readRulesText(file)
  let parsed: LoadedYaml<T> | undefined
  const data = cached([CACHE_VERSION, schemaId, text], () => (parsed = parseYaml(text, file, schema)).data)
  // Positions are needed only for an error found after validation: parse again then, if the data came from the cache.
  return {file, data, where: (path) => (parsed ??= parseYaml(text, file, schema)).where(path)}
}

/** A rules or config file's text: a regular file, within the size limit. */
export function readRulesText(file: string): string {
  try {
    return readRegularFile(file, MAX_RULES_BYTES, 'a rules file').toString('utf8')
  } catch (error) {
    throw new RulesError(file, 1, 1, error instanceof FileRefused ? error.message : `cannot read rules file (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

const CACHE_VERSION = 'rules-2'

/** Aliases share one object, but each is walked again by validation: a bound keeps "billion laughs" out. */
const MAX_ALIASES = 50

/** The parse: every error with its line and column, and positions for errors found after validation. */
export function parseYaml<T>(text: string, file: string, schema: z.ZodType<T>): LoadedYaml<T> {
  const lines = new LineCounter()
  const doc = parseDocument(text, {lineCounter: lines, schema: 'core', resolveKnownTags: false, uniqueKeys: true, prettyErrors: false})
  const position = (offset: number) => {
    const {line, col} = lines.linePos(offset)
    return {line, column: col}
  }
  // Warnings too (an unknown tag such as !!js/function): a rules file must be plain data.
  const syntax = doc.errors[0] ?? doc.warnings[0]
  if (syntax) {
    const {line, column} = position(syntax.pos[0])
    throw new RulesError(file, line, column, firstLine(syntax.message))
  }
  let value: unknown
  try {
    value = doc.toJS({maxAliasCount: MAX_ALIASES})
  } catch (error) {
    // Too many aliases: named at the first one.
    const {line, column} = position(firstAlias(doc) ?? 0)
    throw new RulesError(file, line, column, firstLine((error as Error).message))
  }
  const result = schema.safeParse(value ?? {})
  const where = (path: ReadonlyArray<PropertyKey>) => position(offsetOf(doc, path))
  if (!result.success) {
    const issue = result.error.issues[0]!
    const path = issue.path.slice()
    const at = path.length > 0 ? ` at ${path.join('.')}` : ''
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0])
    const {line, column} = where(path)
    throw new RulesError(file, line, column, `${issue.message}${at}`)
  }
  return {file, data: result.data, raw: value, where}
}

/** Offset of the deepest YAML node on `path`: a map entry's key, a list item's start. */
function offsetOf(doc: Document, path: ReadonlyArray<PropertyKey>): number {
  let node: unknown = doc.contents
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key))
      if (!pair) break
      offset = (pair.key as YamlNode).range?.[0] ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key]
      offset = (node as YamlNode | null)?.range?.[0] ?? offset
    } else break
  }
  return offset
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0]
      return visit.BREAK
    }
  })
  return offset
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
