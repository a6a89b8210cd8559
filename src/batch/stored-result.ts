/**
 * A draft's result as plain data, and back: what the result cache keeps and
 * what a worker thread sends (structured clone keeps only plain data). It
 * holds what the reporters and the output writer read: the messages with all
 * their fields, which of them were fixed or resolved (by index), the
 * corrected text, the diff, and the few `file.data` entries reports show. A
 * result made from it prints and writes exactly what the original does
 * (tests/batch/stored-result.test.ts holds every format and output to that).
 */
import type {ReadabilitySummary} from '../checks/readability-summary.js'
import type {NameToVerify} from '../checks/names-to-verify.js'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Prose} from '../formats/prose.js'
import type {Edit} from '../fix/edits.js'
import type {Reports} from '../io/outputs.js'
import type {Draft} from '../io/read-draft.js'
import type {LintMessage} from '../messages.js'
import type {FileResult} from '../run.js'
import {firstIndex} from '../sorted.js'

export interface StoredResult {
  path: string
  /** Each message's own fields, as they are (vfile's and article-lint's). */
  messages: Array<Record<string, unknown>>
  /** Indices into `messages`. */
  fixed: number[]
  resolved: number[]
  output: string
  edits: Edit[]
  passes: number
  diff: string
  /** What the reports read from `file.data`. */
  readability?: ReadabilitySummary
  namesToVerify?: NameToVerify[]
  /** Where the draft holds prose (the annotated report shows other blocks as they are). */
  proseSpans: Array<[start: number, end: number]> | 'all'
  /** The annotated reports, when the run rendered them. */
  reports?: Reports
}

export function toStored(result: FileResult): StoredResult {
  const indices = (set: ReadonlySet<LintMessage>) => result.messages.flatMap((message, index) => (set.has(message) ? [index] : []))
  const {readability, namesToVerify, prose} = result.file.data
  return {
    path: result.path,
    messages: result.messages.map((message) => ({...message})),
    fixed: indices(result.fixed),
    resolved: indices(result.resolved),
    output: result.output,
    edits: result.edits,
    passes: result.passes,
    diff: result.diff,
    ...(readability && {readability}),
    ...(namesToVerify && {namesToVerify}),
    proseSpans: prose?.proseSpans() ?? 'all',
    ...(result.reports && {reports: result.reports})
  }
}

/** The result again, for the draft it was made from. */
export function fromStored(stored: StoredResult, draft: Draft): FileResult {
  // Without running VFileMessage's constructor: the fields are all there, and it would capture a stack.
  const messages = stored.messages.map((fields) => Object.assign(Object.create(VFileMessage.prototype) as LintMessage, fields))
  const file = new VFile({path: stored.path, value: draft.text})
  file.messages = messages
  file.data.prose = {holdsProse: holdsProse(stored.proseSpans)} as Pick<Prose, 'holdsProse'> as Prose
  if (stored.readability) file.data.readability = stored.readability
  if (stored.namesToVerify) file.data.namesToVerify = stored.namesToVerify
  const pick = (indices: readonly number[]) => new Set(indices.map((index) => messages[index]!))
  return {
    draft,
    path: stored.path,
    file,
    messages,
    fixed: pick(stored.fixed),
    resolved: pick(stored.resolved),
    output: stored.output,
    edits: stored.edits,
    passes: stored.passes,
    diff: stored.diff,
    ...(stored.reports && {reports: stored.reports})
  }
}

/** Prose.holdsProse over the stored spans: whether any of the draft from `start` to `end` is prose. */
function holdsProse(spans: StoredResult['proseSpans']): (start: number, end: number) => boolean {
  if (spans === 'all') return () => true
  return (start, end) => {
    const span = spans[firstIndex(spans.length, (index) => spans[index]![1] > start)]
    return span !== undefined && span[0] < end
  }
}
