/**
 * A lint worker for `--jobs` (src/batch/pool.ts): it builds a linter for
 * each config of the batch once, then lints the drafts it is sent, each with
 * its config's linter, and answers with each result as plain data and the
 * rule data files that linter has loaded.
 */
import {checks} from '../checks/index.js'
import {loadConfig} from '../config/config.js'
import {loadFormats} from '../formats/index.js'
import type {Draft} from '../io/read-draft.js'
import {lintForRun} from './lint-batch.js'
import {linterFor} from './linters.js'
import {serveTasks} from './pool.js'
import {toStored, type StoredResult} from './stored-result.js'

/** What a worker is started with. */
export interface LintSetup {
  /** The config files the drafts use, as the main thread loaded them. */
  configs: string[]
  fix: boolean
  /** Render the annotated reports too. */
  reports: boolean
}

export interface LintTask {
  /** One of the setup's configs. */
  config: string
  draft: Draft
  /** The path the reports show. */
  shown: string
}

export interface LintReply {
  result: StoredResult
  dataFiles: string[]
}

export function serveLints(): void {
  serveTasks<LintTask, LintReply>(async (setup) => {
    const {configs, ...options} = setup as LintSetup
    const linters = new Map(configs.map((file) => [file, linterFor(loadConfig(file, checks))]))
    return async ({config, draft, shown}) => {
      await loadFormats([shown])
      const {linter, files} = linters.get(config)!
      return {result: toStored(lintForRun(linter, draft, shown, options)), dataFiles: files()}
    }
  })
}
