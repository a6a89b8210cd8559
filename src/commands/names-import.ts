/**
 * `article-lint names import FILE`: a Wikidata query result (the JSON or
 * CSV that query.wikidata.org downloads) merged into the user's people file
 * (rules/names.local.yml by default). Reading the result is
 * src/names/wikidata.ts's job, making entries and merging them
 * src/names/import.ts's; this module is the command: arguments, files, the
 * summary line.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {z} from 'zod'
import {checks} from '../checks/index.js'
import type {namesOptions} from '../checks/names.js'
import {configPath, loadConfig} from '../config/config.js'
import {EXIT, InputError, UsageError} from '../io/errors.js'
import {MAX_DATA_BYTES, readRegularFile, unreadable} from '../io/read-file.js'
import {readRulesDocument, writeRulesDocument} from '../io/rules-file.js'
import {countriesSchema, gazetteerSchema} from '../names/gazetteer.js'
import {type MergeCounts} from '../io/rules-file.js'
import {importRows, mergePeople, SKIPS, type Imported} from '../names/import.js'
import {readWikidata} from '../names/wikidata.js'
import {parseSubcommand} from './names.js'

export const IMPORT_USAGE = `Usage: article-lint names import FILE [--out FILE] [--config FILE]

Turn a Wikidata query result, downloaded from query.wikidata.org as JSON or
CSV, into gazetteer entries (name, country, roles with years, alternates,
nicknames) and merge them into the people file: people already there keep
their entries and gain the roles and aliases they lack. The README has
ready queries (a government's members, the chief executives of companies).

Options:
  --out FILE     the people file to merge into (default: rules/names.local.yml)
  --config FILE  the config whose countries file names countries (default: rules/config.yml here, else the bundled one)
  --help         show this help`

const HEADER = [
  'Your own people, merged with the bundled gazetteer (rules/names/), in its',
  'format: name, country, roles (role, country if different, from, to),',
  'alternates (other spellings of the full name), nicknames (short forms).',
  'Written by `article-lint names import` from Wikidata query results; edit it',
  'freely: a later import adds roles and aliases, and never removes what is here.'
]

export async function namesImport(argv: readonly string[], cwd: string): Promise<number> {
  const {values, positionals} = parseSubcommand('import', () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {out: {type: 'string', default: path.join('rules', 'names.local.yml')}, config: {type: 'string'}, help: {type: 'boolean', default: false}}
    })
  )
  if (values.help) {
    process.stdout.write(`${IMPORT_USAGE}\n`)
    return EXIT.clean
  }
  if (positionals.length !== 1) throw new UsageError(`names import: give one FILE, the query result (${positionals.length === 0 ? 'none given' : `${positionals.length} given`}); see article-lint names import --help`)
  const file = positionals[0]!
  const rows = readWikidata(readText(path.resolve(cwd, file), file), file)
  const imported = importRows(rows, countries(configPath(cwd, values.config)))
  const out = values.out
  const target = path.resolve(cwd, out)
  const {doc, data, loaded} = readRulesDocument(target, out, gazetteerSchema, HEADER)
  const counts = mergePeople(doc, data.people, imported.people)
  if (loaded || imported.people.length > 0) writeRulesDocument(target, out, doc, gazetteerSchema)
  process.stdout.write(`${summary(imported, counts, out)}\n`)
  return EXIT.clean
}

/** A query result's text: UTF-8 (a byte-order mark is dropped). */
function readText(file: string, shown: string): string {
  let bytes: Buffer
  try {
    bytes = readRegularFile(file, MAX_DATA_BYTES, 'a query result')
  } catch (error) {
    const reason = unreadable(error)
    throw new InputError(shown, reason === 'is a directory' ? 'is a directory, not a query result' : reason)
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    throw new InputError(shown, 'not UTF-8 text: download the query result as JSON or CSV')
  }
}

/** The countries and organisations of the config's names check: country labels are written as it names them. */
function countries(config: string) {
  const loaded = loadConfig(config, checks)
  const options = loaded.options.get('names') as z.infer<typeof namesOptions>
  return loaded.context.loadData(options.countries, countriesSchema, 'countries@1').data.countries
}

/** "4 people imported into rules/names.local.yml (3 new, 1 updated, 0 unchanged), 2 rows skipped: 1 with a Q-id for a label, 1 without a start date" */
export function summary({people, skipped}: Imported, counts: MergeCounts, out: string): string {
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0)
  const reasons = SKIPS.filter((reason) => skipped.has(reason)).map((reason) => `${skipped.get(reason)} ${reason}`)
  const rows = total === 0 ? 'no row skipped' : `${plural(total, 'row')} skipped: ${reasons.join(', ')}`
  return `${plural(people.length, 'person', 'people')} imported into ${out} (${counts.added} new, ${counts.updated} updated, ${counts.unchanged} unchanged), ${rows}`
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
