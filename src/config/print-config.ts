/**
 * `--print-config FILE`: the config a draft gets, resolved (every rule's
 * severity, every check's options with their defaults filled in) as YAML a
 * config file could hold, headed by comments that say where it came from:
 * each layer and what it extends, and the folders data files are read from.
 */
import path from 'node:path'
import {stringify} from 'yaml'
import {printable} from '../io/printable.js'
import {bundledConfig} from '../package-root.js'
import {RECOMMENDED, type Config} from './config.js'

export function printConfig(config: Config, draft: string): string {
  const header = [
    `# the config of ${draft}`,
    ...layerLines(config),
    `# data files: each from the first of ${config.dataDirectories.join(', ')} that has it`
  ]
  const checkOptions = [...config.options].filter(([, options]) => Object.keys(options as object).length > 0)
  const body = {rules: Object.fromEntries(config.severities), markdown: config.formats, ...Object.fromEntries(checkOptions)}
  return `${header.map((line) => printable(line)).join('\n')}\n${stringify(body)}`
}

/** The nearest config, then each base that extends further, with what it extends as written. */
function layerLines(config: Config): string[] {
  const nearestFirst = [...config.layers].reverse()
  return nearestFirst
    .filter((file, index) => index === 0 || config.bases.get(file)!.length > 0)
    .map((file) => {
      const bases = config.bases.get(file)!
      const named = path.resolve(file) === bundledConfig ? `${bundledConfig} (${RECOMMENDED})` : path.resolve(file)
      return `# from: ${named}${bases.length > 0 ? ` extends ${bases.join(', ')}` : ''}`
    })
}
