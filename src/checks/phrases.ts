/**
 * Phrase substitutions from rules/phrases.yml, in the spirit of Vale's
 * `substitution` rules and textlint-rule-prh: calques machine translation
 * leaves in news copy ("on locksteps" → "in lockstep") and current news style
 * for place names ("Kiev" → "Kyiv"). Each entry carries its reason, its
 * severity and `specs` (from → to) that the test suite runs.
 *
 * Patterns are plain words, matched on word boundaries and ignoring case
 * (unless `caseSensitive`), with any run of spaces or one line break between
 * words; or a `regex`, accepted only when recheck proves it cannot backtrack
 * catastrophically. The replacement keeps the capital of the matched text
 * ("Cyclone diplomacy" → "Whirlwind diplomacy") or its capitals throughout.
 *
 * Severity: an entry's `severity` picks its rule id, so the config can still
 * tune each level: error → `phrases-error`, warning → `phrases`,
 * info → `phrases-info`.
 */
import {z} from 'zod'
import {cached} from '../cache.js'
import {RulesError, type LoadedYaml} from '../config/yaml.js'
import {proseOf, report, type Severity} from '../messages.js'
import {firstIndex} from '../sorted.js'
import {quotationAround} from '../text/paragraphs.js'
import {foldPattern, PatternText, TextPattern} from '../text/folded-regex.js'
import {filterNeeds, PatternFilter, requiredLiterals, TextGrams, type FilterNeeds} from '../text/required-literals.js'
import {regexVerdict} from '../text/safe-regex.js'
import {wordCount} from '../text/lines.js'
import {dataOf, defineCheck} from './check.js'

/**
 * An example the tests run: `from` must come out as `to` (a suggestion,
 * fix: false, shows `to` as its suggested text). A spec that changes nothing
 * is a look-alike the entry leaves alone, unless the entry only advises:
 * then it is a sentence the entry reports. `reported` says which, where the
 * default is not meant (a suggestion kept in context, an advice look-alike).
 */
const specSchema = z.strictObject({from: z.string().min(1), to: z.string(), reported: z.boolean().optional()})

export const phraseEntrySchema = z
  .strictObject({
    /** Plain words, or several alternatives. */
    pattern: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    /** A regular expression (flags g, u and, unless caseSensitive, i); `$1` … in the replacement refer to its groups. */
    regex: z.string().min(1).optional(),
    /** Without one, the entry only advises (its reason is the message). */
    replacement: z.string().optional(),
    reason: z.string().min(1),
    severity: z.enum(['error', 'warning', 'info']).default('warning'),
    caseSensitive: z.boolean().default(false),
    /** Longer phrases in which the pattern is right as it is ("chicken Kiev"). */
    unless: z.array(z.string().min(1)).default([]),
    /** false: suggest the replacement, never apply it. */
    fix: z.boolean().default(true),
    /**
     * For a renamed place: the year of the new name. A sentence dated before
     * it ("born in Bombay in 1960"), or the old name inside a longer proper
     * name ("the Bombay Gymkhana"), gets the new name as a suggestion only.
     */
    renamed: z.number().int().min(1800).max(2100).optional(),
    specs: z.array(specSchema).default([])
  })
  .refine((entry) => (entry.pattern === undefined) !== (entry.regex === undefined), {message: 'give exactly one of pattern or regex'})

export const phrasesSchema = z.strictObject({phrases: z.array(phraseEntrySchema)})

export type PhraseEntry = z.infer<typeof phraseEntrySchema>

export const phrasesOptions = z.strictObject({
  /** The data files, relative to the config file: files, or folders of .yml files ("calques/"). */
  file: z.union([z.string(), z.array(z.string())]).default(['phrases.yml']),
  /**
   * A match inside a quotation of at most this many words is a quoted name or
   * title ("the “Kiev Rus” exhibition") and is left as written; 0 turns this off.
   */
  quotedNameWords: z.number().int().min(0).default(4)
})

interface CompiledEntry {
  entry: PhraseEntry
  ruleId: string
  /** The entry's pattern, compiled on first use (most entries never meet a text that could match) and folded where it can be. */
  find: TextPattern
  /** What any match contains (src/text/required-literals.ts): a text without it is never searched. */
  needs: FilterNeeds
  /** For regex entries: the same pattern without `g`, to expand `$1` in the replacement. */
  expand?: () => RegExp
  unless?: TextPattern
}

export interface PreparedPhrases {
  entries: CompiledEntry[]
  /** Which entries a text may match (src/text/required-literals.ts). */
  filter: PatternFilter
  quotedNameWords: number
}

const RULE_BY_SEVERITY: Record<Severity, string> = {error: 'phrases-error', warning: 'phrases', info: 'phrases-info'}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
const LETTER = '[\\p{L}\\p{N}_]'
const STARTS_WITH_LETTER = /^[\p{L}\p{N}_]/u
const ENDS_WITH_LETTER = /[\p{L}\p{N}_]$/u

/**
 * Plain words as a regular expression: word boundaries, flexible spaces,
 * either apostrophe. The boundary before the first word is checked after it
 * ("Kiev(?<!\\p{L}Kiev)", not "(?<!\\p{L})Kiev"): a pattern that starts
 * with its words lets the regex engine skip ahead to them fastest (a leading
 * lookbehind is nearly as fast; a leading \\b, with flags iu, is twenty
 * times slower).
 */
export function plainPattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/u).map((word) => escape(word).replace(/['’]/gu, "['’]"))
  const pattern = words.join(`(?!${LETTER})[ \\t]*(?:\\r?\\n)?[ \\t]*`)
  const first = words[0]!
  const before = STARTS_WITH_LETTER.test(phrase.trim()) ? `(?<!${LETTER}${first})` : ''
  const after = ENDS_WITH_LETTER.test(phrase.trim()) ? `(?!${LETTER})` : ''
  return words.length === 1 ? `${first}${before}${after}` : `${first}${before}${pattern.slice(first.length)}${after}`
}

function once<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}

function alternatives(entry: PhraseEntry): string[] {
  return entry.pattern === undefined ? [] : Array.isArray(entry.pattern) ? entry.pattern : [entry.pattern]
}

/** One data file's entries, compiled. */
function compileEntries(
  data: z.infer<typeof phrasesSchema>,
  /** Where the data came from, for errors that name a line. */
  loaded: Pick<LoadedYaml<unknown>, 'file' | 'where'>
): CompiledEntry[] {
  const sources = data.phrases.map((entry, index) => {
    const flags = entry.caseSensitive ? 'gu' : 'giu'
    if (entry.regex === undefined) return {source: alternatives(entry).map(plainPattern).join('|'), flags}
    const verdict = regexVerdict(entry.regex, flags.replace('g', ''))
    if (!verdict.safe) {
      const {line, column} = loaded.where(['phrases', index, 'regex'])
      throw new RulesError(loaded.file, line, column, `${verdict.why}: ${JSON.stringify(entry.regex)}`)
    }
    return {source: entry.regex, flags}
  })
  const unless = data.phrases.map((entry) => (entry.unless.length > 0 ? entry.unless.map(plainPattern).join('|') : undefined))
  // Reading a thousand patterns' syntax takes a quarter of a second: done once per set of patterns, then cached.
  // The folded forms depend on the Unicode tables of this Node.
  const analysed = cached(['phrase-patterns@3', process.versions.unicode ?? '', ...sources.flatMap(({source, flags}) => [source, flags]), ...unless.map(String)], () => ({
    needs: sources.map(({source, flags}) => requiredLiterals(source, flags)),
    folded: sources.map(({source, flags}) => foldPattern(source, flags) ?? null),
    foldedUnless: unless.map((source) => (source === undefined ? null : (foldPattern(source, 'giu') ?? null)))
  }))
  const entries = data.phrases.map((entry, index): CompiledEntry => {
    const {source, flags} = sources[index]!
    const unlessSource = unless[index]
    return {
      entry,
      ruleId: RULE_BY_SEVERITY[entry.severity],
      find: new TextPattern(source, flags, analysed.folded[index] ?? undefined),
      needs: filterNeeds(analysed.needs[index]!),
      expand: entry.regex === undefined ? undefined : once(() => new RegExp(source, flags.replace('g', ''))),
      unless: unlessSource === undefined ? undefined : new TextPattern(unlessSource, 'giu', analysed.foldedUnless[index] ?? undefined)
    }
  })
  return entries
}

/** Keep the matched text's capitals: a capital first letter, or capitals throughout. */
export function matchCase(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase()
  if (/^\p{Lu}/u.test(found) && /^\p{Ll}/u.test(replacement)) return replacement[0]!.toUpperCase() + replacement.slice(1)
  return replacement
}

/** The ranges of an entry's `unless` phrases in the text, in order. */
function unlessRanges(compiled: CompiledEntry, text: PatternText): Array<{start: number; end: number}> {
  return compiled.unless ? [...compiled.unless.spans(text)] : []
}

/** Whether `start … end` lies inside one of `ranges` (sorted by start; matches of one regex do not nest). */
function inside(ranges: ReadonlyArray<{start: number; end: number}>, start: number, end: number): boolean {
  const index = lastAtOrBefore(ranges, start)
  return index >= 0 && end <= ranges[index]!.end
}

/** The index of the last range starting at or before `offset`, or -1. */
function lastAtOrBefore(ranges: ReadonlyArray<{start: number}>, offset: number): number {
  return firstIndex(ranges.length, (index) => ranges[index]!.start > offset) - 1
}


const PHRASE_MESSAGES = {
  substitute: 'Unexpected `{{actual}}`, expected `{{replacement}}` ({{why}})',
  advice: '`{{actual}}`: {{why}}',
  'renamed-dated': '`{{actual}}` became `{{replacement}}` in {{renamed}}, but this sentence speaks of {{year}}: keep the old name if it means that time',
  'renamed-history': '`{{actual}}` became `{{replacement}}` in {{renamed}}, and this sentence speaks of the name itself: keep it if it means the old name',
  'renamed-in-name': '`{{actual}}` became `{{replacement}}` in {{renamed}}, but here it is part of the name `{{name}}`: a name keeps its old form unless its owner changed it'
}

export const phrases = defineCheck({
  name: 'phrases',
  needs: ['quotes'],
  // phrases.yml gives each entry a severity; each severity is a rule, documented together.
  rules: {
    'phrases-error': {severity: 'error', description: 'A mistranslation with a known correction.', docs: 'phrases', messages: PHRASE_MESSAGES},
    phrases: {severity: 'warning', description: 'A calque or outdated name with a current alternative ("Cyclone diplomacy", "Kiev").', docs: 'phrases', messages: PHRASE_MESSAGES},
    'phrases-info': {severity: 'info', description: 'A wording to consider ("Burma").', docs: 'phrases', messages: PHRASE_MESSAGES}
  },
  options: phrasesOptions,
  prepare: (options, context) => {
    // Files, or folders of them (the calques by source language): each entry keeps its file and line for errors.
    const files = [options.file].flat().flatMap((entry) => context.files(entry))
    const entries = files.flatMap((file) => {
      const loaded = context.loadData(file, phrasesSchema, 'phrases@1')
      return compileEntries(loaded.data, loaded)
    })
    return {entries, filter: new PatternFilter(entries.map((entry) => entry.needs)), quotedNameWords: options.quotedNameWords}
  },
  plugin(prepared: PreparedPhrases) {
    return (_tree, file) => {
      const text = proseOf(file)
      const inQuotedName = (start: number, end: number) => {
        if (prepared.quotedNameWords === 0) return false
        const quotation = quotationAround(dataOf(file, 'quotations'), start, end)
        return quotation !== undefined && wordCount(text.slice(quotation.open, quotation.end)) <= prepared.quotedNameWords
      }
      // Kept in text order, so an overlap with an earlier entry's match is found by bisection.
      const found: Array<{start: number; end: number; compiled: CompiledEntry; actual: string}> = []
      const overlaps = (start: number, end: number) => {
        const before = lastAtOrBefore(found, start)
        return (before >= 0 && start < found[before]!.end) || (before + 1 < found.length && found[before + 1]!.start < end)
      }
      const grams = new TextGrams(text)
      const patternText = new PatternText(text)
      for (const index of prepared.filter.mayMatch(grams)) {
        const compiled = prepared.entries[index]!
        let unless: ReturnType<typeof unlessRanges> | undefined
        for (const {start, end} of compiled.find.spans(patternText)) {
          if (start === end || inside((unless ??= unlessRanges(compiled, patternText)), start, end) || inQuotedName(start, end)) continue
          if (overlaps(start, end)) continue // an earlier entry has it
          found.splice(lastAtOrBefore(found, start) + 1, 0, {start, end, compiled, actual: text.slice(start, end)})
        }
      }
      for (const {start, end, compiled, actual} of found) {
        const {entry} = compiled
        if (entry.replacement === undefined) {
          report(file, {ruleId: compiled.ruleId, messageId: 'advice', data: {actual, why: entry.reason}, start, end})
          continue
        }
        const raw = compiled.expand ? actual.replace(compiled.expand(), entry.replacement) : entry.replacement
        const replacement = matchCase(actual, raw)
        const then = entry.renamed === undefined ? undefined : renamedContext(text, start, end, entry.renamed)
        if (then) {
          report(file, {ruleId: compiled.ruleId, messageId: then.messageId, data: {actual, replacement, renamed: String(entry.renamed), ...then.data}, start, end, expected: [replacement]})
          continue
        }
        report(file, {
          ruleId: compiled.ruleId,
          messageId: 'substitute',
          data: {actual, replacement, why: entry.reason},
          start,
          end,
          expected: [replacement],
          fixable: entry.fix
        })
      }
    }
  }
})

/** Words that speak of a name as a name: the old one is right there ("formerly Bombay", "which was called Nur-Sultan"). */
const RENAMING = /(?<![\p{L}])(?:formerly|former name|old name|once called|once known as|(?:was|were|is|then) (?:called|named|known as)|renamed|until it became)(?![\p{L}])/iu

/** Months and days: capitalised, yet not part of a place's name ("Bombay Monday"). */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u

/**
 * Where a renamed place's old name may be right: the sentence is dated
 * before the rename (it names a year before it and none since), or the
 * name is part of a longer proper name: followed by a capitalised word
 * ("Bombay Gymkhana"), or after "of" and a capitalised word ("University of Madras").
 */
export function renamedContext(text: string, start: number, end: number, renamed: number): {messageId: 'renamed-dated' | 'renamed-history' | 'renamed-in-name'; data: Record<string, string>} | undefined {
  const sentenceStart = Math.max(text.lastIndexOf('\n\n', start), ...['. ', '! ', '? '].map((mark) => text.lastIndexOf(mark, start)))
  const ends = ['\n\n', '. ', '! ', '? '].map((mark) => text.indexOf(mark, end)).filter((at) => at >= 0)
  const sentence = text.slice(sentenceStart < 0 ? 0 : sentenceStart, ends.length > 0 ? Math.min(...ends) + 1 : text.length)
  const years = [...sentence.matchAll(/(?<![\p{L}\p{N}])(1[5-9]\d\d|20\d\d)(?:s)?(?![\p{L}\p{N}])/gu)].map((match) => Number(match[1]))
  // "…until 1976", "…from 1926 to 2016": a sentence that speaks of the old name's own years, the rename's included.
  if (years.length > 0 && years.every((year) => year <= renamed)) return {messageId: 'renamed-dated', data: {year: String(Math.max(...years))}}
  if (RENAMING.test(sentence)) return {messageId: 'renamed-history', data: {}}
  const after = /^[ \t]+((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’-]*)*)/u.exec(text.slice(end))
  const words = after?.[1]!.split(/[ \t]+/u) ?? []
  const following = words.slice(0, words.findIndex((word) => CALENDAR.test(word)) + 1 || words.length).filter((word) => !CALENDAR.test(word)).join(' ')
  if (following) return {messageId: 'renamed-in-name', data: {name: `${text.slice(start, end)} ${following}`}}
  const before = /(\p{Lu}[\p{L}'’-]*[ \t]+of[ \t]+)$/u.exec(text.slice(Math.max(0, start - 60), start))
  if (before) return {messageId: 'renamed-in-name', data: {name: `${before[1]}${text.slice(start, end)}`}}
  return undefined
}
