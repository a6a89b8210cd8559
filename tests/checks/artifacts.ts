/** Shared by the translation-artifact check tests: a linter with only the checks under test. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Check} from '../../src/checks/check.js'
import {checks as allChecks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {packageRoot} from '../../src/package-root.js'
import {createLinter, type Linter} from '../../src/pipeline.js'
import {loadAbbreviations} from '../../src/text/abbreviations.js'
import {configFile, corrected as correctedBy} from '../helpers.js'

/** A bundled rules file, by absolute path (a test's config lives in a temp folder). */
export function rulesFile(name: string): string {
  return path.join(packageRoot, 'rules', name)
}

/** A linter running only `checks` (and those they need), configured by `yaml` (extra files beside the config; the bundled abbreviations unless given). */
export function linterFor(checks: Check | Check[], yaml = '{}\n', extra: Record<string, string> = {}): Linter {
  const asked = Array.isArray(checks) ? checks : [checks]
  // With the checks they need (quotes' quotations, names' mentions), as the pipeline requires.
  const needed = allChecks.filter((check) => !asked.includes(check) && asked.some((one) => one.needs?.includes(check.name)))
  const list = [...needed, ...asked]
  const files = {'abbreviations.yml': readFileSync(rulesFile('abbreviations.yml'), 'utf8'), ...extra}
  return createLinter(loadConfig(configFile(yaml, files), list), list)
}

/** The bundled abbreviations list. */
export function abbreviations(): ReadonlySet<string> {
  return loadAbbreviations('abbreviations.yml', loadConfig(rulesFile('config.yml'), allChecks).context)
}

/** The corrected text, with the linter first as these tests call it. */
export function corrected(linter: Linter, text: string): string {
  return correctedBy(text, linter)
}

/** A whole message as the tests compare it, with offsets found by searching `text`. */
export function at(text: string, actual: string, from = 0): {start: number; end: number; actual: string} {
  const start = text.indexOf(actual, from)
  if (start < 0) throw new Error(`not in text: ${actual}`)
  return {start, end: start + actual.length, actual}
}

/** Where `part` is in `text`: a fix range, as messages carry it. */
export function rangeOf(text: string, part: string, from = 0): {start: number; end: number} {
  const {start, end} = at(text, part, from)
  return {start, end}
}
