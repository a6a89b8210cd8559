/**
 * Drafts a run passes over: the patterns of `.article-lintignore` in the
 * working directory (or of the file `--ignore-path` names) and of each
 * `--ignore-pattern`, in gitignore's syntax, matched by the `ignore` package
 * (ESLint's and Prettier's) against paths relative to the working directory.
 */
import path from 'node:path'
import type {Ignore} from 'ignore'
import {loadWhenNeeded} from '../package-data.js'
import {InputError} from './errors.js'
import {MAX_RULES_BYTES, readRegularFile, unreadable} from './read-file.js'

export const IGNORE_FILE = '.article-lintignore'

/** The rule that ignores a draft, as where it is written and what it says (".article-lintignore:3 (drafts/old/)"), or undefined. */
export type IgnoredBy = (file: string) => string | undefined

export interface IgnoreOptions {
  /** `--ignore-pattern`s. */
  patterns?: readonly string[]
  /** `--ignore-path`: another file than `.article-lintignore` (which must then exist). */
  file?: string
}

/** The run's ignore rules; undefined when there are none (the `ignore` package is then not loaded). */
export function loadIgnores(cwd: string, options: IgnoreOptions = {}): IgnoredBy | undefined {
  const file = options.file ?? IGNORE_FILE
  const lines = readIgnoreFile(path.resolve(cwd, file), file, options.file !== undefined)
  // Each rule is marked with where it was written, for the warning that names it.
  const rules = [
    ...lines.map((pattern, index) => ({pattern, mark: `${file}:${index + 1}`})),
    ...(options.patterns ?? []).map((pattern) => ({pattern, mark: '--ignore-pattern'}))
  ].filter(({pattern}) => pattern.trim() !== '' && !pattern.startsWith('#'))
  if (rules.length === 0) return undefined
  const matcher = loadWhenNeeded<(options?: object) => Ignore>('ignore')().add(rules)
  return (draft) => {
    const relative = path.relative(cwd, path.resolve(cwd, draft)).split(path.sep).join('/')
    // Only what is inside the working directory: the rules are relative to it.
    if (relative === '' || relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) return undefined
    const {ignored, rule} = matcher.test(relative)
    return ignored && rule ? `${rule.mark} (${rule.pattern})` : undefined
  }
}

/** The ignore file's lines; a missing default file has none. */
function readIgnoreFile(file: string, shown: string, required: boolean): string[] {
  let bytes: Buffer
  try {
    bytes = readRegularFile(file, MAX_RULES_BYTES, 'an ignore file')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return []
    throw new InputError(shown, unreadable(error))
  }
  return bytes.toString('utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)
}
