import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll} from 'vitest'
import {checks} from '../src/checks/index.js'
import {loadConfig} from '../src/config/config.js'
import {fix} from '../src/fix/fix.js'
import {lintMessages, type LintMessage} from '../src/messages.js'
import {bundledConfig} from '../src/package-root.js'
import {createLinter, type Linter} from '../src/pipeline.js'

let defaultLinter: Linter | undefined

/** The linter with the bundled rules, built once per test file. */
export function linter(): Linter {
  defaultLinter ??= createLinter(loadConfig(bundledConfig, checks))
  return defaultLinter
}

/** The temp folders this test file made: removed when its tests are done. */
const made: string[] = []

// Registered when a test file first imports this module (each file has its own copy), so it runs after that file's tests.
afterAll(() => {
  for (const directory of made.splice(0)) removeDir(directory)
})

/** A fresh folder in the OS temp dir, removed after the test file's last test. */
export function tempDir(prefix = 'article-lint-'): string {
  const directory = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(directory)
  return directory
}

/** A temp folder holding a tree of files, from `{relative path: content}`. */
export function tree(files: Record<string, string | Buffer>): string {
  const root = tempDir()
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), content)
  }
  return root
}

/** Remove a folder and all it holds. */
export function removeDir(directory: string): void {
  rmSync(directory, {recursive: true, force: true, maxRetries: 3})
}

/** A config file in a temp folder, with the given YAML. */
export function configFile(yaml: string, extra: Record<string, string> = {}): string {
  const directory = tempDir()
  writeFileSync(path.join(directory, 'config.yml'), yaml)
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(directory, name), content)
  return path.join(directory, 'config.yml')
}

/**
 * The bundled rules, copied beside a config file that is the bundled config.yml
 * with `from` replaced by `to` (which must occur in it): a config that differs
 * in one setting.
 */
export function bundledConfigWith(from: string, to: string): string {
  const rules = path.dirname(bundledConfig)
  const config = readFileSync(bundledConfig, 'utf8')
  if (!config.includes(from)) throw new Error(`not in ${bundledConfig}: ${from}`)
  const directory = tempDir()
  cpSync(rules, directory, {recursive: true})
  writeFileSync(path.join(directory, 'config.yml'), config.replace(from, to))
  return path.join(directory, 'config.yml')
}

/** The messages of one rule, as plain objects that tests compare whole. */
export function findings(text: string, ruleId: string, lint: Linter = linter()) {
  return lintMessages(lint.lint(text)).filter((message) => message.ruleId === ruleId).map(plain)
}

export function plain(message: LintMessage) {
  const place = message.place && 'start' in message.place ? message.place : undefined
  return {
    reason: message.reason,
    start: place?.start.offset,
    end: place?.end.offset,
    actual: message.actual,
    expected: message.expected,
    fixable: message.fixable,
    fixRange: message.fixRange,
    severity: message.severity
  }
}

/** The corrected text: every fixable message applied, re-linting, as the CLI does. */
export function corrected(text: string, lint: Linter = linter()): string {
  return fix(text, lintMessages(lint.lint(text)), (next) => lint.lintForFixes(next)).output
}
