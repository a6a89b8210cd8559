/**
 * Where a draft's outputs go and writing them. Names come from the draft's
 * base name only, so nothing can land outside the output folder, and the
 * `.fixed` infix means the draft itself is never the target.
 */
import path from 'node:path'
import {annotatedReport} from '../report/annotated.js'
import type {FileResult} from '../run.js'
import {writeAtomic} from './write-atomic.js'

export interface OutputPaths {
  fixed: string
  diff: string
  report: string
}

export function outputPaths(outDir: string, draftPath: string): OutputPaths {
  const extension = path.extname(draftPath)
  const name = path.basename(draftPath, extension)
  return {
    fixed: path.join(outDir, `${name}.fixed${extension}`),
    diff: path.join(outDir, `${name}.diff`),
    report: path.join(outDir, `${name}.report.md`)
  }
}

export function writeOutputs(result: FileResult, outDir: string, options: {fix: boolean}): OutputPaths {
  const paths = outputPaths(outDir, result.draft.path)
  if (options.fix) {
    writeAtomic(paths.fixed, (result.draft.bom ? '\uFEFF' : '') + result.output)
    writeAtomic(paths.diff, result.diff)
  }
  writeAtomic(paths.report, annotatedReport(result, paths))
  return paths
}

/** Drafts are the text files a directory holds, less our own outputs. */
export function isDraftName(file: string): boolean {
  return /\.(txt|text|md|markdown|html|htm)$/i.test(file) && !/\.fixed\.[^.]+$/i.test(file) && !/\.report\.md$/i.test(file)
}
