import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {plainPattern} from '../../src/checks/phrases.js'

/** Every pattern of the bundled phrase files that has specs, as the phrases check compiles it, with its specs' texts. */
export function bundledPatterns(): Array<{source: string; flags: string; specs: string[]}> {
  const folder = path.join(import.meta.dirname, '../../rules')
  const files = ['phrases.yml', 'places.yml', ...readdirSync(path.join(folder, 'calques')).filter((name) => name.endsWith('.yml')).map((name) => `calques/${name}`)]
  return files.flatMap((file) =>
    (parse(readFileSync(path.join(folder, file), 'utf8')).phrases as Array<{regex?: string; pattern?: string | string[]; caseSensitive?: boolean; specs?: Array<{from: string}>}>)
      .filter((entry) => entry.specs !== undefined && entry.specs.length > 0)
      .map((entry) => ({
        source: entry.regex ?? [entry.pattern ?? []].flat().map(plainPattern).join('|'),
        flags: entry.caseSensitive ? 'u' : 'iu',
        specs: entry.specs!.map((spec) => spec.from)
      }))
  )
}
