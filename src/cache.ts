/**
 * A JSON cache for data that is slow to build and depends only on its inputs
 * (parsed rules files, word lists): node_modules/.cache/article-lint/, keyed
 * by a hash of the inputs and of the build. A cache that cannot be read or
 * written is skipped.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeAtomic} from './io/write-atomic.js'
import {packageRoot} from './package-root.js'

const directory = path.join(packageRoot, 'node_modules', '.cache', 'article-lint')

/** The running build: a rebuild (new schemas, new code) never reads an older build's entries. */
const build = String(statSync(fileURLToPath(import.meta.url)).mtimeMs)

export function cached<T>(inputs: readonly string[], compute: () => T): T {
  const hash = createHash('sha256').update(build).update('\u0000')
  for (const input of inputs) hash.update(input).update('\u0000')
  const file = path.join(directory, `${hash.digest('hex').slice(0, 32)}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    const value = compute()
    try {
      mkdirSync(directory, {recursive: true})
      writeAtomic(file, JSON.stringify(value))
    } catch {
      // A read-only install still works, only slower.
    }
    return value
  }
}
