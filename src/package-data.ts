/**
 * JSON data shipped in installed packages (word lists, package.json), read
 * as plain files rather than through require(): no module-loader state, so
 * the same code runs in the start-up snapshot's builder and in a normal run.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const resolve = createRequire(import.meta.url).resolve

export function packageData<T>(specifier: string): T {
  return JSON.parse(readFileSync(resolve(specifier), 'utf8')) as T
}

export function packageVersion(name: string): string {
  return packageData<{version: string}>(`${name}/package.json`).version
}
