/**
 * `names import`'s reading of a Wikidata query result and the entries it
 * makes. The fixture (tests/fixtures/names-import/ukraine-government.*) is
 * the README's government query's result in both of query.wikidata.org's
 * downloads, written by hand in their format (the Q-ids are illustrative):
 * a person with several roles and a duplicated statement, aliases that are
 * spellings and ones that are short forms, an unlabelled entity, a row
 * without dates.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseDocument} from 'yaml'
import {describe, expect, it} from 'vitest'
import {countriesSchema, type PersonEntry} from '../../src/names/gazetteer.js'
import {importRows, mergePeople, sortAliases, yearOf} from '../../src/names/import.js'
import {readWikidata, type WikidataRow} from '../../src/names/wikidata.js'
import {rulesText} from '../../src/io/rules-file.js'
import {parseYaml} from '../../src/config/yaml.js'
import {packageRoot} from '../../src/package-root.js'

const fixture = (name: string) => readFileSync(path.join(packageRoot, 'tests', 'fixtures', 'names-import', name), 'utf8')
const countries = parseYaml(readFileSync(path.join(packageRoot, 'rules', 'countries.yml'), 'utf8'), 'countries.yml', countriesSchema).data.countries

/** A row with every column empty but those given. */
const row = (fields: Partial<WikidataRow>): WikidataRow => ({row: 1, person: '', label: '', aliases: '', role: '', start: '', end: '', country: '', organisation: '', ...fields})

describe('reading a Wikidata query result', () => {
  it('reads the JSON and the CSV download of one result into the same rows', () => {
    const json = readWikidata(fixture('ukraine-government.json'), 'ukraine-government.json')
    const csv = readWikidata(fixture('ukraine-government.csv'), 'ukraine-government.csv')
    expect(json).toHaveLength(9)
    expect(json[0]).toEqual({
      row: 1,
      person: 'http://www.wikidata.org/entity/Q3874799',
      label: 'Volodymyr Zelenskyy',
      labelLanguage: 'en',
      aliases: 'Volodymyr Zelensky|Vladimir Zelensky|Volodymyr Oleksandrovych Zelenskyy|Zelensky|Ze',
      role: 'President of Ukraine',
      start: '2019-05-20T00:00:00Z',
      end: '',
      country: 'Ukraine',
      organisation: ''
    })
    // The CSV download has no language tags; the unlabelled entity has none in the JSON either.
    expect(json[8]).not.toHaveProperty('labelLanguage')
    expect(csv).toEqual(json.map(({labelLanguage: _, ...rest}) => rest))
  })

  it('takes a column by any of its names, and refuses a file without the columns it needs', () => {
    const text = 'person,personLabel,personAltLabel,roleLabel,start,countryLabel,ofLabel\nhttp://www.wikidata.org/entity/Q1,Ann Lee,"A. Lee, Annie",Mayor,2020,Ruritania,Town\n'
    expect(readWikidata(text, 'r.csv')).toEqual([row({person: 'http://www.wikidata.org/entity/Q1', label: 'Ann Lee', aliases: 'A. Lee, Annie', role: 'Mayor', start: '2020', country: 'Ruritania', organisation: 'Town'})])
    expect(() => readWikidata('item,itemLabel\nhttp://x,Y\n', 'r.csv')).toThrow(
      'r.csv: not a query result names import can read: no column person, personLabel, positionLabel, start, countryLabel (its columns: item, itemLabel); the query must select ?person ?personLabel ?positionLabel ?start ?countryLabel (see the README\'s queries)'
    )
  })
})

describe('the entries a result makes', () => {
  it('makes one entry per person, with the roles deduplicated and the aliases sorted into alternates and nicknames', () => {
    const {people, skipped} = importRows(readWikidata(fixture('ukraine-government.json'), 'ukraine-government.json'), countries)
    expect(people).toEqual([
      {
        name: 'Volodymyr Zelenskyy',
        country: 'Ukraine',
        roles: [{role: 'President', from: 2019}],
        alternates: ['Vladimir Zelensky', 'Volodymyr Zelensky'],
        nicknames: ['Volodymyr Oleksandrovych Zelenskyy', 'Ze', 'Zelensky']
      },
      {
        name: 'Yulia Svyrydenko',
        country: 'Ukraine',
        // The statement given twice, once without its end, is one term that ended in 2025.
        roles: [
          {role: 'First Deputy Prime Minister', from: 2021, to: 2025},
          {role: 'Minister of Economy', from: 2021, to: 2025},
          {role: 'Prime Minister', from: 2025}
        ],
        alternates: ['Yuliia Svyrydenko'],
        nicknames: ['Yulia Anatoliivna Svyrydenko']
      },
      {name: 'Andrii Sybiha', country: 'Ukraine', roles: [{role: 'Minister of Foreign Affairs', from: 2024}], alternates: ['Andriy Sybiha'], nicknames: []},
      // Imported without the row that has no start date.
      {name: 'Mykhailo Fedorov', country: 'Ukraine', roles: [{role: 'Minister of Digital Transformation', from: 2019}], alternates: ['Mykhaylo Fedorov'], nicknames: []}
    ])
    expect(skipped).toEqual(new Map([['without a start date', 1], ['with a Q-id for a label', 1]]))
  })

  it('writes a role as the gazetteer does: the country out of the position, an organisation’s role its own', () => {
    const roles = (rows: WikidataRow[]) => importRows(rows, countries).people.map((person) => [person.country, person.roles])
    const base = {person: 'http://www.wikidata.org/entity/Q1', label: 'Ann Lee', start: '2020-01-01T00:00:00Z'}
    expect(
      roles([
        row({...base, role: 'Prime Minister of the United Kingdom', country: 'United Kingdom'}),
        row({...base, role: 'Secretary General of NATO', country: 'United Kingdom', start: '2024-10-01T00:00:00Z'}),
        row({...base, role: 'chief executive officer', country: 'United Kingdom', organisation: 'Acme Holdings', start: '2026-01-01T00:00:00Z'}),
        row({...base, role: 'Mayor of Leeds', country: 'United Kingdom', start: '2027-05-04T00:00:00Z'})
      ])
    ).toEqual([
      [
        'United Kingdom',
        [
          {role: 'Prime Minister', from: 2020},
          {role: 'Secretary General', country: 'NATO', from: 2024},
          {role: 'chief executive officer', country: 'Acme Holdings', from: 2026},
          {role: 'Mayor of Leeds', from: 2027}
        ]
      ]
    ])
    // Country labels as countries.yml names them; a label it does not know stays as it is.
    expect(roles([row({...base, role: 'President', country: "People's Republic of China"})])).toEqual([['China', [{role: 'President', from: 2020}]]])
    expect(roles([row({...base, role: 'President', country: 'Ruritania'})])).toEqual([['Ruritania', [{role: 'President', from: 2020}]]])
  })

  it('skips rows it cannot place, and counts them by reason', () => {
    const base = {person: 'http://www.wikidata.org/entity/Q1', label: 'Ann Lee', role: 'Mayor', start: '2020-01-01T00:00:00Z', country: 'Ukraine'}
    const {people, skipped} = importRows(
      [
        row({...base, label: ''}),
        row({...base, labelLanguage: 'uk'}),
        row({...base, label: 'Q1'}),
        row({...base, role: 'Q7'}),
        row({...base, start: 'http://www.wikidata.org/.well-known/genid/0a1b'}),
        row({...base, start: '1896-01-01T00:00:00Z'}),
        row({...base, person: 'http://www.wikidata.org/entity/Q2', label: 'Bo Park', country: ''}),
        row({...base, person: 'http://www.wikidata.org/entity/Q2', label: 'Bo Park', country: 'Q30'}),
        row({...base, labelLanguage: 'mul', end: '2019-01-01T00:00:00Z'})
      ],
      countries
    )
    // An end before the start is left out, not the role.
    expect(people).toEqual([{name: 'Ann Lee', country: 'Ukraine', roles: [{role: 'Mayor', from: 2020}], alternates: [], nicknames: []}])
    expect(skipped).toEqual(
      new Map([
        ['without a label', 2],
        ['with a Q-id for a label', 1],
        ['without a position', 1],
        ['without a start date', 1],
        ['with a start date before 1900 or after 2100', 1],
        ['without a country', 2]
      ])
    )
  })

  it('reads a year from Wikidata’s dates', () => {
    expect(['2019-05-20T00:00:00Z', '+2019-05-20T00:00:00Z', '2019', ' 2019-01-01 ', '', 'May 2019', '-0044-03-15T00:00:00Z'].map(yearOf)).toEqual([2019, 2019, 2019, 2019, undefined, undefined, undefined])
  })

  it('takes other spellings of the full name for alternates and every other form for a nickname', () => {
    expect(
      sortAliases('Andrés Manuel López Obrador', ['AMLO', 'Andres Manuel Lopez Obrador', 'López Obrador', 'Andrés Manuel Lopes Obrador', 'amlo', 'López Obrador (politician)', 'AMLO 2018', 'Peje'])
    ).toEqual({alternates: ['Andrés Manuel Lopes Obrador'], nicknames: ['AMLO', 'López Obrador', 'Peje']})
    // Spelled alike or sounding alike, word for word; a different first name is another form, not a spelling.
    expect(sortAliases('Joseph Biden', ['Joe Biden', 'Josef Biden', 'Biden'])).toEqual({alternates: ['Josef Biden'], nicknames: ['Biden', 'Joe Biden']})
  })
})

describe('merging into a people file', () => {
  const merged = (text: string, people: Parameters<typeof mergePeople>[2]) => {
    const doc = parseDocument(text)
    const existing = (doc.toJS()?.people ?? []).map((entry: Partial<PersonEntry>) => ({roles: [], alternates: [], mangles: [], specs: [], ...entry})) as PersonEntry[]
    const counts = mergePeople(doc, existing, people)
    return {counts, text: rulesText(doc)}
  }

  it('keeps what the file holds, adds what it lacks, and never repeats a role or a name', () => {
    const file = [
      '# My newsroom’s people.',
      'people:',
      '  - name: Ann Lee # checked by the desk',
      '    country: Ukraine',
      '    roles:',
      '      - {role: Mayor}',
      '      - {role: Governor, from: 2010, to: 2014}',
      '    mangles: [Ann Leigh]',
      ''
    ].join('\n')
    const {counts, text} = merged(file, [
      {name: 'Ann Lee', country: 'Ukraine', roles: [{role: 'Governor', from: 2010, to: 2014}, {role: 'Mayor', from: 2016, to: 2020}, {role: 'Minister', from: 2021}], alternates: ['Anne Lee', 'Ann Leigh'], nicknames: ['Annie']},
      {name: 'Bo Park', country: 'Ukraine', roles: [{role: 'Minister', from: 2022}], alternates: [], nicknames: ['Bo']}
    ])
    expect(counts).toEqual({added: 1, updated: 1, unchanged: 0})
    expect(text).toBe(
      [
        '# My newsroom’s people.',
        'people:',
        '  - name: Ann Lee # checked by the desk',
        '    country: Ukraine',
        '    roles:',
        '      - {role: Mayor, from: 2016, to: 2020}',
        '      - {role: Governor, from: 2010, to: 2014}',
        '      - {role: Minister, from: 2021}',
        '    mangles: [Ann Leigh]',
        '    alternates: [Anne Lee]',
        '    nicknames: [Annie]',
        '  - name: Bo Park',
        '    country: Ukraine',
        '    roles:',
        '      - {role: Minister, from: 2022}',
        '    nicknames: [Bo]',
        ''
      ].join('\n')
    )
    const again = merged(text, [{name: 'ann lee', country: 'Ukraine', roles: [{role: 'Minister', from: 2021}], alternates: ['Anne Lee'], nicknames: []}])
    expect(again).toEqual({counts: {added: 0, updated: 0, unchanged: 1}, text})
  })

  it('makes the list in an empty file, or a block list of an empty flow one', () => {
    const person = {name: 'Bo Park', country: 'Ukraine', roles: [{role: 'Minister', from: 2022}], alternates: [], nicknames: []}
    const expected = 'people:\n  - name: Bo Park\n    country: Ukraine\n    roles:\n      - {role: Minister, from: 2022}\n'
    expect(merged('', [person]).text).toBe(expected)
    expect(merged('# Mine.\n\npeople: []\n', [person]).text).toBe(`# Mine.\n\n${expected}`)
  })
})
