/**
 * SARIF 2.1.0 for code-scanning tools: the rules with their descriptions and
 * default levels, and one result per message with its region (start and end)
 * and a fingerprint that survives unrelated edits elsewhere in the draft.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {checks} from '../checks/index.js'
import {ruleUrl, type Severity} from '../messages.js'
import {packageRoot} from '../package-root.js'
import type {FileResult} from '../run.js'
import {plain} from '../render.js'
import {lineNumbers} from '../text/lines.js'
import {outcomeSentence, sentence, visible} from './status.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

export function sarif(results: readonly FileResult[], options: {quiet: boolean}): string {
  const rules = checks.flatMap((check) => Object.entries(check.rules)).map(([id, {description, severity}]) => ({
    id,
    shortDescription: {text: description},
    fullDescription: {text: `${description} See ${ruleUrl(id)}`},
    helpUri: ruleUrl(id),
    help: {text: `${description} Details and options: ${ruleUrl(id)}`},
    defaultConfiguration: {level: severity === 'off' ? 'none' : LEVEL[severity]}
  }))
  const index = new Map(rules.map((rule, at) => [rule.id, at]))
  const version = (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'article-lint', semanticVersion: version, informationUri: 'https://github.com/article-lint/article-lint', rules}},
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => {
          const lines = lineNumbers(result.draft.text)
          return visible(result, options.quiet).map((message) => {
            const end = message.place && 'end' in message.place ? message.place.end : undefined
            const line = message.line ?? 1
            const column = message.column ?? 1
            const then = outcomeSentence(result, message)
            return {
              ruleId: message.ruleId,
              ruleIndex: index.get(message.ruleId ?? ''),
              level: LEVEL[message.severity],
              message: {text: `${sentence(message, plain)}${then ? ` ${then}` : ''}`},
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: {uri: encodeURI(result.path)},
                    region: {startLine: line, startColumn: column, endLine: end?.line ?? line, endColumn: end?.column ?? column}
                  }
                }
              ],
              partialFingerprints: {primaryLocationLineHash: fingerprint(message.ruleId ?? '', String(message.actual ?? ''), lines.textOf(line) ?? '')}
            }
          })
        })
      }
    ]
  }
  return `${JSON.stringify(log, undefined, 2)}\n`
}

/** Rule, flagged text and the line's text: stable when other lines move. */
function fingerprint(ruleId: string, actual: string, lineText: string): string {
  return `${createHash('sha256').update(`${ruleId}\u0000${actual}\u0000${lineText.trim()}`).digest('hex').slice(0, 32)}:1`
}
