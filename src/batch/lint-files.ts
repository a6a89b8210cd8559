/**
 * Linting a list of drafts, as the command and the API's lintFiles both do:
 * the linters first (a rules error ends the run before anything is
 * written), then the output plan (no output over a draft of the run), then
 * each draft when asked for: linted (lint-batch.ts), its outputs written and,
 * with `fixInPlace` (`--fix`), its corrected text written into the draft.
 */
import path from 'node:path'
import {loadFormats} from '../formats/index.js'
import {planOutputs, writeFixedDraft, writeOutputs, type OutputPaths} from '../io/outputs.js'
import type {FileResult} from '../run.js'
import {lintBatch, shownPath, type BatchOptions} from './lint-batch.js'

export interface RunOptions extends BatchOptions {
  /** The output folder (relative to the working directory); without it nothing is written there. */
  out?: string
  /** Write the corrected text into each draft itself. */
  fixInPlace?: boolean
}

export interface Linted {
  result: FileResult
  /** The outputs written, with `out`. */
  outputs?: OutputPaths
}

/** Prepare the run; each call of what it returns lints one of `files` (in any order) and writes what it should. Throws a draft's own error. */
export async function startRun(files: readonly string[], cwd: string, options: RunOptions): Promise<(file: string) => Promise<Linted>> {
  const shown = (file: string) => shownPath(cwd, file)
  const lint = await lintBatch(files, cwd, {...options, reports: options.out !== undefined})
  const plan = options.out === undefined ? undefined : planOutputs(path.resolve(cwd, options.out), files, {fix: options.fix}, shown)
  await loadFormats(files)
  return async (file) => {
    const result = await lint(file)
    const outputs = plan?.get(file)
    if (outputs) writeOutputs(result, outputs, {fix: options.fix, shown})
    // Written: a run keeps every result until its report is printed, and a long draft's reports are megabytes.
    delete result.reports
    if (options.fixInPlace) writeFixedDraft(result, shown)
    return {result, ...(outputs && {outputs})}
  }
}
