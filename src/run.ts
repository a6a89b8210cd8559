/**
 * Lint one draft end to end: lint, fix (unless asked not to), diff. The
 * result is plain data that every reporter and the output writer read.
 */
import type {VFile} from 'vfile'
import {unifiedDiff} from './diff.js'
import type {Edit} from './fix/edits.js'
import {fix, RunawayFixError, type FixedMessage, type FixResult} from './fix/fix.js'
import {InputError} from './io/errors.js'
import type {Reports} from './io/outputs.js'
import type {Draft} from './io/read-draft.js'
import {FindingIndex} from './fix/findings.js'
import {fixRanges, lintMessages, messageRange, report, type LintMessage} from './messages.js'
import type {Linter} from './pipeline.js'
import {firstIndex} from './sorted.js'

export interface FileResult {
  draft: Draft
  /** Path relative to the working directory, with forward slashes. */
  path: string
  /** The lint of the original draft; positions refer to the draft. */
  file: VFile
  messages: LintMessage[]
  /** Messages whose fix is in `output`. */
  fixed: ReadonlySet<LintMessage>
  /** Messages not fixed themselves whose text another fix replaced ("locksteps" inside "on locksteps" → "in lockstep"). */
  resolved: ReadonlySet<LintMessage>
  output: string
  /** The whole change as sorted, separate edits of the draft (the fixer's passes composed): `output` is the draft with all of them made. */
  edits: Edit[]
  passes: number
  diff: string
  /** The annotated reports, once rendered (src/io/outputs.ts). */
  reports?: Reports
}

export function lintDraft(linter: Linter, draft: Draft, path: string, options: {fix: boolean}): FileResult {
  const file = linter.lint(draft.text, path)
  const fixed = new Set<LintMessage>()
  let output = draft.text
  let passes = 0
  let edits: Edit[] = []
  if (options.fix) {
    const result = fixOrStop(draft.text, lintMessages(file), (text) => linter.lintForFixes(text, path), path)
    output = result.output
    passes = result.passes
    edits = result.edits
    const originals = new FindingIndex(lintMessages(file))
    for (const done of result.fixed) fixed.add(done.pass === 1 ? done.message : onOriginal(file, originals, done))
  }
  // Reports read in the draft's order: by position, then as the checks ran.
  const messages = lintMessages(file).sort((a, b) => (messageRange(a)?.start ?? 0) - (messageRange(b)?.start ?? 0))
  return {draft, path, file, messages, fixed, resolved: resolvedBy(fixed, messages), output, edits, passes, diff: unifiedDiff(path, draft.text, edits, {bom: draft.bom})}
}

/** The fixer's passes; a runaway fix fails the draft with its message, as an input error does. */
function fixOrStop(text: string, first: readonly LintMessage[], lint: (text: string) => readonly LintMessage[], path: string): FixResult {
  try {
    return fix(text, first, lint)
  } catch (error) {
    if (error instanceof RunawayFixError) throw new InputError(path, error.message)
    throw error
  }
}

/** Findings that lie wholly inside text a fix replaced: gone from the corrected draft. */
function resolvedBy(fixed: ReadonlySet<LintMessage>, messages: readonly LintMessage[]): Set<LintMessage> {
  const insideReplaced = covering([...fixed].flatMap(fixRanges))
  return new Set(
    messages.filter((message) => {
      const range = messageRange(message)
      return !fixed.has(message) && range !== undefined && range.end > range.start && insideReplaced(range)
    })
  )
}

/** Whether one of `ranges` holds a range: among those starting at or before it, the one reaching furthest decides. */
function covering(ranges: ReadonlyArray<{start: number; end: number}>): (range: {start: number; end: number}) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  let furthest = -Infinity
  const reach = sorted.map((range) => (furthest = Math.max(furthest, range.end)))
  return ({start, end}) => {
    const last = firstIndex(sorted.length, (index) => sorted[index]!.start > start) - 1
    return last >= 0 && reach[last]! >= end
  }
}

/**
 * A fix made on a later pass, after re-linting, is reported against the
 * original draft: the original message it completes (same rule, same
 * finding, inside the range the fix replaced: a line of page furniture
 * whose removal waited for its neighbour's), or a new one at that range.
 */
function onOriginal(file: VFile, originals: FindingIndex, done: FixedMessage): LintMessage {
  const {message} = done
  const {start, end} = done.ranges[0]!
  const same = originals.find(message, start, end)
  if (same) return same
  const {ruleId = 'unknown', messageId, data, expected = []} = message
  // The fixer's ranges are the draft's own offsets, not the prose's (a Markdown draft's markup lies between).
  const added = report(file, {ruleId, messageId, data, start, end, expected, fixable: true, alsoAt: done.ranges.slice(1), inDraft: true})
  added.source = message.source
  added.severity = message.severity
  added.fatal = message.fatal
  originals.add(added)
  return added
}
