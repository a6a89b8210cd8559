/**
 * The one path for the data: text → retext-english → checks → messages with
 * settled severities. Rule data is loaded and indexed once, when the linter
 * is created; `lint` is then a pure function of the text.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {Check} from './checks/check.js'
import {checks as allChecks} from './checks/index.js'
import type {Config} from './config/config.js'
import type {LintMessage, Severity, SeverityOrOff} from './messages.js'

export interface Linter {
  lint(text: string, path?: string): VFile
}

export function createLinter(config: Config, checks: readonly Check[] = allChecks): Linter {
  let processor: Processor<Root, Root, Root> = unified().use(retextEnglish) as unknown as Processor<Root, Root, Root>
  // Every check runs, even with its rules off: later checks may read what it left in file.data.
  for (const check of checks) {
    const options = config.options.get(check.name)
    const prepared = check.prepare ? check.prepare(options, config.context) : options
    processor = processor.use(guarded(check), prepared) as typeof processor
  }
  processor.freeze()
  return {
    lint(text, path) {
      const file = new VFile({value: text, path})
      processor.runSync(processor.parse(file), file)
      settleSeverities(file, config.severities)
      return file
    }
  }
}

/** Apply configured severities: drop rules that are off, map the rest onto vfile's `fatal`. */
function settleSeverities(file: VFile, severities: ReadonlyMap<string, SeverityOrOff>): void {
  const kept: LintMessage[] = []
  for (const message of file.messages as LintMessage[]) {
    const severity = severities.get(message.ruleId ?? '') ?? 'warning'
    if (severity === 'off') continue
    setSeverity(message, severity)
    kept.push(message)
  }
  file.messages = kept
}

const FATAL: Record<Severity, boolean | undefined> = {error: true, warning: false, info: undefined}

function setSeverity(message: LintMessage, severity: Severity): void {
  message.severity = severity
  message.fatal = FATAL[severity]
}

/** A check that throws names itself: the run reports which check failed on which file. */
export class CheckError extends Error {
  constructor(readonly check: string, cause: unknown) {
    super(`check "${check}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, {cause})
    this.name = 'CheckError'
  }
}

function guarded(check: Check): Plugin<[unknown], Root> {
  return function (this: Processor, options: unknown) {
    const transformer = (check.plugin as Plugin<[unknown], Root>).call(this as never, options) as (tree: Root, file: VFile) => void
    return (tree: Root, file: VFile) => {
      try {
        transformer(tree, file)
      } catch (error) {
        throw new CheckError(check.name, error)
      }
    }
  }
}
