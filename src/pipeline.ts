/**
 * The one path for the data: text → retext-english's parser → checks → messages with
 * settled severities. Rule data is loaded and indexed once, when the linter
 * is created; `lint` is then a pure function of the text.
 */
import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {Check} from './checks/check.js'
import {checks as allChecks} from './checks/index.js'
import type {Config} from './config/config.js'
import {CONTROL_NAME, controlOf} from './checks/control-comments.js'
import {NestingError, readMarkup} from './formats/index.js'
import {notProseIn} from './text/addresses.js'
import {english} from './text/english.js'
import {perNonSpaceRun} from './text/runs.js'
import {InputError} from './io/errors.js'
import {catalogue, lintMessages, messageRange, renumberMessages, SOURCE, type LintMessage, type Severity, type SeverityOrOff} from './messages.js'
import {messageControl} from 'unified-message-control'
import type {Node} from 'unist'

export interface Linter {
  lint(text: string, path?: string): VFile
  /** The fixer's re-lints: only the checks that can fix run (what the others find is never applied). */
  lintForFixes(text: string, path?: string): LintMessage[]
}

type Nlcst = Processor<Root, Root, Root>

export function createLinter(config: Config, checks: readonly Check[] = allChecks): Linter {
  const prepared = prepareChecks(config, checks)
  const all = processorOf(prepared)
  // The re-lints: the checks that can fix, and the checks they need (which may only report).
  const needed = new Set<string>()
  const need = (check: Check) => {
    for (const name of check.needs ?? []) if (!needed.has(name)) needed.add(name), need(prepared.find((entry) => entry.check.name === name)!.check)
  }
  for (const {check} of prepared) if (check.fixes !== false) need(check)
  const fixing = processorOf(prepared.filter(({check}) => check.fixes !== false || needed.has(check.name)))
  const reportOnly = new Map(checks.flatMap((check) => (check.fixes === false ? Object.keys(check.rules).map((rule) => [rule, check.name] as const) : [])))
  const run = (processor: Nlcst, text: string, path?: string) => {
    const file = new VFile({value: text, path})
    try {
      // A markup draft's checks read its prose; their messages are placed in the draft (src/formats).
      const markup = readMarkup(text, path, config.formats)
      file.data.prose = markup.prose
      if (markup.tree) file.data.markup = markup
      processor.runSync(processor.parse(markup.prose.text), file)
      dropInsideAddresses(file)
      applyControlComments(file)
    } catch (error) {
      throw nestingError(error, path) ?? error
    }
    renumberMessages(file)
    settleSeverities(file, config.severities)
    return file
  }
  return {
    lint(text, path) {
      const file = run(all, text, path)
      // A fix from a check the re-lints skip would be applied on the first pass only: hold checks to their word.
      const stray = lintMessages(file).find((message) => message.fixable && reportOnly.has(message.ruleId ?? ''))
      if (stray) throw new CheckError(reportOnly.get(stray.ruleId!)!, new Error(`it is declared report-only but offers a fix (${stray.ruleId})`))
      return file
    },
    lintForFixes: (text, path) => lintMessages(run(fixing, text, path))
  }
}

/**
 * The checks to run, in order: each after the checks it needs, and only those
 * with a rule on or a running check that needs them (a check whose rules are
 * all off still runs for another's sake; its messages are dropped).
 */
export function runnable(checks: readonly Check[], severities: ReadonlyMap<string, SeverityOrOff>): Check[] {
  const byName = new Map(checks.map((check) => [check.name, check]))
  const ordered: Check[] = []
  const visit = (check: Check, path: readonly string[]) => {
    if (ordered.includes(check)) return
    if (path.includes(check.name)) throw new Error(`checks need each other in a circle: ${[...path, check.name].join(' → ')}`)
    for (const name of check.needs ?? []) {
      const needed = byName.get(name)
      if (!needed) throw new Error(`check "${check.name}" needs check "${name}", which is not among the checks`)
      visit(needed, [...path, check.name])
    }
    ordered.push(check)
  }
  for (const check of checks) visit(check, [])
  const wanted = new Set<Check>()
  const want = (check: Check) => {
    wanted.add(check)
    for (const name of check.needs ?? []) want(byName.get(name)!)
  }
  for (const check of ordered) if (Object.keys(check.rules).some((id) => (severities.get(id) ?? check.rules[id]!.severity) !== 'off')) want(check)
  return ordered.filter((check) => wanted.has(check))
}

function processorOf(checks: readonly PreparedCheck[]): Nlcst {
  return unified().use(english).use(runChecks, checks).freeze() as unknown as Nlcst
}

/** A check with its options, prepared from the config (data files loaded and indexed). */
export interface PreparedCheck {
  check: Check
  options: unknown
}

/** The checks prepared from a config, in the order they run. */
export function prepareChecks(config: Config, checks: readonly Check[] = allChecks): PreparedCheck[] {
  return runnable(checks, config.severities).map((check) => {
    const options = config.options.get(check.name)
    return {check, options: check.prepare ? check.prepare(options, config.context) : options}
  })
}

/** One retext plugin that runs the prepared checks in turn, each attached to the processor as its own plugin would be. */
export const runChecks: Plugin<[readonly PreparedCheck[]], Root> = function (this: Processor, checks) {
  const transformers = checks.map(({check, options}) => guarded(check).call(this as never, options) as (tree: Root, file: VFile) => void)
  return (tree: Root, file: VFile) => {
    for (const transformer of transformers) transformer(tree, file)
  }
}

/**
 * A draft nested too deeply to read, as the draft's input error: one its
 * reader refused, or one that ran a recursive walk of its tree (the reader's,
 * a check's) out of stack.
 */
function nestingError(error: unknown, path = 'draft'): InputError | undefined {
  const cause = error instanceof CheckError ? error.cause : error
  if (cause instanceof NestingError) return new InputError(path, `${cause.what}: ${cause.message}`)
  if (cause instanceof RangeError && cause.message.includes('call stack')) return new InputError(path, 'nested too deeply to read: reading it ran out of stack')
  return undefined
}

/**
 * A finding inside a URL or an e-mail address is dropped, whatever the check:
 * an address is not prose, and a fix there would break the link
 * ("…/kiev-talks" is no "Kyiv"). A finding across white space is outside one.
 */
function dropInsideAddresses(file: VFile): void {
  const draft = String(file.value)
  const inRun = perNonSpaceRun(draft, (run, at) => notProseIn(run).map(({start, end}) => ({start: at + start, end: at + end})))
  const inside = (range: {start: number; end: number} | undefined) => {
    if (!range || /\s/u.test(draft.slice(range.start, range.end))) return false
    // An insertion (an empty range) is inside when it falls between two of the address's characters.
    return inRun(range.start, range.end).some(({start, end}) => (range.start < range.end ? start <= range.start && range.end <= end : start < range.start && range.start < end))
  }
  // In draft order: each run's addresses are found once.
  const placed = file.messages.map((message) => ({message, range: messageRange(message)})).sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0))
  const dropped = new Set(placed.filter(({range}) => inside(range)).map(({message}) => message))
  if (dropped.size > 0) file.messages = file.messages.filter((message) => !dropped.has(message))
}

/** The draft's own control comments switch rules off and on (unified-message-control reads them). */
function applyControlComments(file: VFile): void {
  const markup = file.data.markup
  if (!markup?.tree || !markup.marker) return
  // Only our comments with a known keyword, naming known rules: the control-comments check reports the others.
  const marker = (node: Node) => {
    const mark = markup.marker!(node)
    const control = controlOf(mark)
    if (!control?.valid || !mark) return undefined
    if (control.rules.length === 0) return mark
    const known = control.rules.filter((rule) => catalogue.has(rule))
    // An unknown name controls nothing: not every rule (as a comment naming none would), and never a key such as
    // "constructor" or "__proto__", which unified-message-control would look up on a plain object and crash on.
    return known.length === 0 ? undefined : {...mark, attributes: [control.verb, ...known].join(' ')}
  }
  messageControl(markup.tree, {file, name: CONTROL_NAME, marker, source: [...new Set(file.messages.map((message) => message.source ?? SOURCE))]})
}

/** Apply configured severities: drop rules that are off, map the rest onto vfile's `fatal`. */
export function settleSeverities(file: VFile, severities: ReadonlyMap<string, SeverityOrOff>): void {
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
