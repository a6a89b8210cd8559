/**
 * The rule data a lint depends on: every data file (and rules folder) the
 * checks' `prepare` steps load through the config's context, recorded as they
 * load it, so the result cache knows what to compare without a list of its
 * own; and a fingerprint of each, by content (a checkout on CI gives every
 * file a new modification time, so size and time would miss every time).
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import type {Config} from '../config/config.js'
import type {PrepareContext} from '../config/yaml.js'

/** The config, with a context that records each data path it is asked for; `files()` lists them. */
export function recordingRuleData(config: Config): {config: Config; files: () => string[]} {
  const recorded = new Set<string>()
  const {context} = config
  // Every place the path is looked for: one that appears nearer than the file read would be read instead.
  const record = (relative: string) => context.sources(relative).forEach((file) => recorded.add(file))
  const recording: PrepareContext = {
    loadData: (relative, schema, id) => (record(relative), context.loadData(relative, schema, id)),
    loadOptionalData: (relative, schema, id) => (record(relative), context.loadOptionalData(relative, schema, id)),
    fingerprint: (relative) => (record(relative), context.fingerprint(relative)),
    files: (relative) => (record(relative), context.files(relative)),
    sources: (relative) => context.sources(relative)
  }
  return {config: {...config, context: recording}, files: () => [...recorded].sort()}
}

/** A data path's content: a file's hash, a folder's list of names, or "missing". */
export function fingerprintOf(file: string): string {
  try {
    if (statSync(file).isDirectory()) return `folder:${readdirSync(file).sort().join('/')}`
    return createHash('sha256').update(readFileSync(file)).digest('hex')
  } catch {
    return 'missing'
  }
}
