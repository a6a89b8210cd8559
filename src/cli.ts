/**
 * article-lint's command line: parse arguments, expand paths (less the
 * ignored ones), lint each draft with its config, write its outputs (and,
 * with --fix, the draft), print the report, choose the exit code.
 * `article-lint names …` runs the commands of src/commands/names.ts instead.
 * Exit codes: 0 no error-severity finding; 1 error findings (or warnings with
 * --frail, or more than --max-warnings); 2 usage, input, config or output error.
 */
import {appendFileSync, existsSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {configsFor, parseJobs, shownPath, type Jobs} from './batch/lint-batch.js'
import {startRun} from './batch/lint-files.js'
import {DEFAULT_CACHE_LOCATION} from './batch/result-cache.js'
import {inShard, parseShard, type Shard} from './batch/shard.js'
import {printConfig} from './config/print-config.js'
import {errorLine, EXIT, InputError, UsageError} from './io/errors.js'
import {changedLines, onlyChanged, verifyRef} from './io/changed-lines.js'
import {endQuietlyOnClosedPipes} from './io/closed-pipes.js'
import {expandInputs} from './io/expand.js'
import {IGNORE_FILE, loadIgnores, type IgnoreOptions} from './io/ignore-file.js'
import {readDraftFrom, type Draft} from './io/read-draft.js'
import {holdSignals, stopped, type SignalGate} from './io/signals.js'
import {progressLine, useColor} from './io/terminal.js'
import {ownVersion} from './package-root.js'
import {formats} from './report/index.js'
import {summary, SUMMARY_LIMIT} from './report/summary.js'
import type {FileResult} from './run.js'

export {serveLints} from './batch/worker.js'

export const USAGE = `Usage: article-lint [options] [files|dirs|globs...]   (default: drafts/)
       article-lint [options] --stdin [--stdin-filename NAME]
       article-lint names import FILE   a Wikidata query result into rules/names.local.yml
       article-lint names learn DIR     the names published articles use, into rules/names.learned.yml
                                        (article-lint names --help: their options)
       article-lint merge FILE...       the shards' SARIF logs, or job summaries, as one (see --shard)
       article-lint review FILE         a page to take or leave each fix, then save the draft (review --help)

Options:
  --format NAME    report on stdout: ${Object.keys(formats).join(', ')} (default: stylish)
  --out DIR        where corrected drafts, diffs and reports go (default: out)
  --summary FILE   also append the Markdown job summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
  --changed-since REF  report only findings on lines changed since the git REF
  --config FILE    one config for every draft (default: each draft's nearest article-lint.config.yml,
                   .article-lintrc.yml or package.json "article-lint" key, else rules/config.yml here,
                   else the bundled one)
  --print-config FILE  print the config FILE would be linted with, and where it comes from
  --fix            also write the safe fixes into the drafts themselves
  --no-fix         report only: no corrected draft, no diff
  --stdin          lint standard input; with --fix, print the corrected text instead of the report
  --stdin-filename NAME  the name standard input stands for: its format, its config, its outputs' names
                   (default: stdin.txt)
  --ignore-pattern PAT  skip drafts that match PAT (gitignore syntax; repeatable)
  --ignore-path FILE  the ignore file (default: ${IGNORE_FILE} here)
  --max-warnings N exit 1 when there are more than N warnings
  --quiet          hide info messages
  --frail          warnings fail the run too (exit 1)
  --color, --no-color  colour the stylish report or not (default: NO_COLOR, FORCE_COLOR, else if stdout is a terminal)
  --cache          skip drafts unchanged since the last run (same config, rules and version): replay their results
  --cache-location DIR  where --cache keeps results (default: ${DEFAULT_CACHE_LOCATION})
  --jobs N|auto    lint over N worker threads (default: auto, the idle cores less one for a large batch, else 1)
  --shard I/N      lint only shard I of N of the drafts (by a hash of each path), for a CI matrix
  -v, --version    print the version
  -h, --help       show this help`

/** Every option the command takes (the usage lists each: tests/cli-options.test.ts). Each --no-… is an option of its own: parseArgs's allowNegative needs Node 20.16, and engines says 20. */
export const OPTIONS = {
  format: {type: 'string', default: 'stylish'},
  out: {type: 'string', default: 'out'},
  summary: {type: 'string'},
  'changed-since': {type: 'string'},
  config: {type: 'string'},
  'print-config': {type: 'string'},
  fix: {type: 'boolean', default: false},
  'no-fix': {type: 'boolean', default: false},
  stdin: {type: 'boolean', default: false},
  'stdin-filename': {type: 'string'},
  'ignore-pattern': {type: 'string', multiple: true, default: []},
  'ignore-path': {type: 'string'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean', default: false},
  frail: {type: 'boolean', default: false},
  color: {type: 'boolean', default: false},
  'no-color': {type: 'boolean', default: false},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  jobs: {type: 'string', default: 'auto'},
  shard: {type: 'string'},
  version: {type: 'boolean', short: 'v', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const satisfies NonNullable<ParseArgsConfig['options']>

/** `--stdin-filename`'s default. */
const STDIN_NAME = 'stdin.txt'

interface Options {
  format: string
  out: string
  summary?: string
  changedSince?: string
  /** `--config` as given. */
  config?: string
  printConfig?: string
  /** Write the corrected draft and the diff (not --no-fix). */
  fix: boolean
  /** `--fix`: write the fixes into the drafts too. */
  fixInPlace: boolean
  /** `--stdin`: the name standard input stands for. */
  stdin?: string
  ignore: IgnoreOptions
  maxWarnings?: number
  quiet: boolean
  frail: boolean
  color?: boolean
  cache?: string
  jobs: Jobs
  shard?: Shard
  help: boolean
  version: boolean
  /** No path given: drafts/ is linted, if there is one. */
  defaultInputs: boolean
  inputs: string[]
}

export function parseOptions(argv: readonly string[]): Options {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: OPTIONS
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0])
  }
  const {values, positionals} = parsed
  // An empty value is more often an unset shell variable than a choice: `--out "$OUT"` would write into the working directory.
  for (const [name, value] of Object.entries(values)) if (value === '' || (Array.isArray(value) && value.includes(''))) throw new UsageError(`--${name} is empty (an unset variable?): give it a value`)
  if (!(values.format in formats)) throw new UsageError(`unknown --format "${values.format}": use ${Object.keys(formats).join(', ')}`)
  if (values.fix && values['no-fix']) throw new UsageError('--fix writes the fixes into the drafts, --no-fix writes no fixes at all: choose one')
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color: choose one')
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename names standard input: add --stdin')
  if (values.stdin && positionals.length > 0) throw new UsageError(`--stdin lints standard input, not files: remove ${positionals[0]}`)
  if (values.stdin && values['changed-since'] !== undefined) throw new UsageError('--changed-since compares files with git: it cannot apply to --stdin')
  if (values.stdin && values.shard !== undefined) throw new UsageError('--shard splits a list of files: it cannot apply to --stdin')
  return {
    format: values.format,
    out: values.out,
    summary: values.summary,
    changedSince: values['changed-since'],
    config: values.config,
    printConfig: values['print-config'],
    fix: !values['no-fix'],
    fixInPlace: values.fix,
    stdin: values.stdin ? (values['stdin-filename'] ?? STDIN_NAME) : undefined,
    ignore: {patterns: values['ignore-pattern'], file: values['ignore-path']},
    maxWarnings: values['max-warnings'] === undefined ? undefined : parseMaxWarnings(values['max-warnings']),
    quiet: values.quiet,
    frail: values.frail,
    color: values.color ? true : values['no-color'] ? false : undefined,
    cache: values.cache ? (values['cache-location'] ?? DEFAULT_CACHE_LOCATION) : undefined,
    jobs: parseJobs(values.jobs),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    help: values.help,
    version: values.version,
    defaultInputs: positionals.length === 0,
    inputs: positionals.length > 0 ? positionals : ['drafts']
  }
}

function parseMaxWarnings(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--max-warnings "${value}": use a number of warnings from 0`)
  return Number(value)
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
  if (argv[0] === 'review') {
    try {
      return await (await import('./commands/review.js')).review(argv.slice(1), cwd)
    } catch (error) {
      return fail(error)
    }
  }
  let options: Options
  try {
    options = parseOptions(argv)
  } catch (error) {
    return fail(error)
  }
  if (options.help || options.version) {
    process.stdout.write(options.help ? `${USAGE}\n` : `${ownVersion()}\n`)
    return EXIT.clean
  }
  if (options.printConfig !== undefined) return printConfigOf(options.printConfig, options, cwd)
  // Nothing named and nothing to lint by default: someone new to the command, who needs the usage more than "drafts: no such file".
  if (options.defaultInputs && options.stdin === undefined && !existsSync(path.join(cwd, 'drafts'))) {
    process.stderr.write(`${USAGE}\n`)
    return EXIT.failure
  }
  let stdin: Draft | undefined
  try {
    // Read before signals are held: a Ctrl-C while the command waits for its input ends it at once.
    if (options.stdin !== undefined) stdin = await readDraftFrom(process.stdin, path.resolve(cwd, options.stdin), options.stdin)
  } catch (error) {
    return fail(error)
  }
  const signals = holdSignals()
  try {
    return await lintAll(options, cwd, signals, stdin)
  } finally {
    signals.release()
  }
}

/** `--print-config FILE`: the config that FILE gets, resolved, and where it came from (FILE need not exist). */
function printConfigOf(file: string, options: Options, cwd: string): number {
  try {
    process.stdout.write(printConfig(configsFor(cwd, options.config)(file), file))
    return EXIT.clean
  } catch (error) {
    return fail(error)
  }
}

/**
 * Lint the drafts (or standard input), write their outputs, print the
 * report; a SIGINT or SIGTERM stops the run between two drafts
 * (src/io/signals.ts).
 */
async function lintAll(options: Options, cwd: string, signals: SignalGate, stdin: Draft | undefined): Promise<number> {
  const shown = (file: string) => shownPath(cwd, file)
  let run, files: string[]
  try {
    if (options.changedSince) verifyRef(options.changedSince, cwd)
    const ignoredBy = loadIgnores(cwd, options.ignore)
    const warnIgnored = (input: string, rule: string) => process.stderr.write(errorLine(new InputError(input, `ignored by ${rule}, not linted`)))
    if (stdin) {
      const rule = ignoredBy?.(stdin.path)
      if (rule) warnIgnored(options.stdin!, rule)
      files = rule ? [] : [stdin.path]
    } else files = expandInputs(options.inputs, cwd, {ignoredBy, onIgnored: warnIgnored})
    if (options.shard) files = inShard(files, options.shard, cwd)
    // The linters first (a rules error ends the run before the output folder is made), then the output plan.
    run = await startRun(files, cwd, {
      fix: options.fix,
      fixInPlace: options.fixInPlace && !stdin,
      cache: options.cache,
      jobs: options.jobs,
      config: options.config,
      out: options.out,
      ...(stdin && {read: () => stdin})
    })
  } catch (error) {
    return fail(error)
  }
  const results: FileResult[] = []
  const progress = progressLine(files.length, process.stderr, process.env)
  let failed = false
  for (const [index, file] of files.entries()) {
    progress.at(index, shown(file))
    try {
      const {result} = await run.lint(file)
      // The corrected draft and the diff stay whole; the report keeps to the changed lines.
      results.push(options.changedSince ? onlyChanged(result, changedLines(options.changedSince, file, cwd)) : result)
    } catch (error) {
      failed = true
      progress.clear()
      fail(error, shown(file))
    }
    const signal = await signals.between()
    if (signal) {
      progress.clear()
      // Worker threads are linting drafts ahead: they end now, not when the batch would have.
      await run.close()
      const stop = stopped(signal, index + 1, files.length)
      process.stderr.write(stop.line)
      return stop.code
    }
  }
  progress.clear()
  // `--stdin --fix` prints the corrected text, as textlint's and Prettier's --stdin do; an ignored input comes back as it was.
  if (options.stdin !== undefined && options.fixInPlace) process.stdout.write(stdin && !failed ? (stdin.bom ? '\uFEFF' : '') + (results[0]?.output ?? stdin.text) : '')
  else process.stdout.write(formats[options.format]!(results, {quiet: options.quiet, color: useColor(options.color, process.env, Boolean(process.stdout.isTTY))}))
  if (options.summary) {
    try {
      appendFileSync(options.summary, summary(results, undefined, SUMMARY_LIMIT - sizeOf(options.summary)))
    } catch (error) {
      failed = true
      fail(new InputError(options.summary, `cannot write the summary (${(error as NodeJS.ErrnoException).code})`))
    }
  }
  return failed ? EXIT.failure : findingsExit(results, options)
}

/**
 * Exit 1 for error findings, for warnings with --frail, and for more
 * warnings than --max-warnings (with a line saying so). With --fix, only
 * what the fixes left counts: the draft no longer has the rest.
 */
function findingsExit(results: readonly FileResult[], options: Options): number {
  const counted = results.flatMap((result) => (options.fixInPlace ? result.messages.filter((m) => !result.fixed.has(m) && !result.resolved.has(m)) : result.messages))
  const warnings = counted.filter((m) => m.severity === 'warning').length
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings
  if (tooMany) process.stderr.write(`article-lint: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${options.maxWarnings} allows\n`)
  const failing = tooMany || counted.some((m) => m.severity === 'error' || (options.frail && m.severity === 'warning'))
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
