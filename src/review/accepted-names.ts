/**
 * "Mark as checked": a name to verify goes into the accepted-names file of
 * the config the draft was linted with, keeping the file's comments
 * (src/io/rules-file.ts reads and writes it as a YAML document, atomically).
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {acceptedSchema} from '../checks/names-to-verify.js'
import type {Config} from '../config/config.js'
import {readRulesDocument, topList, writeRulesDocument} from '../io/rules-file.js'
import {fold} from '../names/fold.js'
import {bundledConfig} from '../package-root.js'

const HEADER = ['Names your newsroom has checked: they are no longer listed as "names to', 'verify". One per line, as written in the article.']

/**
 * The file a name is added to: the first accepted-names file the
 * names-to-verify check reads, where the config's loader finds it (the
 * nearest config whose folder has it), else beside the nearest config. Never
 * the bundled rules: undefined when the config is the bundled one.
 */
export function acceptedNamesFile(config: Config): string | undefined {
  const relative = (config.options.get('names-to-verify') as {accepted: string[]} | undefined)?.accepted[0]
  const own = [...config.layers].reverse().filter((layer) => layer !== bundledConfig)
  if (relative === undefined || own.length === 0) return undefined
  const candidates = own.map((layer) => path.resolve(path.dirname(layer), relative))
  return candidates.find((file) => existsSync(file)) ?? candidates[0]
}

/** Add a name (unless it is there, spelt alike); whether it was added. */
export function acceptName(file: string, shown: string, name: string): boolean {
  const {doc, data} = readRulesDocument(file, shown, acceptedSchema, HEADER)
  if (data.accepted.some((accepted) => fold(accepted) === fold(name))) return false
  topList(doc, 'accepted').add(doc.createNode(name))
  writeRulesDocument(file, shown, doc, acceptedSchema)
  return true
}
