/**
 * A lint worker for `--jobs` (src/batch/pool.ts): it builds the linter from
 * the config once, then lints the drafts it is sent and answers with each
 * result as plain data and the rule data files its linter has loaded.
 */
import {checks} from '../checks/index.js'
import {loadConfig} from '../config/config.js'
import {loadFormats} from '../formats/index.js'
import type {Draft} from '../io/read-draft.js'
import {createLinter} from '../pipeline.js'
import {lintDraft} from '../run.js'
import {serveTasks} from './pool.js'
import {recordingRuleData} from './rule-data.js'
import {toStored, type StoredResult} from './stored-result.js'

/** What a worker is started with. */
export interface LintSetup {
  config: string
  fix: boolean
}

export interface LintTask {
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
    const {config, fix} = setup as LintSetup
    const recording = recordingRuleData(loadConfig(config, checks))
    const linter = createLinter(recording.config)
    return async ({draft, shown}) => {
      await loadFormats([shown])
      return {result: toStored(lintDraft(linter, draft, shown, {fix})), dataFiles: recording.files()}
    }
  })
}
