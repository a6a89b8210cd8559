/** Turn the command line's files, directories and globs into draft paths. */
import {statSync} from 'node:fs'
import path from 'node:path'
import {globSync, isDynamicPattern} from 'tinyglobby'
import {InputError} from './errors.js'
import {isDraftName} from './outputs.js'

export function expandInputs(inputs: readonly string[], cwd: string): string[] {
  const found = new Set<string>()
  for (const input of inputs) {
    for (const file of expandOne(input, cwd)) found.add(path.resolve(cwd, file))
  }
  return [...found]
}

function expandOne(input: string, cwd: string): string[] {
  if (isDynamicPattern(input)) {
    const matches = globSync(input, {cwd, onlyFiles: true, followSymbolicLinks: false})
    if (matches.length === 0) throw new InputError(input, 'no file matches this pattern')
    return matches.sort()
  }
  let stats
  try {
    stats = statSync(path.resolve(cwd, input))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(input, code === 'ELOOP' ? 'symbolic link loop' : code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`)
  }
  if (!stats.isDirectory()) return [input]
  const drafts = globSync('**/*', {cwd: path.resolve(cwd, input), onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.*/**']})
    .filter(isDraftName)
    .sort()
    .map((file) => path.join(input, file))
  if (drafts.length === 0) throw new InputError(input, 'directory holds no drafts (.txt, .text, .md, .markdown)')
  return drafts
}
