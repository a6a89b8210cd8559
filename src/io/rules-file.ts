/**
 * A rules file that a command writes (`names import`, `names learn`): read as
 * a YAML document, which keeps its comments and layout, after the rules
 * loader's own validation (a broken file is a RulesError with
 * file:line:column, and nothing is written); then written back atomically,
 * validated again, in the style of the bundled rules (no line folding,
 * `{role: President, from: 2019}`).
 */
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {Document, isMap, isSeq, parseDocument, type YAMLSeq} from 'yaml'
import type {z} from 'zod'
import {parseYaml, type LoadedYaml} from '../config/yaml.js'
import {InputError} from './errors.js'
import {MAX_RULES_BYTES, readRegularFile, unreadable} from './read-file.js'
import {writeAtomic} from './write-atomic.js'

export interface RulesDocument<T> {
  doc: Document
  /** The file's validated data (defaults filled in); the schema's empty value for a new file. */
  data: T
  /** The file as the rules loader read it (positions for errors found later); none for a new file. */
  loaded?: LoadedYaml<T>
}

/**
 * Read `file` (named `shown` in messages); a file that does not exist yet is
 * an empty document whose header comment is `header` (lines without "#").
 */
export function readRulesDocument<T>(file: string, shown: string, schema: z.ZodType<T>, header: readonly string[]): RulesDocument<T> {
  let text: string
  try {
    text = readRegularFile(file, MAX_RULES_BYTES, 'a rules file').toString('utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new InputError(shown, unreadable(error))
    const doc = new Document()
    doc.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n')
    return {doc, data: schema.parse({})}
  }
  const loaded = parseYaml(text, shown, schema)
  // The same options as the loader's parse, which has just accepted the text.
  const doc = parseDocument(text, {schema: 'core', resolveKnownTags: false, uniqueKeys: true, prettyErrors: false})
  return {doc, data: loaded.data, loaded}
}

/** The document as it would be written. */
export function rulesText(doc: Document): string {
  return doc.toString({lineWidth: 0, flowCollectionPadding: false})
}

/** Write the document atomically (making its folder), after checking that the rules loader accepts what is written. */
export function writeRulesDocument<T>(file: string, shown: string, doc: Document, schema: z.ZodType<T>): void {
  const text = rulesText(doc)
  parseYaml(text, shown, schema)
  try {
    mkdirSync(path.dirname(file), {recursive: true})
    writeAtomic(file, text)
  } catch (error) {
    throw new InputError(shown, `cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/** What a merge into a rules file did, entry by entry. */
export interface MergeCounts {
  added: number
  updated: number
  unchanged: number
}

/** The document's top-level list under `key` (`people`, `learned`), made when the file has none; written as a block list. */
export function topList(doc: Document, key: string): YAMLSeq {
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never
  let list = doc.get(key, true)
  if (!isSeq(list)) {
    list = doc.createNode([])
    doc.set(key, list)
  }
  const seq = list as YAMLSeq
  seq.flow = false
  return seq
}
