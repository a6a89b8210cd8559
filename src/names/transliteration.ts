/**
 * Names that reached the text through another language's romanisation
 * ("Lawrow" in a German source, "Michoustine" in a French one) read in
 * English romanisation ("Lavrov", "Mishustin"), so they can be matched with
 * the gazetteer and with the article's other mentions. The correspondences
 * are data (rules/transliteration.yml): each language's letter groups and
 * their English forms, rewritten in one left-to-right pass, longest group
 * first, so that one rewrite never feeds another ("tsch" → "ch" is not then
 * read as German "ch" → "kh").
 */
import {z} from 'zod'
import {memoised} from '../memo.js'
import {fold} from './fold.js'

const letters = z.string().regex(/^[a-z]+$/, 'must be lowercase letters a–z (a folded spelling)')

const rewriteSchema = z.strictObject({
  from: letters,
  to: z.string().regex(/^[a-z]*$/, 'must be lowercase letters a–z, or empty'),
  /** Only at the start or the end of the word ("-ow" → "-ov", "-ine" → "-in"). */
  at: z.enum(['start', 'end']).optional()
})

export const transliterationSchema = z.strictObject({
  languages: z.array(
    z.strictObject({
      language: z.string().trim().min(1),
      rewrite: z.array(rewriteSchema).min(1),
      /** Examples the tests run: `from`, read in English, gives `to`. */
      specs: z.array(z.strictObject({from: z.string().min(1), to: z.string().min(1)})).default([])
    })
  )
})

export type TransliterationData = z.infer<typeof transliterationSchema>
type Rewrite = z.infer<typeof rewriteSchema>

/** A word's English readings, one per language whose rewrites change it (folded, the word itself left out). */
export type Readings = (word: string) => readonly string[]

export function transliterator(data: TransliterationData): Readings {
  const languages = data.languages.map(({rewrite}) => longestFirst(rewrite))
  return memoised((word) => {
    const folded = fold(word)
    const readings = new Set(languages.map((rewrites) => english(folded, rewrites, rewrites)))
    readings.delete(folded)
    return [...readings]
  }, 50_000)
}

function longestFirst(rewrites: readonly Rewrite[]): Rewrite[] {
  return [...rewrites].sort((a, b) => b.from.length - a.from.length)
}

/** One language's reading of a folded word. */
export function english(word: string, rewrites: readonly Rewrite[], ordered = longestFirst(rewrites)): string {
  let out = ''
  for (let index = 0; index < word.length; ) {
    const rewrite = ordered.find((r) => word.startsWith(r.from, index) && (r.at !== 'start' || index === 0) && (r.at !== 'end' || index + r.from.length === word.length))
    if (rewrite) {
      out += rewrite.to
      index += rewrite.from.length
    } else {
      out += word[index]
      index++
    }
  }
  return out
}
