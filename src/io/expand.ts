/**
 * Turn the command line's files, directories and globs into draft paths,
 * less the ignored ones (src/io/ignore-file.ts): a folder or a glob passes
 * over them; a file named as itself is reported to `onIgnored` and skipped,
 * as ESLint does.
 */
import {readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {loadWhenNeeded} from '../package-data.js'
import {InputError} from './errors.js'
import type {IgnoredBy} from './ignore-file.js'
import {isDraftName} from './outputs.js'

const GLOB_CHARACTERS = /[*?[\]{}]|[@+!]\(/u

export interface Ignoring {
  ignoredBy?: IgnoredBy
  /** A file named on the command line that is ignored, and the rule that ignores it. */
  onIgnored?: (input: string, rule: string) => void
}

export function expandInputs(inputs: readonly string[], cwd: string, ignoring: Ignoring = {}): string[] {
  const found = new Set<string>()
  const realCwd = realpathSync(cwd)
  for (const input of inputs) {
    for (const file of expandOne(input, cwd, ignoring)) {
      const absolute = path.resolve(cwd, file)
      if (leadsOutside(absolute, cwd, realCwd)) throw new InputError(file, 'a symbolic link to a file outside the working directory; name that file itself to lint it')
      found.add(absolute)
    }
  }
  return [...found]
}

/**
 * A path in the working directory that a symbolic link (the file's or a
 * folder's on the way) takes outside it. Its corrected draft would copy what
 * it points at into out/, which CI keeps as an artifact: a pull request could
 * add `drafts/a.txt -> ~/.ssh/id_rsa`. A folder walk already skips links; a
 * path named outside the working directory is taken as named.
 */
function leadsOutside(absolute: string, cwd: string, realCwd: string): boolean {
  if (!isInside(absolute, cwd)) return false
  let real
  try {
    real = realpathSync(absolute)
  } catch {
    return false // a link to nothing: reading it says so
  }
  return !isInside(real, realCwd)
}

function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file)
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative)
}

function expandOne(input: string, cwd: string, {ignoredBy, onIgnored}: Ignoring): string[] {
  let stats
  try {
    stats = statSync(path.resolve(cwd, input))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A path that exists is taken as it is, even with glob characters in its name.
    if (code === 'ENOENT' && GLOB_CHARACTERS.test(input)) return unlessAllIgnored(input, 'the drafts it matches are', glob(input, cwd), ignoredBy)
    throw new InputError(input, code === 'ELOOP' ? 'symbolic link loop' : code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`)
  }
  if (!stats.isDirectory()) {
    const rule = ignoredBy?.(input)
    if (rule) onIgnored?.(input, rule)
    return rule ? [] : [input]
  }
  const drafts = filesUnder(path.resolve(cwd, input))
    .filter(isDraftName)
    .sort()
    .map((file) => path.join(input, file))
  if (drafts.length === 0) throw new InputError(input, 'directory holds no drafts (.txt, .text, .md, .markdown, .html, .htm)')
  return unlessAllIgnored(input, 'its drafts are', drafts, ignoredBy)
}

/** A folder's or a glob's drafts less the ignored ones; none left is an error, as a glob that matches nothing is. */
function unlessAllIgnored(input: string, which: string, drafts: string[], ignoredBy: IgnoredBy | undefined): string[] {
  const kept = ignoredBy ? drafts.filter((draft) => !ignoredBy(draft)) : drafts
  if (kept.length === 0) throw new InputError(input, `all ${which} ignored (${drafts[0]} by ${ignoredBy!(drafts[0]!)}${drafts.length > 1 ? ', for one' : ''})`)
  return kept
}

function glob(pattern: string, cwd: string): string[] {
  // Loaded only for a glob: with tinyglobby comes fdir, whose start-up require() of picomatch took 10 ms of every run.
  const {globSync} = loadWhenNeeded<typeof import('tinyglobby')>('tinyglobby')
  const matches = globSync(pattern, {cwd, onlyFiles: true, followSymbolicLinks: false})
  if (matches.length === 0) throw new InputError(pattern, 'no file matches this pattern')
  return matches.sort()
}

/** The regular files under a directory, as a `**` glob finds them: no dot files or folders, no node_modules, no symbolic links. */
function filesUnder(directory: string, prefix = ''): string[] {
  return readdirSync(path.join(directory, prefix), {withFileTypes: true}).flatMap((entry) => {
    if (entry.name.startsWith('.')) return []
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(directory, relative)
    return entry.isFile() ? [relative] : []
  })
}
