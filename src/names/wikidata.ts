/**
 * A Wikidata query result as query.wikidata.org gives it, read into rows of
 * the columns `names import` uses: the SPARQL 1.1 JSON results format
 * ({head: {vars}, results: {bindings: [{var: {type, value, "xml:lang"?}}]}})
 * or the service's CSV download (a header row of the variable names, then
 * plain values). Each column may go by one of a few names (below); anything
 * that is not such a result is an InputError naming the file.
 */
import path from 'node:path'
import {CsvError, parse as parseCsv} from 'csv-parse/sync'
import {InputError} from '../io/errors.js'

export interface WikidataRow {
  /** The row's number among the results, from 1 (for the CSV download, the header is line 1 and row 1 is on line 2). */
  row: number
  /** The person: an entity URI ("http://www.wikidata.org/entity/Q3874799"); rows of one person share it. */
  person: string
  /** The English label; the label service gives the entity's id ("Q123") when there is none. */
  label: string
  /** The label's language tag, when the result gives one (JSON only). */
  labelLanguage?: string
  /** Other names, one value: `|`-separated (GROUP_CONCAT) or `, `-separated (the label service's AltLabel). */
  aliases: string
  role: string
  start: string
  end: string
  country: string
  /** The country or organisation the role belongs to ("Google" for its chief executive), when the query gives one. */
  organisation: string
}

type Field = Exclude<keyof WikidataRow, 'row' | 'labelLanguage'>

/** The names a column may have in a query, first match wins. */
export const COLUMNS: Record<Field, readonly string[]> = {
  person: ['person'],
  label: ['personLabel'],
  aliases: ['aliases', 'personAltLabel'],
  role: ['positionLabel', 'roleLabel', 'role'],
  start: ['start'],
  end: ['end'],
  country: ['countryLabel'],
  organisation: ['organisationLabel', 'organizationLabel', 'ofLabel']
}

const REQUIRED: readonly Field[] = ['person', 'label', 'role', 'start', 'country']

/** Read a query result; `shown` is the file as messages name it. */
export function readWikidata(text: string, shown: string): WikidataRow[] {
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') throw new InputError(shown, 'empty file')
  const extension = path.extname(shown).toLowerCase()
  if (extension === '.tsv') throw new InputError(shown, 'a TSV download is not read: download the query result as JSON or CSV')
  const json = extension === '.json' || (extension !== '.csv' && /^\s*[{[]/.test(body))
  return json ? fromJson(body, shown) : fromCsv(body, shown)
}

interface Binding {
  value?: unknown
  'xml:lang'?: unknown
}

function fromJson(text: string, shown: string): WikidataRow[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new InputError(shown, `not valid JSON${jsonPlace(text, (error as Error).message)}`)
  }
  const result = parsed as {head?: {vars?: unknown}; results?: {bindings?: unknown}} | null
  const vars = result?.head?.vars
  const bindings = result?.results?.bindings
  if (!Array.isArray(vars) || !vars.every((name) => typeof name === 'string') || !Array.isArray(bindings)) {
    throw new InputError(shown, 'not a SPARQL query result (JSON without head.vars and results.bindings): download the result from query.wikidata.org as JSON')
  }
  const columns = columnsOf(vars as string[], shown)
  return bindings.map((binding: Record<string, Binding | undefined> | null, index) => {
    const cell = (field: Field) => {
      const column = columns[field]
      const value = column === undefined ? undefined : binding?.[column]?.value
      return typeof value === 'string' ? value : ''
    }
    const language = binding?.[columns.label!]?.['xml:lang']
    return {...rowOf(cell, index + 1), ...(typeof language === 'string' ? {labelLanguage: language} : {})}
  })
}

function fromCsv(text: string, shown: string): WikidataRow[] {
  const csv = (options: {to_line?: number}) => {
    try {
      return parseCsv(text, {skip_empty_lines: true, ...options}) as string[][]
    } catch (error) {
      throw new InputError(shown, `not valid CSV (${error instanceof CsvError ? error.message : String(error)})`)
    }
  }
  // The header first: a file that is not a query result at all is told so, not that its lines differ in length.
  const header = (csv({to_line: 1})[0] ?? []).map((name) => name.trim())
  const columns = columnsOf(header, shown)
  const [, ...rows] = csv({})
  const at = Object.fromEntries(Object.entries(columns).map(([field, column]) => [field, header.indexOf(column)]))
  return rows.map((record, index) => rowOf((field) => (at[field]! >= 0 ? (record[at[field]!] ?? '') : ''), index + 1))
}

function rowOf(cell: (field: Field) => string, row: number): WikidataRow {
  const fields = Object.keys(COLUMNS) as Field[]
  return {row, ...(Object.fromEntries(fields.map((field) => [field, cell(field).trim()])) as Record<Field, string>)}
}

/** Which column holds each field; a required one missing is an error naming what is missing and what the file has. */
function columnsOf(names: readonly string[], shown: string): Partial<Record<Field, string>> {
  const columns: Partial<Record<Field, string>> = {}
  for (const [field, candidates] of Object.entries(COLUMNS) as Array<[Field, readonly string[]]>) {
    const found = candidates.find((name) => names.includes(name))
    if (found !== undefined) columns[field] = found
  }
  const missing = REQUIRED.filter((field) => columns[field] === undefined).map((field) => COLUMNS[field][0]!)
  if (missing.length > 0) {
    const has = names.length > 0 ? names.join(', ') : 'none'
    throw new InputError(
      shown,
      `not a query result names import can read: no column ${missing.join(', ')} (its columns: ${has}); the query must select ?person ?personLabel ?positionLabel ?start ?countryLabel (see the README's queries)`
    )
  }
  return columns
}

/**
 * Where JSON.parse stopped and why: " at line 3, column 7 (Expected ',' or
 * ']' after array element)" from "… in JSON at position N"; V8 gives some
 * errors with a quote of the text instead ("Unexpected token '}', "…" is not
 * valid JSON"), and those without the quote.
 */
function jsonPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message)
  const what = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .replace(/^(Unexpected token '[^']*'), .* is not valid JSON$/s, '$1')
  if (!position) return ` (${what})`
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return ` at line ${line}, column ${column} (${what})`
}
