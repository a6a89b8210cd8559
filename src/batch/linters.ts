/**
 * Linters kept for the life of the process: building one (loading,
 * validating and indexing the rules) costs more than linting an article.
 * A kept linter is used again only while its config resolves the same and
 * every rule data file it loaded has the same content (src/batch/rule-data.ts),
 * so a long-lived process (the API, the review server) sees a change of rules
 * at its next lint.
 */
import {resolvedConfig, type Config} from '../config/config.js'
import {createLinter, type Linter} from '../pipeline.js'
import {fingerprintOf, recordingRuleData} from './rule-data.js'

export interface BuiltLinter {
  linter: Linter
  /** The rule data files it has loaded (what a result replayed by `--cache` depends on). */
  files(): string[]
}

interface Kept extends BuiltLinter {
  settings: string
  /** Each data file's fingerprint as the linter loaded it. */
  loaded: ReadonlyMap<string, string>
}

/** A few configs at most: a process rarely lints under more, and each linter holds its rules' indexes. */
const MAX_KEPT = 8
const kept: Kept[] = []

/** The config's linter: a kept one while nothing it was built from has changed, else built now (and kept). */
export function linterFor(config: Config): BuiltLinter {
  const settings = resolvedConfig(config)
  const found = kept.find((entry) => entry.settings === settings && unchanged(entry))
  if (found) return found
  const recording = recordingRuleData(config)
  const linter = createLinter(recording.config)
  const built: Kept = {linter, files: recording.files, settings, loaded: new Map(recording.files().map((file) => [file, fingerprintOf(file)]))}
  kept.unshift(built)
  kept.length = Math.min(kept.length, MAX_KEPT)
  return built
}

/** Every file the linter has loaded, as it was: one loaded after the build (not fingerprinted then) counts as changed. */
function unchanged(entry: Kept): boolean {
  return entry.files().every((file) => entry.loaded.get(file) === fingerprintOf(file))
}
