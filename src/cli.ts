/**
 * article-lint's command line: parse arguments, expand paths, lint each
 * draft, write its outputs, print the report, choose the exit code.
 * `article-lint names …` runs the commands of src/commands/names.ts instead.
 * Exit codes: 0 no error-severity finding; 1 error findings (or warnings with
 * --frail); 2 usage, input, config or output error.
 */
import {appendFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {lintBatch, parseJobs, type Jobs} from './batch/lint-batch.js'
import {DEFAULT_CACHE_LOCATION} from './batch/result-cache.js'
import {inShard, parseShard, type Shard} from './batch/shard.js'
import {checks} from './checks/index.js'
import {configPath, loadConfig} from './config/config.js'
import {errorLine, EXIT, InputError, UsageError} from './io/errors.js'
import {changedLines, onlyChanged, verifyRef} from './io/changed-lines.js'
import {endQuietlyOnClosedPipes} from './io/closed-pipes.js'
import {expandInputs} from './io/expand.js'
import {loadFormats} from './formats/index.js'
import {planOutputs, writeOutputs, type OutputPaths} from './io/outputs.js'
import {holdSignals, stopped, type SignalGate} from './io/signals.js'
import {formats} from './report/index.js'
import {summary, SUMMARY_LIMIT} from './report/summary.js'
import type {FileResult} from './run.js'

export {serveLints} from './batch/worker.js'

const USAGE = `Usage: article-lint [options] [files|dirs|globs...]   (default: drafts/)
       article-lint names import FILE   a Wikidata query result into rules/names.local.yml
       article-lint names learn DIR     the names published articles use, into rules/names.learned.yml
                                        (article-lint names --help: their options)
       article-lint merge FILE...       the shards' SARIF logs, or job summaries, as one (see --shard)

Options:
  --format NAME    report on stdout: ${Object.keys(formats).join(', ')} (default: stylish)
  --out DIR        where corrected drafts, diffs and reports go (default: out)
  --summary FILE   also append the Markdown job summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
  --changed-since REF  report only findings on lines changed since the git REF
  --config FILE    rules config (default: rules/config.yml here, else the bundled one)
  --no-fix         report only: no corrected draft, no diff
  --quiet          hide info messages
  --frail          warnings fail the run too (exit 1)
  --cache          skip drafts unchanged since the last run (same config, rules and version): replay their results
  --cache-location DIR  where --cache keeps results (default: ${DEFAULT_CACHE_LOCATION})
  --jobs N|auto    lint over N worker threads (default: auto, the idle cores for a large batch, else 1)
  --shard I/N      lint only shard I of N of the drafts (by a hash of each path), for a CI matrix
  --help           show this help`

interface Options {
  format: string
  out: string
  summary?: string
  changedSince?: string
  config: string
  fix: boolean
  quiet: boolean
  frail: boolean
  cache?: string
  jobs: Jobs
  shard?: Shard
  help: boolean
  inputs: string[]
}

export function parseOptions(argv: readonly string[], cwd: string): Options {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: {type: 'string', default: 'stylish'},
        out: {type: 'string', default: 'out'},
        summary: {type: 'string'},
        'changed-since': {type: 'string'},
        config: {type: 'string'},
        fix: {type: 'boolean', default: true},
        quiet: {type: 'boolean', default: false},
        frail: {type: 'boolean', default: false},
        cache: {type: 'boolean', default: false},
        'cache-location': {type: 'string'},
        jobs: {type: 'string', default: 'auto'},
        shard: {type: 'string'},
        help: {type: 'boolean', default: false}
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0])
  }
  const {values, positionals} = parsed
  if (!(values.format in formats)) throw new UsageError(`unknown --format "${values.format}": use ${Object.keys(formats).join(', ')}`)
  return {
    format: values.format,
    out: values.out,
    summary: values.summary,
    changedSince: values['changed-since'],
    config: configPath(cwd, values.config),
    fix: values.fix,
    quiet: values.quiet,
    frail: values.frail,
    cache: values.cache ? (values['cache-location'] ?? DEFAULT_CACHE_LOCATION) : undefined,
    jobs: parseJobs(values.jobs),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    help: values.help,
    inputs: positionals.length > 0 ? positionals : ['drafts']
  }
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  endQuietlyOnClosedPipes()
  // `names` first: the commands that build the names data (src/commands/names.ts), loaded only then.
  if (argv[0] === 'names') {
    try {
      return await (await import('./commands/names.js')).names(argv.slice(1), cwd)
    } catch (error) {
      return fail(error)
    }
  }
  if (argv[0] === 'merge') {
    try {
      return await (await import('./commands/merge.js')).merge(argv.slice(1), cwd)
    } catch (error) {
      return fail(error)
    }
  }
  let options: Options
  try {
    options = parseOptions(argv, cwd)
  } catch (error) {
    return fail(error)
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return EXIT.clean
  }
  const signals = holdSignals()
  try {
    return await lintAll(options, cwd, signals)
  } finally {
    signals.release()
  }
}

/** Lint the drafts, write their outputs, print the report; a SIGINT or SIGTERM stops the run between two drafts (src/io/signals.ts). */
async function lintAll(options: Options, cwd: string, signals: SignalGate): Promise<number> {
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || '.'
  let lint, files: string[], outputs: Map<string, OutputPaths>
  try {
    if (options.changedSince) verifyRef(options.changedSince, cwd)
    const config = loadConfig(options.config, checks)
    files = expandInputs(options.inputs, cwd)
    if (options.shard) files = inShard(files, options.shard, cwd)
    // The linter first: a rules error ends the run before the output folder is made.
    lint = await lintBatch(config, files, cwd, {fix: options.fix, cache: options.cache, jobs: options.jobs})
    outputs = planOutputs(path.resolve(cwd, options.out), files, {fix: options.fix}, shown)
    await loadFormats(files)
  } catch (error) {
    return fail(error)
  }
  const results: FileResult[] = []
  let failed = false
  for (const [index, file] of files.entries()) {
    try {
      const result = await lint(file)
      writeOutputs(result, outputs.get(file)!, {fix: options.fix, shown})
      // The corrected draft and the diff stay whole; the report keeps to the changed lines.
      results.push(options.changedSince ? onlyChanged(result, changedLines(options.changedSince, file, cwd)) : result)
    } catch (error) {
      failed = true
      fail(error, path.relative(cwd, file))
    }
    const signal = await signals.between()
    if (signal) {
      const stop = stopped(signal, index + 1, files.length)
      process.stderr.write(stop.line)
      return stop.code
    }
  }
  process.stdout.write(formats[options.format]!(results, {quiet: options.quiet, color: Boolean(process.stdout.isTTY)}))
  if (options.summary) {
    try {
      appendFileSync(options.summary, summary(results, undefined, SUMMARY_LIMIT - sizeOf(options.summary)))
    } catch (error) {
      failed = true
      fail(new InputError(options.summary, `cannot write the summary (${(error as NodeJS.ErrnoException).code})`))
    }
  }
  if (failed) return EXIT.failure
  const failing = results.some((result) => result.messages.some((m) => m.severity === 'error' || (options.frail && m.severity === 'warning')))
  return failing ? EXIT.findings : EXIT.clean
}

/** A file's size, 0 when it does not exist yet: what a step's job summary already holds. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/**
 * Every failure is one line on stderr naming the file. A crash (a bug) says
 * which check failed; ARTICLE_LINT_DEBUG=1 adds the stack.
 */
function fail(error: unknown, file?: string): number {
  process.stderr.write(errorLine(error, file))
  return EXIT.failure
}

// Run when started as a program, also through a symlink (npm's bin links, a linked checkout).
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => (process.exitCode = fail(error))
  )
}
