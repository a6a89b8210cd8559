/**
 * A JSON cache for data that is slow to build and depends only on its inputs
 * (parsed rules files, word lists): node_modules/.cache/article-lint/, keyed
 * by a hash of the inputs. A cache that cannot be read or written is skipped.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {writeAtomic} from './io/write-atomic.js'
import {packageRoot} from './package-root.js'

const directory = path.join(packageRoot, 'node_modules', '.cache', 'article-lint')

export function cached<T>(inputs: readonly string[], compute: () => T): T {
  const hash = createHash('sha256')
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
