/**
 * Mangled names of real people. Mentions are matched against the gazetteer
 * (rules/names/, one file per beat, and the user's own files) through a phonetic and spelling
 * index; a confident match is a fix, several are suggestions, none makes the
 * name one "to verify". Resolutions go to `file.data.names` for the
 * consistency and names-to-verify checks.
 */
import {z} from 'zod'
import {cachedBytes, cachedText} from '../cache.js'
import {memoised} from '../memo.js'
import {proseOf, report} from '../messages.js'
import {aboutArticle} from '../names/about.js'
import {fold} from '../names/fold.js'
import {compileNames, decodeLookups, encodeEntries, encodeLookups, entryLines, prepareNames, type CompiledNames, type PreparedNames} from '../names/compiled.js'
import {loadGazetteer, type Person} from '../names/gazetteer.js'
import {findMentions, type Mention} from '../names/mentions.js'
import {CONFIDENT, isPlaceMention, resolveAll, ScoreMemo, type Resolution} from '../names/resolve.js'
import {isConsistent, spellingGroups, type SpellingGroup} from '../names/spellings.js'
import {transliterationSchema, transliterator, type Readings} from '../names/transliteration.js'
import {abbreviationsOption, isAbbreviation, loadAbbreviations} from '../text/abbreviations.js'
import {isEnglishWord} from '../text/dictionary.js'
import {isPlaceName} from '../text/places.js'
import {defineCheck} from './check.js'

export interface NamesData {
  resolutions: Resolution[]
  /** How each person's name is spelled across the article (for the consistency check). */
  spellings: SpellingGroup[]
  /** Unknown mentions that look like people's names (not places, not dictionary words). */
  toVerify: Mention[]
}

declare module 'vfile' {
  interface DataMap {
    names: NamesData
  }
}

const properNounsSchema = z.strictObject({accepted: z.array(z.string().trim().min(1)).default([]), places: z.array(z.string().trim().min(1)).default([])})

export const namesOptions = z.strictObject({
  /** The bundled gazetteer, by beat: files, or folders of .yml files ("names/"). */
  gazetteer: z.array(z.string()).min(1).default(['names/']),
  /** The newsroom's own people (same format), read when the files exist. */
  local: z.array(z.string()).default(['names.local.yml']),
  /** Names the newsroom's published articles use consistently (`article-lint names learn`), read when the files exist. */
  learned: z.array(z.string()).default(['names.learned.yml']),
  countries: z.string().default('countries.yml'),
  /** Capitalised words that are not people: days, regions, institutions. */
  properNouns: z.string().default('proper-nouns.yml'),
  /** Other languages' romanisations of names and their English forms ("Lawrow" → "Lavrov"). */
  transliteration: z.string().default('transliteration.yml'),
  /** Apply house-style spellings ("Zelensky" → "Zelenskyy") instead of only suggesting them. */
  fixStyle: z.boolean().default(false),
  /** The score a misspelled name's best match needs to be fixed (with a clear lead); below it, suggestions only. */
  confident: z.number().positive().default(CONFIDENT),
  /** Abbreviations that keep their full stop at a name's end ("Jr."). */
  abbreviations: abbreviationsOption
})

const COMPILED_VERSION = 'names-compiled@11'

export const names = defineCheck({
  name: 'names',
  rules: {
    'name-misspelled': {
      severity: 'error',
      description: 'A real person\'s name spelled wrong ("Andrzej Dudar" for Andrzej Duda).',
      docs: 'name-misspelled',
      messages: {
        misspelled: 'Unexpected `{{actual}}`, expected `{{expected}}` ({{person}})',
        ambiguous: 'Unknown spelling `{{actual}}`: perhaps {{people}}'
      }
    },
    'name-style': {
      severity: 'info',
      description: 'A name in an accepted romanisation other than house style ("Zelensky").',
      docs: 'name-style',
      messages: {alternate: '`{{actual}}` is an alternate spelling: house style is `{{expected}}` ({{person}})'}
    }
  },
  options: namesOptions,
  prepare: (options, context) => {
    const files = {...options, gazetteer: options.gazetteer.flatMap((entry) => context.files(entry))}
    const sources = [...files.gazetteer, ...files.local, ...files.learned, files.countries, files.properNouns].map((file) => `${file}\u0000${context.fingerprint(file)}`)
    // Compiled once per change of the rules files, then read back from the cache.
    let compiled: CompiledNames | undefined
    const compile = () => (compiled ??= compileNames(loadGazetteer(files, context), context.loadData(options.properNouns, properNounsSchema, 'proper-nouns@1').data))
    const key = [COMPILED_VERSION, ...sources]
    const lookups = decodeLookups(cachedText([...key, 'lookups'], () => encodeLookups(compile())))
    const entries = entryLines(cachedBytes([...key, 'people'], () => encodeEntries(compile())))
    const readings = transliterator(context.loadData(options.transliteration, transliterationSchema, 'transliteration@1').data)
    const abbreviations = loadAbbreviations(options.abbreviations, context)
    return {...prepareNames(lookups, entries), readings, abbreviations, fixStyle: options.fixStyle, confident: options.confident, scores: new ScoreMemo()}
  },
  plugin(prepared: PreparedNames & {readings: Readings; abbreviations: ReadonlySet<string>; fixStyle: boolean; confident: number; scores: ScoreMemo}) {
    // Not a person's name: a dictionary word, a country or demonym, a bundled proper noun.
    const isWord = memoised((word) => isEnglishWord(word) || prepared.placeWords.has(fold(word)))
    const context = {
      titles: prepared.titles,
      isWord,
      isKnownNameWord: (word: string) => prepared.nameWords.has(fold(word)),
      isKnownGivenName: (word: string) => prepared.givenNames.has(fold(word)),
      abbreviations: prepared.abbreviations
    }
    const isPlace = memoised((word) => prepared.placeWords.has(fold(word)) || prepared.placeWords.has(fold(word).replace(/s$/, '')) || isPlaceName(word))
    // A mention that is a place as a whole ("London", "Santa Cruz", "Lower Saxony"), and not a person under a title.
    const isPlacePhrase = (text: string) => prepared.placeNames.has(fold(text)) || isPlaceName(text)
    // An abbreviation is no name either ("Inc.", "Calif.").
    const looksLikePerson = (mention: Mention) => mention.tokens.some((token) => !isEnglishWord(token.text) && !isPlace(token.text) && !isAbbreviation(token.text, prepared.abbreviations))
    return (tree, file) => {
      const lookup = {index: prepared.index, isWord, readings: prepared.readings, isPlace: isPlacePhrase, isCommonGivenName: (word: string) => prepared.commonGivenNames.has(fold(word))}
      const about = aboutArticle(proseOf(file), prepared.placeForms)
      const resolutions = resolveAll(findMentions(tree, proseOf(file), context), lookup, {memo: prepared.scores, confident: prepared.confident, about})
      // A place the gazetteer does not hold as a person is nobody's other spelling: "in Vienna" is not "Petra Vienne".
      const people = resolutions.filter((resolution) => resolution.kind !== 'unknown' || !isPlaceMention(resolution.mention, lookup))
      const spellings = spellingGroups(people, prepared.readings)
      const inconsistent = new Set(spellings.filter((group) => !isConsistent(group)).map((group) => group.person))
      for (const resolution of resolutions) {
        const {mention, person, replacement} = resolution
        if (resolution.kind === 'misspelled' && person && replacement) {
          report(file, {
            ruleId: 'name-misspelled',
            messageId: 'misspelled',
            data: {actual: oneLine(proseOf(file).slice(replacement.start, replacement.end)), expected: oneLine(replacement.text), person: describe(person, mention)},
            ...replacement,
            expected: [replacement.text],
            fixable: true,
            confidence: resolution.confidence
          })
        } else if (resolution.kind === 'ambiguous') {
          const options = resolution.candidates.map((candidate) => candidate.name)
          report(file, {
            ruleId: 'name-misspelled',
            messageId: 'ambiguous',
            data: {actual: text(mention), people: resolution.candidates.map((candidate) => describe(candidate)).join('; or ')},
            start: mention.start,
            end: mention.end,
            expected: options,
            confidence: resolution.confidence
          })
        } else if (resolution.kind === 'alternate' && person && replacement && !inconsistent.has(person)) {
          report(file, {
            ruleId: 'name-style',
            messageId: 'alternate',
            data: {actual: oneLine(proseOf(file).slice(replacement.start, replacement.end)), expected: oneLine(replacement.text), person: describe(person)},
            ...replacement,
            expected: [replacement.text],
            fixable: prepared.fixStyle
          })
        }
      }
      file.data.names = {resolutions, spellings, toVerify: resolutions.filter((r) => r.kind === 'unknown').map((r) => r.mention).filter(looksLikePerson)}
    }
  }
})

/** A name as the message says it: on one line, though the draft wraps it (the fix keeps the line break). */
function oneLine(name: string): string {
  return name.replace(/\s+/gu, ' ')
}

function text(mention: Mention): string {
  return mention.tokens.map((token) => token.text).join(' ')
}

/** "Andrzej Duda, President (Poland) 2015–2025": the role the title names, else the latest. */
export function describe(person: Person, mention?: Mention): string {
  if (person.learned) return `${person.name}, in ${person.learned.articles} of your published articles`
  const title = fold(mention?.titleText ?? '').replace(/-/g, ' ')
  const named = person.roles.filter((role) => title.includes(fold(role.role).replace(/-/g, ' ')))
  const role = named.at(-1) ?? [...person.roles].sort((a, b) => (a.from ?? 0) - (b.from ?? 0)).at(-1)
  if (!role) return `${person.name} (${person.country})`
  const years = role.from ? ` ${role.from}–${role.to ?? ''}` : ''
  return `${person.name}, ${role.role} (${role.country})${years}`
}
