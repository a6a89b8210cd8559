/**
 * Regular expressions from rule files are compiled only when recheck (a
 * ReDoS checker that analyses the automaton, then fuzzes) finds them safe:
 * a rule file must never be able to make a lint run hang on a crafted line.
 * The bundled rules' verdicts ship with the build; recheck is an optional
 * package (50 MB with its native helper), loaded only for a pattern a user
 * wrote, and its verdicts are cached by source and flags. Without recheck
 * such a pattern is refused, not run unvetted: the rules file fails to load
 * with a message that says how to install it.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {cached} from '../cache.js'
import {loadOptional, packageVersion} from '../package-data.js'
import {packageRoot} from '../package-root.js'

export type RegexVerdict = {safe: true} | {safe: false; why: string}

interface Diagnostics {
  status: 'safe' | 'vulnerable' | 'unknown'
  complexity?: {summary: string}
  attack?: {pattern: string}
  error?: {kind: string; message?: string}
}

type CheckSync = (source: string, flags: string, params?: {timeout?: number; incubationTimeout?: null; attackTimeout?: null; seedingTimeout?: null}) => Diagnostics

interface Recheck {
  checkSync: CheckSync
  version: string
}

/** Loaded on first use; null when it is not installed. */
let recheckModule: Recheck | null | undefined

function loadRecheck(): Recheck | null {
  if (recheckModule === undefined) {
    const loaded = loadOptional<{checkSync: CheckSync}>('recheck')
    recheckModule = loaded ? {checkSync: loaded.checkSync, version: packageVersion('recheck')} : null
  }
  return recheckModule
}

export const RECHECK_MISSING =
  'cannot vet this regular expression for catastrophic backtracking: install the optional package recheck (npm i -D recheck), or write the entry without a regex'

/** The bundled rules' verdicts, committed beside them (scripts/vet-regexes.mjs adds any missing): recheck takes about 0.1 s a pattern. */
export const SHIPPED_VERDICTS = path.join(packageRoot, 'rules', 'regex-verdicts.json')
let shipped: Record<string, RegexVerdict> | undefined

function shippedVerdict(source: string, flags: string): RegexVerdict | undefined {
  try {
    shipped ??= JSON.parse(readFileSync(SHIPPED_VERDICTS, 'utf8')) as Record<string, RegexVerdict>
  } catch {
    shipped = {}
  }
  return shipped[verdictKey(source, flags)]
}

export function verdictKey(source: string, flags: string): string {
  return `${flags}\u0000${source}`
}

/** Whether `source` compiles with `flags` and cannot backtrack catastrophically. */
export function regexVerdict(source: string, flags: string, timeout = 10_000): RegexVerdict {
  // The bundled patterns were compiled and vetted at build: compiling a thousand of them again took a quarter of a second a run.
  const known = shippedVerdict(source, flags)
  if (known) return known
  try {
    new RegExp(source, flags)
  } catch (error) {
    return {safe: false, why: `invalid regular expression: ${(error as Error).message}`}
  }
  const recheck = loadRecheck()
  if (!recheck) return {safe: false, why: RECHECK_MISSING}
  try {
    return cached([`regex-verdict@recheck-${recheck.version}-by-steps`, source, flags], () => vet(recheck.checkSync, source, flags, timeout))
  } catch (error) {
    if (!(error instanceof Undecided)) throw error
    return {safe: false, why: `unsafe regular expression: recheck could not prove it safe (${error.message})`}
  }
}

/** recheck gave no answer (a timeout on a busy machine): refused this time, but never cached as unsafe. */
class Undecided extends Error {}

function vet(checkSync: CheckSync, source: string, flags: string, timeout: number): RegexVerdict {
  // recheck fuzzes patterns it cannot read as an automaton (any with a lookbehind). Its fuzzing stops each
  // match at a step count and at a time; on a busy machine the time came first, and one run in ten of the
  // build found a bundled pattern "2nd degree polynomial". Step counts alone give the same verdict every time.
  const result = checkSync(source, flags, {timeout, incubationTimeout: null, attackTimeout: null, seedingTimeout: null})
  if (result.status === 'safe') return {safe: true}
  if (result.status === 'vulnerable') {
    const attack = result.attack ? ` (attack string ${result.attack.pattern})` : ''
    return {safe: false, why: `unsafe regular expression: ${result.complexity?.summary ?? 'super-linear'} backtracking${attack}`}
  }
  throw new Undecided(result.error?.kind ?? 'unknown')
}
