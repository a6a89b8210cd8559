/**
 * What the review page offers for one draft: its findings, and the choices
 * an editor can make on them, every choice an edit of the ORIGINAL draft.
 *
 * The fixer's result already holds its whole change as edits of the draft
 * (`FileResult.edits`: each pass's edits composed back onto the original).
 * Those edits never touch one another, so any subset of them applies
 * cleanly, and all of them make the corrected draft byte for byte. They are
 * the atoms of the fix checkboxes; the atoms one fix made together (a
 * consistency fix's several places, a later pass's fix next to an earlier
 * one's) are one checkbox. Findings the fixer did not apply offer their
 * candidates, or a replacement the editor types, at the finding's own range.
 */
import {applyEdits, type Edit} from '../fix/edits.js'
import {unifiedDiff} from '../diff.js'
import {Prose} from '../formats/prose.js'
import {fixRanges, messageRange, type LintMessage} from '../messages.js'
import {isFinding, statusOf, type Status} from '../report/status.js'
import type {FileResult} from '../run.js'
import {firstIndex} from '../sorted.js'
import {lineNumbers} from '../text/lines.js'

export interface Range {
  start: number
  end: number
}

/** One thing the editor can accept: a checkbox or a radio button, named "old → new". */
export interface Option {
  id: string
  label: string
  edits: Edit[]
}

/** A fix the corrected draft applies: checked at first. */
export interface FixOption extends Option {
  /** The findings whose fix it is (the first shows the checkbox). */
  findings: number[]
}

export interface ReviewFinding {
  /** Its index in the draft's messages (draft order). */
  id: number
  message: LintMessage
  status: Status
  /** Where it is in the draft: its range and further occurrences; none for a note on the whole draft. */
  places: Range[]
  /** The fix that applies it (or, for a resolved finding, the fix that replaced its text). */
  fix?: FixOption
  /** Candidates the fixer did not apply: one is a checkbox, several are radio choices. */
  candidates: Option[]
  /** Whether the editor may type a replacement: a finding with no suggestion, where the draft is the prose itself. */
  typeable: boolean
  /** A name to verify, which "mark as checked" adds to the accepted names. */
  name?: string
}

export interface ReviewModel {
  path: string
  original: string
  bom: boolean
  /** The draft's prose: what the page shows (for plain text, the draft itself). */
  prose: Prose
  findings: ReviewFinding[]
  fixes: FixOption[]
  /** Every option by id. */
  options: Map<string, Option>
}

/** What the page sends: the options checked, and the replacements typed (by finding id). */
export interface Choices {
  accepted: readonly string[]
  typed: Readonly<Record<string, string>>
}

/** A choice the page may not make: an unknown option, a replacement where none may be typed. */
export class ChoiceError extends Error {
  override name = 'ChoiceError'
}

/** Two chosen changes touch the same text: the editor must pick one. */
export class ConflictError extends Error {
  override name = 'ConflictError'
}

export function reviewModel(result: FileResult): ReviewModel {
  const original = result.draft.text
  const prose = result.file.data.prose ?? Prose.of(original)
  const fixes = fixOptions(result)
  const fixOf = new Map(fixes.flatMap((fix) => fix.findings.map((finding) => [finding, fix] as const)))
  const findings = result.messages.map((message, id): ReviewFinding => {
    const status = statusOf(result, message)
    const places = isFinding(message) ? [messageRange(message)!, ...(message.alsoAt ?? [])] : []
    const editable = places.length > 0 && status !== 'fixed' && fixRanges(message).every((range) => editableRange(original, prose, range))
    const expected = message.expected ?? []
    const label = (text: string) => `${shown(message.actual ?? '')} → ${shown(text)}`
    return {
      id,
      message,
      status,
      places,
      fix: fixOf.get(id) ?? (status === 'resolved' ? fixes.find((fix) => places.some((place) => covers(fix, place))) : undefined),
      candidates: editable ? expected.map((text, index) => ({id: `f${id}-${index}`, label: label(text), edits: editsAt(message, text)})) : [],
      typeable: editable && expected.length === 0,
      ...(message.ruleId === 'name-to-verify' && {name: String(message.data.name)})
    }
  })
  const all = [...fixes, ...findings.flatMap((finding) => finding.candidates)]
  distinguishLabels(all, original)
  const options = new Map<string, Option>(all.map((option) => [option.id, option]))
  return {path: result.path, original, bom: result.draft.bom, prose, findings, fixes, options}
}

/**
 * The fix checkboxes: the fixer's composed edits, joined where one fixed
 * message's ranges fall in several (each of its ranges lies inside the atom
 * its edit became part of).
 */
function fixOptions(result: FileResult): FixOption[] {
  const original = result.draft.text
  // An edit a later pass undid changes nothing: nothing to offer.
  const atoms = result.edits.filter((edit) => edit.text !== original.slice(edit.start, edit.end))
  const group = atoms.map((_, index) => index)
  const root = (index: number): number => (group[index] === index ? index : (group[index] = root(group[index]!)))
  const atomsOf = new Map<number, number[]>()
  result.messages.forEach((message, id) => {
    if (!result.fixed.has(message)) return
    const held = fixRanges(message).flatMap((range) => {
      const index = firstIndex(atoms.length, (at) => atoms[at]!.end >= range.end) // the first atom that reaches the range's end
      const atom = atoms[index]
      return atom && atom.start <= range.start ? [index] : []
    })
    for (const index of held) group[root(index)] = root(held[0]!)
    if (held.length > 0) atomsOf.set(id, held)
  })
  const byRoot = new Map<number, {atoms: number[]; findings: number[]}>()
  atoms.forEach((_, index) => {
    const entry = byRoot.get(root(index)) ?? {atoms: [], findings: []}
    entry.atoms.push(index)
    byRoot.set(root(index), entry)
  })
  for (const [id, held] of atomsOf) byRoot.get(root(held[0]!))!.findings.push(id)
  return [...byRoot.values()].map(({atoms: indices, findings}, index) => {
    const edits = indices.map((at) => atoms[at]!)
    const messages = findings.map((id) => result.messages[id]!)
    // Named by what the findings say ("Dudar → Duda"); edits no finding explains, by themselves.
    const labels = messages.length > 0 ? messages.map((message) => `${shown(message.actual ?? '')} → ${shown(message.expected?.[0] ?? '')}`) : edits.map((edit) => `${shown(original.slice(edit.start, edit.end))} → ${shown(edit.text)}`)
    return {id: `fix-${index}`, label: [...new Set(labels)].join('; '), edits, findings}
  })
}

/**
 * Options named alike ("Dudar → Duda" in two places) are told apart by where
 * they are, so a screen reader's list of checkboxes, and a test reaching one
 * by its name, finds each: "Dudar → Duda (line 49)".
 */
function distinguishLabels(options: Option[], original: string): void {
  const named = new Map<string, number>()
  for (const option of options) named.set(option.label, (named.get(option.label) ?? 0) + 1)
  const lines = lineNumbers(original)
  for (const option of options) {
    const at = option.edits[0]?.start
    if (named.get(option.label)! > 1 && at !== undefined) option.label = `${option.label} (line ${lines.indexAt(at) + 1})`
  }
}

/** The text of a label: nothing written as "(nothing)", spaces at either end and line breaks made visible. */
export function shown(text: string): string {
  if (text === '') return '(nothing)'
  return text.replace(/\r?\n/gu, '⏎').replace(/^ +| +$/gu, (spaces) => '␣'.repeat(spaces.length))
}

/** The edits that put `text` at every range the finding's fix would cover. */
function editsAt(message: LintMessage, text: string): Edit[] {
  return fixRanges(message).map(({start, end}) => ({start, end, text}))
}

function covers(fix: FixOption, place: Range): boolean {
  return fix.edits.some((edit) => edit.start <= place.start && place.end <= edit.end)
}

/**
 * Whether the editor may replace this range of the draft: in a markup draft,
 * only where the draft is exactly the prose the page shows (no markup,
 * escape or character reference inside), as the fixer requires of a fix.
 */
function editableRange(original: string, prose: Prose, range: Range): boolean {
  if (prose.isDraft) return true
  const start = proseOffset(prose, range.start)
  const length = range.end - range.start
  return prose.toSource(start) === range.start && prose.isVerbatim(start, start + length) && prose.text.slice(start, start + length) === original.slice(range.start, range.end)
}

/** The first prose offset at or after a draft offset (`end`: mapped as an end). The map only grows with the offset: bisect. */
export function proseOffset(prose: Prose, offset: number, end = false): number {
  if (prose.isDraft) return offset
  return firstIndex(prose.text.length + 1, (at) => prose.toSource(at, end) >= offset)
}

/** The edits the choices make, sorted; a conflict (two changes to the same text) is refused, naming both. */
export function chosenEdits(model: ReviewModel, choices: Choices): Edit[] {
  const chosen: Array<Edit & {label: string}> = []
  for (const id of new Set(choices.accepted)) {
    const option = model.options.get(id)
    if (!option) throw new ChoiceError(`no such choice: ${JSON.stringify(id)}`)
    chosen.push(...option.edits.map((edit) => ({...edit, label: option.label})))
  }
  for (const [id, text] of Object.entries(choices.typed)) {
    const finding = model.findings[Number(id)]
    if (!/^\d+$/u.test(id) || !finding?.typeable) throw new ChoiceError(`no replacement can be typed for finding ${JSON.stringify(id)}`)
    if (text === finding.message.actual) continue
    chosen.push(...editsAt(finding.message, text).map((edit) => ({...edit, label: `${shown(finding.message.actual ?? '')} → ${shown(text)}`})))
  }
  chosen.sort((a, b) => a.start - b.start || a.end - b.end)
  chosen.forEach((edit, index) => {
    const before = chosen[index - 1]
    // Overlapping, or two changes at one point (which goes first?): either could undo what the other means.
    if (before && (edit.start < before.end || edit.start === before.start)) throw new ConflictError(`“${before.label}” and “${edit.label}” change the same text: choose one`)
  })
  return chosen.map(({start, end, text}) => ({start, end, text}))
}

/** The draft with the chosen edits made, and its diff from the draft. */
export function applyChoices(model: ReviewModel, edits: readonly Edit[]): {text: string; diff: string} {
  return {text: applyEdits(model.original, edits), diff: unifiedDiff(model.path, model.original, edits, {bom: model.bom})}
}
