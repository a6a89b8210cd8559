/**
 * The regular expressions of the bundled rules, as the checks compile them:
 * what the build vets with recheck, and what a test holds the committed
 * verdicts (rules/regex-verdicts.json) to.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'

export interface BundledPattern {
  source: string
  flags: string
  file: string
}

export function bundledPatterns(rules: string): BundledPattern[] {
  const files = [...readdirSync(rules).map((name) => path.join(rules, name)), ...readdirSync(path.join(rules, 'calques')).map((name) => path.join(rules, 'calques', name))].filter((file) => file.endsWith('.yml'))
  return files.flatMap((file) => {
    const data = (parse(readFileSync(file, 'utf8')) ?? {}) as {phrases?: unknown; patterns?: unknown}
    const entries = (list: unknown) => (Array.isArray(list) ? (list as Array<{regex?: string; caseSensitive?: boolean}>) : [])
    return [
      ...entries(data.phrases).flatMap((entry) => (entry.regex ? [{source: entry.regex, flags: entry.caseSensitive ? 'u' : 'iu', file}] : [])),
      ...entries(data.patterns).flatMap((entry) => (entry.regex ? [{source: entry.regex, flags: 'iu', file}] : []))
    ]
  })
}
