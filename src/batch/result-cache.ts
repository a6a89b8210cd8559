/**
 * `--cache`: a draft's result kept from the last run, as ESLint and Prettier
 * keep theirs, and replayed while nothing it depends on has changed: the
 * draft's text, its path, the config resolved for it, `--no-fix`, every rule data
 * file its lint loaded (by content: src/batch/rule-data.ts), and the tool's
 * code and Node's version. One file per draft in the cache folder, named by
 * the draft's path, written atomically; an entry that does not read back
 * (truncated, damaged, from another Node) is a miss and is written anew.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {resolvedConfig, type Config} from '../config/config.js'
import type {Draft} from '../io/read-draft.js'
import {writeAtomic} from '../io/write-atomic.js'
import {DATA_PACKAGES, packageVersion} from '../package-data.js'
import {packageRoot} from '../package-root.js'
import type {FileResult} from '../run.js'
import {fingerprintOf} from './rule-data.js'
import {fromStored, type StoredResult} from './stored-result.js'

/** Where `--cache` keeps results unless `--cache-location` says: git-ignored wherever node_modules is. */
export const DEFAULT_CACHE_LOCATION = path.join('node_modules', '.cache', 'article-lint', 'results')

/** Changes when an entry's shape does. */
const ENTRY_VERSION = 'results-1'

interface Entry {
  key: string
  /** The rule data the lint loaded: path and fingerprint. */
  data: Array<[file: string, fingerprint: string]>
  result: StoredResult
}

export interface ResultCache {
  /** The draft's result from an earlier run, if nothing it depends on has changed. */
  lookup(draft: Draft, shown: string): FileResult | undefined
  /** Keep a draft's result, with the rule data files its lint loaded. */
  store(draft: Draft, shown: string, result: StoredResult, dataFiles: readonly string[]): void
}

/** `tool` is the version results are kept for (by default the bundled code, byte for byte, on this Node). */
export function openResultCache(location: string, config: Config, options: {fix: boolean; tool?: string}): ResultCache {
  const settings = hash([ENTRY_VERSION, options.tool ?? toolVersion(), resolvedConfig(config), String(options.fix)])
  const fingerprints = new Map<string, string>()
  const fingerprint = (file: string) => fingerprints.get(file) ?? fingerprints.set(file, fingerprintOf(file)).get(file)!
  const keyOf = (draft: Draft, shown: string) => hash([settings, shown, draft.bom ? 'bom' : '', draft.text])
  const entryFile = (draft: Draft) => path.join(location, `${hash([path.resolve(draft.path)]).slice(0, 32)}.bin`)
  let folderMade = false
  return {
    lookup(draft, shown) {
      let entry: Entry
      try {
        entry = deserialize(readFileSync(entryFile(draft))) as Entry
      } catch {
        return undefined
      }
      if (entry?.key !== keyOf(draft, shown) || !Array.isArray(entry.data) || !entry.data.every(([file, print]) => fingerprint(file) === print)) return undefined
      try {
        return fromStored(entry.result, draft)
      } catch {
        return undefined
      }
    },
    store(draft, shown, result, dataFiles) {
      const entry: Entry = {key: keyOf(draft, shown), data: dataFiles.map((file) => [file, fingerprint(file)]), result}
      try {
        if (!folderMade) mkdirSync(location, {recursive: true}), (folderMade = true)
        writeAtomic(entryFile(draft), serialize(entry))
      } catch {
        // A cache that cannot be written only makes the next run slower.
      }
    }
  }
}

/**
 * The code that runs: the bundle's bytes, not the build's id, which is new
 * with every build, so a CI job that builds before it lints still finds the
 * results an earlier job kept. Node's version (its Unicode tables), and the
 * versions of the packages whose data is read at run time (the dictionary:
 * an update without a rebuild changes what spelling finds).
 */
export function toolVersion(): string {
  return (tool ??= currentTool())
}

/** Once a process: a run opens a result cache for each config, and the bundle is 2.4 MB to hash. */
let tool: string | undefined

function currentTool(): string {
  let code: Buffer
  try {
    code = readFileSync(path.join(packageRoot, 'dist', 'article-lint.cjs'))
  } catch {
    code = Buffer.from(String(Math.random())) // no bundle: keep nothing across runs
  }
  const data = DATA_PACKAGES.map((name) => `${name}@${packageVersion(name)}`)
  return [createHash('sha256').update(code).digest('hex'), process.version, ...data].join(' ')
}

function hash(parts: readonly string[]): string {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\u0000')
  return digest.digest('hex')
}
