/**
 * A run's drafts, linted: each read once and given its config (the nearest
 * up from its folder, unless one is named: each config loaded and its linter
 * built once); with `--cache`, replayed from the result cache while nothing
 * it depends on has changed; the rest linted in this thread, or over a pool
 * of worker threads when the batch is large enough for their start to pay
 * (`--jobs`). Results come back one draft at a time, in the order asked,
 * whichever way they were made. The command and the API's lintFiles both
 * lint through here.
 */
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'
import {checks} from '../checks/index.js'
import {configPath, loadConfig, type Config} from '../config/config.js'
import {RulesError} from '../config/yaml.js'
import {InputError, UsageError} from '../io/errors.js'
import {renderReports} from '../io/outputs.js'
import {readDraft, type Draft} from '../io/read-draft.js'
import {memoised} from '../memo.js'
import {packageRoot} from '../package-root.js'
import {CheckError, type Linter} from '../pipeline.js'
import {lintDraft, type FileResult} from '../run.js'
import {linterFor, type BuiltLinter} from './linters.js'
import {revive, startPool, type PlainError} from './pool.js'
import {openResultCache, type ResultCache} from './result-cache.js'
import {fromStored, toStored} from './stored-result.js'
import type {LintReply, LintSetup, LintTask} from './worker.js'

export type Jobs = number | 'auto'

export interface BatchOptions {
  fix: boolean
  /** The result cache's folder (`--cache`). */
  cache?: string
  jobs: Jobs
  /** One config for every draft (`--config`); without it, each draft's nearest. */
  config?: string
  /** How a draft is read (by default from its file): `--stdin` hands in what it read. */
  read?: (file: string, shown: string) => Draft
  /** Render each draft's annotated reports with its lint, for the outputs (and the result cache) to keep. */
  reports?: boolean
}

/** A run's drafts, ready to lint. */
export interface Batch {
  /** A draft's result, by its path as expanded; throws the draft's own error (unreadable, a check that failed). */
  lint(file: string): Promise<FileResult>
  /** End the worker threads now, with the drafts they have not linted (a run stopped by a signal); nothing in this thread. */
  close(): Promise<void>
}

/**
 * `--jobs auto` starts a worker for each this many bytes of drafts to lint,
 * up to the idle cores: a worker's start (the bundle, the rules and the
 * spelling index loaded again, its code warmed up again) costs about what
 * linting 50 to 75 KB does, and on a machine whose cores are busy two
 * threads lost to one (docs/performance.md, "Batches").
 */
export const AUTO_BYTES_PER_WORKER = 256 * 1024

interface Read {
  shown: string
  config: Config
  draft?: Draft
  error?: unknown
}

interface Miss {
  draft: Draft
  shown: string
  config: Config
}

/**
 * Read the drafts, load their configs and consult the cache now; build the
 * linters (or start the workers) now if any draft needs linting, so a rules
 * error ends the run before anything is written. The linting itself starts
 * at the first call.
 */
export async function lintBatch(files: readonly string[], cwd: string, options: BatchOptions): Promise<Batch> {
  const configFor = configsFor(cwd, options.config)
  const read = options.read ?? readDraft
  const reads = new Map(files.map((file) => [file, readOne(file, shownPath(cwd, file), configFor(file), read)]))
  // One result cache per config: its entries are keyed by the config resolved for the draft.
  const caches = new Map<Config, ResultCache>()
  const location = options.cache === undefined ? undefined : path.resolve(cwd, options.cache)
  const cache = location === undefined ? undefined : (config: Config) => caches.get(config) ?? caches.set(config, openResultCache(location, config, options)).get(config)!
  const replayed = new Map<string, FileResult>()
  const misses: Miss[] = []
  for (const [file, {draft, shown, config}] of reads) {
    if (!draft) continue
    const hit = cache?.(config).lookup(draft, shown)
    if (hit) replayed.set(file, hit)
    else misses.push({draft, shown, config})
  }
  const workers = workerCount(options.jobs, misses.map(({draft}) => draft))
  const linted = misses.length === 0 ? undefined : workers > 1 ? await overWorkers(workers, misses, options, cache) : {lint: inThisThread(misses, options, cache), close: async () => {}}
  // ARTICLE_LINT_DEBUG=1 says where the results come from.
  if (process.env.ARTICLE_LINT_DEBUG && (cache || workers > 1)) {
    const linted = `${misses.length} linted ${workers > 1 ? `over ${workers} worker threads` : 'in this thread'}`
    process.stderr.write(`article-lint: ${cache ? `${replayed.size} from the result cache, ` : ''}${linted}\n`)
  }
  return {
    async lint(file) {
      const read = reads.get(file)
      if (!read) throw new Error(`${file} is not in this batch`)
      if (!read.draft) throw read.error
      return replayed.get(file) ?? linted!.lint({draft: read.draft, shown: read.shown, config: read.config})
    },
    close: async () => linted?.close()
  }
}

/** The misses, linted one at a time when asked for, and the end of whatever lints them. */
interface MissLint {
  lint(miss: Miss): Promise<FileResult>
  close(): Promise<void>
}

/**
 * A draft's config: the one named, else the nearest up from the draft's
 * folder (src/config/config.ts). Each config file is loaded once, whatever
 * the number of drafts under it, and named in its errors as given.
 */
export function configsFor(cwd: string, given: string | undefined): (file: string) => Config {
  const load = memoised((file: string) => loadConfig(path.resolve(file) === path.resolve(cwd, file) ? file : path.resolve(cwd, file), checks))
  const inFolder = memoised((folder: string) => load(configPath(cwd, given, folder)))
  return (file) => inFolder(path.dirname(path.resolve(cwd, file)))
}

/** `--jobs`: a number of threads, or `auto`. */
export function parseJobs(value: string): Jobs {
  if (value === 'auto') return 'auto'
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--jobs "${value}": use a number of threads from 1, or auto`)
  return Number(value)
}

/** As many workers as asked for, never more than drafts to lint; `auto`: the idle cores, one per AUTO_BYTES_PER_WORKER. One or none means this thread. */
export function workerCount(jobs: Jobs, drafts: readonly Draft[], cores = idleCores()): number {
  if (jobs !== 'auto') return Math.min(jobs, drafts.length)
  const bytes = drafts.reduce((sum, draft) => sum + draft.text.length, 0)
  return Math.min(cores, drafts.length, Math.floor(bytes / AUTO_BYTES_PER_WORKER))
}

/**
 * The cores for workers: those the load average leaves idle (this process's
 * own share counted as idle), less one for V8's own threads. One thread of
 * linting keeps 1.3 cores busy with garbage collection and compiling beside
 * it, so on an idle 2-core machine two workers took 1.07× the wall time and
 * 1.5× the CPU of one thread (docs/performance.md, "Batches"). At least one.
 */
export function idleCores(cores = availableParallelism(), load = loadavg()[0]!): number {
  return Math.max(1, Math.min(cores - 1, Math.round(cores - load)))
}

function readOne(file: string, shown: string, config: Config, read: (file: string, shown: string) => Draft): Read {
  try {
    return {shown, config, draft: read(file, shown)}
  } catch (error) {
    return {shown, config, error}
  }
}

/** The path reports show: relative to the working directory, with forward slashes. */
export function shownPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.'
}

/** A linter for each config the misses have, built now; each result kept in its config's cache. */
function inThisThread(misses: readonly Miss[], options: BatchOptions, cache: ((config: Config) => ResultCache) | undefined): (miss: Miss) => Promise<FileResult> {
  const linters = new Map<Config, BuiltLinter>()
  for (const {config} of misses) if (!linters.has(config)) linters.set(config, linterFor(config))
  return async ({draft, shown, config}) => {
    const {linter, files} = linters.get(config)!
    const result = lintForRun(linter, draft, shown, options)
    cache?.(config).store(draft, shown, toStored(result), files())
    return result
  }
}

/** A draft linted as the run needs it: with its annotated reports when `reports` asks (in a worker thread, there). */
export function lintForRun(linter: Linter, draft: Draft, shown: string, options: {fix: boolean; reports?: boolean}): FileResult {
  const result = lintDraft(linter, draft, shown, {fix: options.fix})
  if (options.reports) result.reports = renderReports(result)
  return result
}

/** An error a worker ended a draft (or its start) with, of its class again: the run reports it as it does its own. */
export function reviveLintError(error: PlainError): Error {
  return revive(error, {InputError, UsageError, RulesError, CheckError})
}

async function overWorkers(size: number, misses: readonly Miss[], options: BatchOptions, cache: ((config: Config) => ResultCache) | undefined): Promise<MissLint> {
  // Every worker builds a linter for each config the misses have, before the first task: a rules error ends the run first.
  const setup: LintSetup = {configs: [...new Set(misses.map(({config}) => config.file))], fix: options.fix, reports: options.reports ?? false}
  // The workers run the launcher, as the command does: the same bundle, from the same code cache.
  const launcher = path.join(packageRoot, 'dist', 'article-lint.mjs')
  const pool = await startPool<LintTask, LintReply>(launcher, size, setup).catch((error: PlainError) => {
    throw reviveLintError(error)
  })
  let results: Map<Draft, Promise<FileResult>> | undefined
  const start = () => {
    const all = misses.map(({draft, shown, config}) => {
      const result = pool.run({config: config.file, draft, shown}).then(
        ({result, dataFiles}) => {
          cache?.(config).store(draft, shown, result, dataFiles)
          return fromStored(result, draft)
        },
        (error: PlainError) => {
          throw reviveLintError(error)
        }
      )
      // Awaited in order later: a draft that fails before its turn is not an unhandled rejection.
      result.catch(() => {})
      return [draft, result] as const
    })
    void Promise.allSettled(all.map(([, result]) => result)).then(() => pool.close())
    return new Map(all)
  }
  return {lint: ({draft}) => (results ??= start()).get(draft)!, close: () => pool.close()}
}
