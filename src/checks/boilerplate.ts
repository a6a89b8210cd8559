/**
 * Page furniture: whole lines a scraper picked up from around the article
 * ("Leave a Comment", "Advertisement", "Read more: …", cookie prompts) and
 * photo credits glued to the end of a text line. Patterns live in
 * rules/boilerplate.yml. The fix deletes the line with its line break and
 * the blank lines after it; a last line goes with the blank lines before it,
 * so the corrected draft ends on its last paragraph and one line break.
 */
import type {VFile} from 'vfile'
import {z} from 'zod'
import {RulesError, type LoadedYaml} from '../config/yaml.js'
import {formatOf} from '../formats/index.js'
import {UNDERLINE} from '../formats/markdown.js'
import {proseOf, report} from '../messages.js'
import {regexVerdict} from '../text/safe-regex.js'
import {linesOf, wordCount, type Line} from '../text/lines.js'
import {SPEECH_VERBS} from '../text/speech.js'
import {defineCheck} from './check.js'

const patternSchema = z
  .strictObject({
    line: z.string().min(1).optional(),
    prefix: z.string().min(1).optional(),
    regex: z.string().min(1).optional(),
    reason: z.string().min(1)
  })
  .refine((entry) => [entry.line, entry.prefix, entry.regex].filter((value) => value !== undefined).length === 1, {
    message: 'give exactly one of line, prefix or regex'
  })

/** A call to action aimed at the reader: a line that opens with one of `verbs` and names one of `channels`. */
const callsSchema = z.strictObject({
  verbs: z.array(z.string().min(1)).default([]),
  channels: z.array(z.string().min(1)).default([]),
  /** A longer line is an article paragraph, whatever its first words. */
  maxWords: z.number().int().min(1).default(20)
})

export const boilerplateSchema = z.strictObject({
  patterns: z.array(patternSchema).default([]),
  credits: z.array(z.string().min(1)).default([]),
  calls: callsSchema.default({verbs: [], channels: [], maxWords: 20})
})

export const boilerplateOptions = z.strictObject({
  /** The data file, relative to the config file. */
  file: z.string().default('boilerplate.yml'),
  /** A `prefix` pattern matches only lines up to this many words. */
  maxWords: z.number().int().min(1).default(25),
  /** A photo credit glued to a line has at most this many words. */
  maxCreditWords: z.number().int().min(1).default(10)
})

/** A line in the forms patterns compare. */
interface LineForms {
  raw: string
  /** normaliseLine(raw) */
  whole: string
  /** normaliseStart(raw) */
  start: string
  /** wordCount(raw), counted only for a line a prefix matches */
  words: () => number
}

type Matcher = (line: LineForms) => boolean

interface Reason {
  reason: string
  /** The pattern's place in the data file: where several match a line, the first gives the reason. */
  order: number
}

interface Pattern extends Reason {
  test: Matcher
}

export interface PreparedBoilerplate {
  /** The first `line` pattern of each normalised line: a line is looked up once instead of compared with each. */
  lines: Map<string, Reason>
  /** The `prefix` and `regex` patterns. */
  patterns: Pattern[]
  credits: string[]
  maxCreditWords: number
  /** Whether a whole paragraph line is a call to action (`calls` in the data file). */
  isCall: (line: string) => boolean
}

/** A line as compared: lower case, spaces collapsed, no bullet before, no closing punctuation after. */
export function normaliseLine(line: string): string {
  return withoutClosing(normaliseStart(line))
}

/** A line's start as compared with a prefix: like normaliseLine, but its end (a colon, say) is kept. */
export function normaliseStart(line: string): string {
  return collapseSpaces(line.trim().replace(/^[-*•·>]+\s*/u, '')).toLowerCase()
}

const ODD_SPACE = /\s\s|[^\S ]/u

/** Runs of white space as one space. Most lines have nothing to collapse, and the test is cheaper than the replace. */
function collapseSpaces(text: string): string {
  return ODD_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text
}

const CLOSING = /[\s:.!…»›→>|-]/u

/** `text` less the closing punctuation and spaces at its end: a scan back from the end, where /[…]+$/ would try every space. */
function withoutClosing(text: string): string {
  let end = text.length
  while (end > 0 && CLOSING.test(text[end - 1]!)) end--
  return text.slice(0, end)
}


export function prepareBoilerplate(
  options: z.infer<typeof boilerplateOptions>,
  data: z.infer<typeof boilerplateSchema>,
  /** Where the data came from, for errors that name a line. */
  loaded: Pick<LoadedYaml<unknown>, 'file' | 'where'>
): PreparedBoilerplate {
  const lines = new Map<string, Reason>()
  const patterns: Pattern[] = []
  data.patterns.forEach((entry, index) => {
    const {reason} = entry
    if (entry.line !== undefined) {
      const wanted = normaliseLine(entry.line)
      if (!lines.has(wanted)) lines.set(wanted, {reason, order: index})
      return
    }
    let test: Matcher
    if (entry.prefix !== undefined) {
      const wanted = normaliseStart(entry.prefix)
      const boundary = /[\p{L}\p{N}]$/u.test(wanted)
      test = (line) => {
        if (!line.start.startsWith(wanted) || line.words() > options.maxWords) return false
        return !boundary || !/[\p{L}\p{N}]/u.test(line.start[wanted.length] ?? '')
      }
    } else {
      const source = entry.regex!
      const verdict = regexVerdict(source, 'iu')
      if (!verdict.safe) {
        const {line, column} = loaded.where(['patterns', index, 'regex'])
        throw new RulesError(loaded.file, line, column, `${verdict.why}: ${JSON.stringify(source)}`)
      }
      const regex = new RegExp(source, 'iu')
      test = (line) => regex.test(line.raw.trim())
    }
    patterns.push({test, reason, order: index})
  })
  return {lines, patterns, credits: data.credits, maxCreditWords: options.maxCreditWords, isCall: callMatcher(data.calls)}
}

/** Words as a case-blind alternation on word edges. */
const anyOf = (words: readonly string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')).join('|')

/**
 * The shape of a call to action: a short line that starts (after an
 * emoji, a bullet or "Don't miss:") with a verb aimed at the reader and names
 * a newsletter, platform or channel: "Get the weekly climate briefing in your
 * inbox", "📢 Follow us on X". A sentence inside a paragraph never is one.
 */
function callMatcher(calls: z.infer<typeof callsSchema>): (line: string) => boolean {
  if (calls.verbs.length === 0 || calls.channels.length === 0) return () => false
  const opening = new RegExp(`^(?:[\\p{Extended_Pictographic}\\p{Emoji_Component}\\uFE0F\\u200D*•>→-]+\\s*)?(?:${anyOf(calls.verbs)})(?![\\p{L}])`, 'iu')
  const channel = new RegExp(`(?<![\\p{L}])(?:${anyOf(calls.channels)})(?![\\p{L}])`, 'iu')
  return (line) => !/["“”]/u.test(line) && wordCount(line) <= calls.maxWords && opening.test(line) && channel.test(line) && !REPORTED.test(line) && (ADDRESSED.test(line) || !/[.!?]\s*$/u.test(line))
}

/** An attribution: a sentence someone said ("Download the app to prove your age, officials said"), not a prompt. */
const REPORTED = new RegExp(`(?<![\\p{L}])(?:${[...SPEECH_VERBS, 'according to'].join('|')})(?![\\p{L}])`, 'iu')
/**
 * A full sentence is a prompt only when it speaks to the reader ("Follow us
 * on X.", "Get our newsletter in your inbox."): "Like Facebook, TikTok has
 * been accused…" and "Share prices of X rivals rose." are article sentences.
 */
const ADDRESSED = /(?<![\p{L}])(?:us|our|you|your|here|now|today|free|below)(?![\p{L}])/iu

/** The first pattern, in the data file's order, that matches the line. */
function matchingPattern(prepared: PreparedBoilerplate, line: LineForms): Reason | undefined {
  const byLine = prepared.lines.get(line.whole)
  const before = (pattern: Reason) => byLine === undefined || pattern.order < byLine.order
  return prepared.patterns.find((pattern) => before(pattern) && pattern.test(line)) ?? byLine
}

const CALL: Reason = {reason: 'a call to action aimed at the reader', order: -1}

/** A line that is a paragraph of its own: blank lines, or the text's edges, on both sides. */
function isParagraph(lines: readonly Line[], index: number): boolean {
  const blank = (at: number) => at < 0 || at >= lines.length || lines[at]!.text.trim() === ''
  return blank(index - 1) && blank(index + 1)
}

/** The range that removes line `index` cleanly (see the module comment). */
function removal(lines: readonly Line[], index: number): {start: number; end: number} {
  const line = lines[index]!
  let after = index + 1
  while (after < lines.length && lines[after]!.text.trim() === '') after++
  if (after < lines.length) {
    // Inside a block of lines, only the line goes; a block of its own takes its blank lines along.
    const alone = index === 0 || lines[index - 1]!.text.trim() === ''
    return {start: line.start, end: alone ? lines[after]!.start : line.next}
  }
  let before = index - 1
  while (before >= 0 && lines[before]!.text.trim() === '') before--
  if (before < 0) return {start: 0, end: lines.at(-1)!.next}
  return {start: lines[before]!.next, end: lines.at(-1)!.next}
}

/**
 * Whether the draft's line holds the prose's line and nothing else: in
 * Markdown, "**Advertisement**" removed as text would leave "****" (a rule
 * when rendered), an underlined heading its "===", a link "[](…)", front
 * matter a "title:" with no value. Markup around it is the editor's to
 * remove. (HTML's empty elements show nothing.)
 */
function bareInDraft(file: VFile, start: number, end: number): boolean {
  const prose = file.data.prose
  if (!prose || prose.isDraft || formatOf(file.path) !== 'markdown') return true
  const draft = String(file.value)
  const from = prose.toSource(start)
  const to = prose.toSource(end, true)
  // The line from `at` to its break (or the draft's end), without slicing the rest of the draft.
  const lineFrom = (at: number) => draft.slice(at, draft.indexOf('\n', at) >= 0 ? draft.indexOf('\n', at) : undefined)
  const after = draft.indexOf('\n', to)
  return lineFrom(draft.lastIndexOf('\n', from - 1) + 1).trim() === draft.slice(from, to) && !(after >= 0 && UNDERLINE.test(lineFrom(after + 1)))
}

/** A photo credit at the end of a line: from the last sentence end before a marker to the line's end. */
function creditIn(line: Line, prepared: PreparedBoilerplate): {start: number; text: string} | undefined {
  for (const marker of prepared.credits) {
    const at = line.text.indexOf(marker)
    if (at < 0) continue
    const head = line.text.slice(0, at)
    const boundary = /^(.*[.!?][”"’)]?)\s+\(?[^.!?]*$/u.exec(head)
    const from = boundary ? boundary[1]!.length : 0
    if (from === 0 && head.trim() !== '' && !/^\(?[^.!?]*$/u.test(head)) continue
    const credit = line.text.slice(from).trim()
    const opened = credit.startsWith('(')
    if (opened ? !credit.endsWith(')') : /[.!?]$/u.test(credit)) continue
    if (wordCount(credit) > prepared.maxCreditWords) continue
    return {start: line.start + from, text: credit}
  }
  return undefined
}

export const boilerplate = defineCheck({
  name: 'boilerplate',
  rules: {
    boilerplate: {
      severity: 'warning',
      description: 'Web page furniture in the article ("Leave a Comment").',
      docs: 'boilerplate',
      messages: {
        line: 'Page furniture, not article text: `{{line}}` ({{what}}): remove the line',
        credit: 'Photo credit at the end of the text: `{{credit}}`: remove it unless this is a caption'
      }
    }
  },
  options: boilerplateOptions,
  prepare: (options, context) => {
    const loaded = context.loadData(options.file, boilerplateSchema, 'boilerplate@1')
    return prepareBoilerplate(options, loaded.data, loaded)
  },
  plugin(prepared: PreparedBoilerplate) {
    return (_tree, file) => {
      const text = proseOf(file)
      const lines = linesOf(text)
      lines.forEach((line, index) => {
        if (line.text.trim() === '') return
        const raw = line.text
        const start = normaliseStart(raw)
        // A function, not a getter: an object literal with an accessor is slow to build.
        const forms: LineForms = {raw, start, whole: withoutClosing(start), words: () => wordCount(raw)}
        const pattern = matchingPattern(prepared, forms) ?? (isParagraph(lines, index) && prepared.isCall(raw.trim()) ? CALL : undefined)
        const credit = pattern ? undefined : creditIn(line, prepared)
        if (pattern || (credit && credit.start === line.start)) {
          const what = pattern?.reason ?? 'photo credit'
          const text = line.text.trim()
          const start = line.start + line.text.indexOf(text)
          report(file, {
            ruleId: 'boilerplate',
            messageId: 'line',
            data: {line: text, what},
            start,
            end: start + text.length,
            fixRange: removal(lines, index),
            expected: [''],
            fixable: bareInDraft(file, start, start + text.length)
          })
        } else if (credit) {
          // The finding is the credit; the fix also takes the space before it.
          const start = line.start + line.text.indexOf(credit.text, credit.start - line.start)
          report(file, {
            ruleId: 'boilerplate',
            messageId: 'credit',
            data: {credit: credit.text},
            start,
            end: start + credit.text.length,
            fixRange: {start: credit.start, end: line.end},
            expected: [''],
            // A caption ends with its credit, as it should: a scraped one in the text and a caption's look alike, and a
            // photograph's credit wrongly removed is its author's name lost. The editor removes it.
            fixable: false
          })
        }
      })
    }
  }
})
