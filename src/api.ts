/**
 * article-lint as a library: what the command does, as functions that return
 * vfiles and plain data, and the checks as one retext plugin for someone
 * else's unified pipeline.
 *
 *   import {lintText} from 'article-lint'
 *   const {messages, output, diff} = await lintText(draft, {path: 'story.md'})
 *
 *   unified().use(retextEnglish).use(articleLint).use(retextStringify)
 */
import path from 'node:path'
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Jobs} from './batch/lint-batch.js'
import {startRun} from './batch/lint-files.js'
import {linterFor} from './batch/linters.js'
import {checks} from './checks/index.js'
import {configPath, loadConfig, type Config} from './config/config.js'
import {loadFormats} from './formats/index.js'
import {Prose} from './formats/prose.js'
import {expandInputs} from './io/expand.js'
import type {OutputPaths} from './io/outputs.js'
import {decodeDraft} from './io/read-draft.js'
import {prepareChecks, runChecks, settleSeverities, type Linter} from './pipeline.js'
import {lintDraft, type FileResult} from './run.js'

export type {Config} from './config/config.js'
export type {LintMessage, Severity} from './messages.js'
export type {OutputPaths} from './io/outputs.js'
export {RECOMMENDED} from './config/config.js'

export interface LintOptions {
  /** A config file; by default the nearest one up from the draft (or the working directory), else the bundled recommended config. */
  config?: string
  /** Apply the safe fixes to `output` and `diff` (default true). */
  fix?: boolean
  /** Where paths are relative to, and configs are looked for from (default: the working directory). */
  cwd?: string
}

export interface LintResult {
  /** The draft's path as given, relative to `cwd`. */
  path: string
  /** The vfile of the lint: its messages are placed in the draft. */
  file: VFile
  /** The messages, in the draft's order, each with ruleId, source, url, actual, expected and severity. */
  messages: FileResult['messages']
  /** The messages whose fix is in `output`. */
  fixed: FileResult['messages']
  /** The corrected draft: only the safe fixes applied. */
  output: string
  /** A unified diff from the draft to `output`, for `git apply` or `patch -p1`. */
  diff: string
  /** The files written, when `lintFiles` was given `out`. */
  outputs?: OutputPaths
}

/** Lint a draft held in memory. `path` picks the format (.md, .html, else plain text) and where the config is looked for. */
export async function lintText(text: string, options: LintOptions & {path?: string} = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd()
  const shown = options.path ?? 'draft.txt'
  await loadFormats([shown])
  const draft = decodeDraft(shown, new TextEncoder().encode(text))
  return resultOf(lintDraft(linterAt(cwd, options.config, shown), draft, shown, {fix: options.fix ?? true}))
}

export interface LintFilesOptions extends LintOptions {
  /** Write each draft's corrected draft, diff and report in this folder (relative to `cwd`). */
  out?: string
  /** Worker threads, as the command's `--jobs` (default 1: this thread). */
  jobs?: Jobs
}

/** Lint files, folders and globs as the command does (the same batch: src/batch/lint-files.ts); with `out`, write each draft's corrected draft, diff and report there. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd()
  const files = expandInputs(paths, cwd)
  const run = await startRun(files, cwd, {fix: options.fix ?? true, config: options.config, out: options.out, jobs: options.jobs ?? 1})
  const results: LintResult[] = []
  try {
    for (const file of files) {
      const {result, outputs} = await run.lint(file)
      results.push({...resultOf(result), ...(outputs && {outputs})})
    }
  } finally {
    // A draft that fails ends the call: the worker threads go with it, not after the drafts they had left.
    await run.close()
  }
  return results
}

/** The draft's config's linter: built once, and again only when the config or its rule data change (src/batch/linters.ts). */
function linterAt(cwd: string, config: string | undefined, draft: string): Linter {
  return linterFor(loadConfig(path.resolve(cwd, configPath(cwd, config, path.dirname(path.resolve(cwd, draft)))), checks)).linter
}

function resultOf(result: FileResult): LintResult {
  return {path: result.path, file: result.file, messages: result.messages, fixed: [...result.fixed], output: result.output, diff: result.diff}
}

export interface ArticleLintOptions {
  /** A config file, or a loaded config; by default the nearest one up from the working directory. */
  config?: string | Config
}

/**
 * The checks as one retext plugin: `unified().use(retextEnglish).use(articleLint)`.
 * Messages land on the vfile with severities settled; fixes are in each
 * message's `expected` (apply them with `lintText` to get the corrected draft).
 * The tree must be the parse of the file's own text (plain text, as retext-english parses it).
 */
export const articleLint: Plugin<[ArticleLintOptions?], Root> = function (this: Processor, options = {}) {
  const config = typeof options.config === 'object' ? options.config : loadConfig(configPath(process.cwd(), options.config), checks)
  const run = runChecks.call(this as never, prepareChecks(config)) as (tree: Root, file: VFile) => void
  return (tree: Root, file: VFile) => {
    file.data.prose ??= Prose.of(String(file.value))
    run(tree, file)
    settleSeverities(file, config.severities)
  }
}
