import {readFileSync} from 'node:fs'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {english, transliterationSchema, transliterator} from '../../src/names/transliteration.js'
import {packageRoot} from '../../src/package-root.js'
import {corrected, findings} from '../helpers.js'

const table = transliterationSchema.parse(parse(readFileSync(`${packageRoot}/rules/transliteration.yml`, 'utf8')))

describe('rules/transliteration.yml', () => {
  const specs = table.languages.flatMap(({language, rewrite, specs}) => specs.map((spec) => [language, spec.from, spec.to, rewrite] as const))

  it('has specs for every language', () => {
    expect(table.languages.filter((language) => language.specs.length === 0)).toEqual([])
  })

  it.each(specs)('%s reads %s as %s', (_, from, to, rewrite) => {
    const readings = transliterator(table)
    expect(english(from.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace('ł', 'l'), rewrite)).toBe(to)
    expect(readings(from)).toContain(to)
  })
})

describe('rewrites', () => {
  const rewrite = [
    {from: 'tsch', to: 'ch'},
    {from: 'ch', to: 'kh'},
    {from: 'ow', to: 'ov', at: 'end' as const}
  ]

  it('take the longest group first and never feed one another', () => {
    expect(english('tschech', rewrite)).toBe('chekh')
  })

  it('keep an end-only group to the end of the word', () => {
    expect(english('owsianikow', rewrite)).toBe('owsianikov')
  })

  it('leave out of the readings a word no language changes', () => {
    expect(transliterator(table)('Macron')).toEqual([])
  })
})

describe('a name in another language’s romanisation', () => {
  it('is found alone, as the person the article named: German "Lawrow", French "Choïgou"', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu spoke in Minsk.\n\nLawrow said the talks would go on. Choïgou did not comment.\n'
    expect(findings(text, 'name-misspelled').map(({reason, start, end, expected}) => ({reason, start, end, expected}))).toEqual([
      {reason: 'Unexpected `Lawrow`, expected `Lavrov` (Sergei Lavrov, Foreign Minister (Russia) 2004–)', start: 91, end: 97, expected: ['Lavrov']},
      {reason: 'Unexpected `Choïgou`, expected `Shoigu` (Sergei Shoigu, Defence Minister (Russia) 2012–2024)', start: 126, end: 133, expected: ['Shoigu']}
    ])
    expect(corrected(text)).toBe(text.replace('Lawrow', 'Lavrov').replace('Choïgou', 'Shoigu'))
  })

  it('is fixed whole, first name too, where the spelling as written is already close: French "Mikhaïl Michoustine"', () => {
    const text = 'Prime Minister Mikhaïl Michoustine presented the budget.\n'
    expect(corrected(text)).toBe('Prime Minister Mikhail Mishustin presented the budget.\n')
  })

  it('is not taken for someone whose name only sounds like its reading ("Nawas", read "Navas", is not "Neves")', () => {
    const text = 'Maria Nawas, a teacher, said the school reopened on Monday.\n'
    expect(findings(text, 'name-misspelled').flatMap((finding) => finding.expected)).not.toContain('Maria Neves')
    expect(corrected(text)).toBe(text)
  })
})
