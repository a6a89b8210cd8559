/**
 * Where a draft's outputs go and writing them. Names come from the draft's
 * base name only, so nothing can land outside the output folder. Before
 * anything is written, the run's plan is checked: no output goes over a
 * draft of the run (`--out d d/a.txt d/a.fixed.txt` would replace the user's
 * a.fixed.txt; a draft `x.diff` would be its own diff), over another draft's
 * output, or where a folder is. A draft's outputs are then written as a set:
 * all new or all as they were.
 */
import {closeSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, statSync, type Stats} from 'node:fs'
import path from 'node:path'
import {annotatedModel} from '../report/annotated-model.js'
import {annotatedReport, REPORT_HEADING} from '../report/annotated.js'
import {annotatedHtml} from '../report/annotated-html.js'
import type {FileResult} from '../run.js'
import {InputError, UsageError} from './errors.js'
import {MAX_DRAFT_BYTES} from './read-draft.js'
import {readRegularFile} from './read-file.js'
import {writeAtomic, writeAtomicSet, type Contents} from './write-atomic.js'

export interface OutputPaths {
  fixed: string
  diff: string
  report: string
  /** The same report as a self-contained page. */
  html: string
}

const WHAT: Record<keyof OutputPaths, string> = {fixed: 'corrected draft', diff: 'diff', report: 'report', html: 'HTML report'}

export function outputPaths(outDir: string, draftPath: string): OutputPaths {
  const extension = path.extname(draftPath)
  const name = path.basename(draftPath, extension)
  return {
    fixed: path.join(outDir, `${name}.fixed${extension}`),
    diff: path.join(outDir, `${name}.diff`),
    report: path.join(outDir, `${name}.report.md`),
    html: path.join(outDir, `${name}.report.html`)
  }
}

/** The outputs a run writes: the report (Markdown and HTML), and with fixing the corrected draft and the diff. */
function written(options: {fix: boolean}): Array<keyof OutputPaths> {
  return options.fix ? ['fixed', 'diff', 'report', 'html'] : ['report', 'html']
}

/**
 * Each draft's output paths, once the plan is safe (see above), and the
 * output folder made. Paths are compared as the file system resolves them
 * (`--out ./d` and `d`, a folder reached through a link). `shown` names a
 * path in messages.
 */
export function planOutputs(outDir: string, drafts: readonly string[], options: {fix: boolean}, shown: (file: string) => string): Map<string, OutputPaths> {
  const realOut = realPathOf(outDir)
  // A draft is where it is and, if it is a link, where the link leads: writing over either would lose it.
  const inputs = new Map(drafts.flatMap((draft) => [realPathOf(draft), path.join(realPathOf(path.dirname(draft)), path.basename(draft))].map((place) => [place, draft] as const)))
  const owners = new Map<string, string>()
  const plan = new Map<string, OutputPaths>()
  for (const draft of drafts) {
    const paths = outputPaths(outDir, draft)
    for (const kind of written(options)) {
      const target = path.join(realOut, path.basename(paths[kind]))
      const input = inputs.get(target)
      if (input !== undefined) {
        const whose = input === draft ? 'its own' : `${shown(draft)}'s`
        throw new UsageError(`${shown(input)} is a draft of this run, and ${whose} ${WHAT[kind]} would be written over it; lint it in a separate run or choose another --out`)
      }
      const other = owners.get(target)
      if (other !== undefined) throw new UsageError(`${shown(draft)} and ${shown(other)} would write the same outputs in ${shown(outDir)}; lint them in separate runs or rename one`)
      owners.set(target, draft)
      if (isDirectory(target)) throw new InputError(shown(paths[kind]), `is a folder, where ${shown(draft)}'s ${WHAT[kind]} would be written`)
    }
    // Only what an earlier run wrote is written over: a file of the user's that is named like an output stays.
    const theirs = written(options).find((kind) => lstatOf(paths[kind]) !== undefined)
    if (theirs !== undefined && !earlierReport(paths.report)) {
      throw new UsageError(`${shown(paths[theirs])} is not an output of article-lint (no report of an earlier run beside it), and ${shown(draft)}'s ${WHAT[theirs]} would be written over it; move it or choose another --out`)
    }
    plan.set(draft, paths)
  }
  try {
    mkdirSync(outDir, {recursive: true})
  } catch (error) {
    throw new InputError(shown(outDir), `cannot create the output folder (${(error as NodeJS.ErrnoException).code})`)
  }
  return plan
}

/** The annotated reports, as a draft's outputs hold them. */
export interface Reports {
  report: string
  html: string
}

/**
 * A result's annotated reports. They name the other outputs by base name
 * only, which the draft's own name decides: rendered with the lint, they are
 * kept in the result cache with it, so a replayed draft is not rendered
 * again (0.43 of 1.6 s sampled in a cached rerun of 400 drafts). A result
 * without them (replayed from a run that wrote no outputs) gets them in
 * writeOutputs.
 */
export function renderReports(result: FileResult): Reports {
  const names = outputPaths('', result.draft.path)
  // One model for both: it is a walk over every finding.
  const model = annotatedModel(result, names)
  return {report: annotatedReport(result, names, model), html: annotatedHtml(result, names, model)}
}

/** The draft's outputs, all written or (when one cannot be) none. */
export function writeOutputs(result: FileResult, paths: OutputPaths, options: {fix: boolean; shown: (file: string) => string}): void {
  const reports = () => (result.reports ??= renderReports(result))
  const contents: Record<keyof OutputPaths, () => Contents> = {
    fixed: () => (result.draft.bom ? '\uFEFF' : '') + result.output,
    diff: () => result.diff,
    report: () => reports().report,
    html: () => reports().html
  }
  try {
    writeAtomicSet(written(options).map((kind) => [paths[kind], contents[kind]()] as const))
  } catch (error) {
    throw new InputError(options.shown(path.dirname(paths.report)), `cannot write the outputs of ${result.path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/**
 * `--fix`: the corrected text written into the draft itself, atomically (a
 * temp file renamed over it), with its byte-order mark and its permissions;
 * through a symbolic link, into the file it leads to, and the link stays.
 * A draft that needs no fix is not touched.
 */
export function writeFixedDraft(result: FileResult, shown: (file: string) => string): void {
  if (result.output === result.draft.text) return
  const bom = result.draft.bom ? '\uFEFF' : ''
  try {
    // An editor may have saved the draft while it was linted: their text is not overwritten with fixes of the old one.
    if (!readRegularFile(result.draft.path, MAX_DRAFT_BYTES, 'a draft').equals(Buffer.from(bom + result.draft.text))) throw new ChangedError()
    writeIntoDraft(result.draft.path, bom + result.output)
  } catch (error) {
    if (error instanceof ChangedError) throw new InputError(shown(result.draft.path), 'changed on disk while it was linted: the fixes were not written into it (lint it again)')
    throw new InputError(shown(result.draft.path), `cannot write the fixes into the draft (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

class ChangedError extends Error {}

/** New contents written over a draft, atomically, keeping its permissions; through a symbolic link, into the file it leads to. */
export function writeIntoDraft(file: string, contents: string | Uint8Array): void {
  const target = realpathSync(file)
  writeAtomic(target, contents, statSync(target).mode & 0o7777)
}

/** Drafts are the text files a directory holds, less our own outputs. */
export function isDraftName(file: string): boolean {
  return /\.(txt|text|md|markdown|html|htm)$/i.test(file) && !/\.fixed\.[^.]+$/i.test(file) && !/\.report\.(md|html)$/i.test(file)
}

/** The path with links resolved, as far as it exists; the rest as it is. */
function realPathOf(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    const parent = path.dirname(file)
    return parent === file ? file : path.join(realPathOf(parent), path.basename(file))
  }
}

/** What is at `file` itself (a link is not followed), if anything. */
function lstatOf(file: string): Stats | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

/** Whether `file` is a report an earlier run wrote: a draft's outputs are written together, so the others beside it are too. */
function earlierReport(file: string): boolean {
  try {
    // Only a regular file is opened: a FIFO would wait for a writer.
    if (!lstatOf(file)?.isFile()) return false
    const fd = openSync(file, 'r')
    try {
      const head = Buffer.alloc(REPORT_HEADING.length)
      return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('utf8') === REPORT_HEADING
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}

function isDirectory(file: string): boolean {
  return lstatOf(file)?.isDirectory() ?? false
}
