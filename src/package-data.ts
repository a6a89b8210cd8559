/**
 * What installed packages provide, taken when first needed: JSON data (word
 * lists, package.json) read as plain files, and modules loaded only on the
 * paths that use them (a glob, --changed-since, a new rule regex), so a plain
 * run does not pay for their loading.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

export function packageData<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T
}

export function packageVersion(name: string): string {
  return packageData<{version: string}>(`${name}/package.json`).version
}

/** A package or built-in module, loaded at the call, not at start-up. */
export function loadWhenNeeded<T>(specifier: string): T {
  return require(specifier) as T
}
