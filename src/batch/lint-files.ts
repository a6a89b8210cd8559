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

/** A run, prepared: `lint` lints one of its drafts (in any order) and writes what it should; `close` ends it early. */
export interface Run {
  lint(file: string): Promise<Linted>
  /** End any worker threads now (a run stopped by a signal, or one whose caller gives up on the rest). */
  close(): Promise<void>
}

export interface Linted {
  result: FileResult
  /** The outputs written, with `out`. */
  outputs?: OutputPaths
}

/** Prepare the run; its `lint` throws a draft's own error. */
export async function startRun(files: readonly string[], cwd: string, options: RunOptions): Promise<Run> {
  const shown = (file: string) => shownPath(cwd, file)
  const batch = await lintBatch(files, cwd, {...options, reports: options.out !== undefined})
  let plan: Map<string, OutputPaths> | undefined
  try {
    plan = options.out === undefined ? undefined : planOutputs(path.resolve(cwd, options.out), files, {fix: options.fix}, shown)
    await loadFormats(files)
  } catch (error) {
    await batch.close()
    throw error
  }
  return {
    async lint(file) {
      const result = await batch.lint(file)
      const outputs = plan?.get(file)
      if (outputs) writeOutputs(result, outputs, {fix: options.fix, shown})
      // Written: a run keeps every result until its report is printed, and a long draft's reports are megabytes.
      delete result.reports
      if (options.fixInPlace) writeFixedDraft(result, shown)
      return {result, ...(outputs && {outputs})}
    },
    close: () => batch.close()
  }
}
