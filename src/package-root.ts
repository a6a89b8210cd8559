/** The installed package's root (holding package.json), from src/ or dist/src/. */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

function findRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory)
    if (parent === directory) throw new Error('article-lint: cannot find its package.json')
    directory = parent
  }
  return directory
}

export const packageRoot = findRoot()
export const bundledConfig = path.join(packageRoot, 'rules', 'config.yml')

/** This package's version (`--version`). */
export function ownVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version
}
