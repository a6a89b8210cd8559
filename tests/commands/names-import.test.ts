/** `article-lint names import`, run as users run it: the built CLI in a scratch repository. */
import {copyFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, workspace} from '../cli-helpers.js'
import {packageRoot} from '../../src/package-root.js'

const fixtures = path.join(packageRoot, 'tests', 'fixtures', 'names-import')

/** A scratch repository (the bundled rules, no names.local.yml) holding the fixture exports. */
function repository(): string {
  const cwd = workspace()
  for (const name of ['ukraine-government.json', 'ukraine-government.csv', 'company-ceos.csv']) copyFileSync(path.join(fixtures, name), path.join(cwd, name))
  return cwd
}

const local = (cwd: string) => path.join(cwd, 'rules', 'names.local.yml')

const HEADER = [
  '# Your own people, merged with the bundled gazetteer (rules/names/), in its',
  '# format: name, country, roles (role, country if different, from, to),',
  '# alternates (other spellings of the full name), nicknames (short forms).',
  '# Written by `article-lint names import` from Wikidata query results; edit it',
  '# freely: a later import adds roles and aliases, and never removes what is here.',
  ''
]

const GOVERNMENT = [
  '  - name: Volodymyr Zelenskyy',
  '    country: Ukraine',
  '    roles:',
  '      - {role: President, from: 2019}',
  '    alternates: [Vladimir Zelensky, Volodymyr Zelensky]',
  '    nicknames: [Volodymyr Oleksandrovych Zelenskyy, Ze, Zelensky]',
  '  - name: Yulia Svyrydenko',
  '    country: Ukraine',
  '    roles:',
  '      - {role: First Deputy Prime Minister, from: 2021, to: 2025}',
  '      - {role: Minister of Economy, from: 2021, to: 2025}',
  '      - {role: Prime Minister, from: 2025}',
  '    alternates: [Yuliia Svyrydenko]',
  '    nicknames: [Yulia Anatoliivna Svyrydenko]',
  '  - name: Andrii Sybiha',
  '    country: Ukraine',
  '    roles:',
  '      - {role: Minister of Foreign Affairs, from: 2024}',
  '    alternates: [Andriy Sybiha]',
  '  - name: Mykhailo Fedorov',
  '    country: Ukraine',
  '    roles:',
  '      - {role: Minister of Digital Transformation, from: 2019}',
  '    alternates: [Mykhaylo Fedorov]'
]

const lines = (...parts: string[][]) => [...parts.flat(), ''].join('\n')

describe('article-lint names import', () => {
  it('turns the JSON download of a query into rules/names.local.yml, and says what it did', () => {
    const cwd = repository()
    const result = run(cwd, 'names', 'import', 'ukraine-government.json')
    expect(result).toEqual({
      code: 0,
      stdout: '4 people imported into rules/names.local.yml (4 new, 0 updated, 0 unchanged), 2 rows skipped: 1 with a Q-id for a label, 1 without a start date\n',
      stderr: ''
    })
    expect(readFileSync(local(cwd), 'utf8')).toBe(lines(HEADER, ['people:'], GOVERNMENT))
  })

  it('writes the same file from the CSV download of the same query', () => {
    const cwd = repository()
    expect(run(cwd, 'names', 'import', 'ukraine-government.csv', '--out', 'from-csv.yml').stdout).toBe(
      '4 people imported into from-csv.yml (4 new, 0 updated, 0 unchanged), 2 rows skipped: 1 with a Q-id for a label, 1 without a start date\n'
    )
    expect(readFileSync(path.join(cwd, 'from-csv.yml'), 'utf8')).toBe(lines(HEADER, ['people:'], GOVERNMENT))
  })

  it('merges into the file there: its header, entries and comments kept, missing roles and aliases added, nothing twice', () => {
    const cwd = repository()
    const mine = [
      '# People our desk added by hand.',
      '',
      'people:',
      '  - name: Ostrenka Belzivor',
      '    country: Poland',
      '    roles: [{role: Mayor}]',
      '  - name: Volodymyr Zelenskyy   # house style: the Kyiv Independent’s spelling',
      '    country: Ukraine',
      '    roles:',
      '      - {role: President, from: 2019}',
      '    alternates: [Volodymyr Zelensky]',
      '    mangles: [Zelensky]',
      ''
    ]
    writeFileSync(local(cwd), mine.join('\n'))
    const first = run(cwd, 'names', 'import', 'ukraine-government.json')
    expect(first.stdout).toBe('4 people imported into rules/names.local.yml (3 new, 1 updated, 0 unchanged), 2 rows skipped: 1 with a Q-id for a label, 1 without a start date\n')
    const merged = lines(
      mine.slice(0, 6),
      // The comment is kept (yaml writes one space before it).
      ['  - name: Volodymyr Zelenskyy # house style: the Kyiv Independent’s spelling'],
      mine.slice(7, 10),
      // A mangle the desk listed is never made an accepted form.
      ['    alternates: [Volodymyr Zelensky, Vladimir Zelensky]', '    mangles: [Zelensky]', '    nicknames: [Volodymyr Oleksandrovych Zelenskyy, Ze]'],
      GOVERNMENT.slice(6)
    )
    expect(readFileSync(local(cwd), 'utf8')).toBe(merged)
    // Again: nothing to add, and the file is not even rewritten.
    const past = new Date('2026-01-01T00:00:00Z')
    utimesSync(local(cwd), past, past)
    expect(run(cwd, 'names', 'import', 'ukraine-government.csv').stdout).toBe(
      '4 people imported into rules/names.local.yml (0 new, 0 updated, 4 unchanged), 2 rows skipped: 1 with a Q-id for a label, 1 without a start date\n'
    )
    expect(readFileSync(local(cwd), 'utf8')).toBe(merged)
    expect(statSync(local(cwd)).mtime).toEqual(past)
  })

  it('gives a company’s chief executive the company as the role’s country, and the linter then knows them', () => {
    const cwd = repository()
    expect(run(cwd, 'names', 'import', 'company-ceos.csv').stdout).toBe('4 people imported into rules/names.local.yml (4 new, 0 updated, 0 unchanged), no row skipped\n')
    expect(readFileSync(local(cwd), 'utf8')).toBe(
      lines(HEADER, [
        'people:',
        '  - name: Sundar Pichai',
        '    country: United States',
        '    roles:',
        '      - {role: chief executive officer, country: Google, from: 2015}',
        '      - {role: chief executive officer, country: Alphabet Inc., from: 2019}',
        '    nicknames: [Pichai Sundararajan]',
        '  - name: Satya Nadella',
        '    country: United States',
        '    roles:',
        '      - {role: chief executive officer, country: Microsoft, from: 2014}',
        '    nicknames: [Satya Narayana Nadella]',
        '  - name: Tim Cook',
        '    country: United States',
        '    roles:',
        '      - {role: chief executive officer, country: Apple Inc., from: 2011}',
        '    nicknames: [Timothy D. Cook, Timothy Donald Cook]',
        '  - name: Eric Schmidt',
        '    country: United States',
        '    roles:',
        '      - {role: chief executive officer, country: Google, from: 2001, to: 2011}',
        '    nicknames: [Eric Emerson Schmidt]'
      ])
    )
    writeFileSync(path.join(cwd, 'drafts', 'earnings.txt'), 'Alphabet chief executive officer Sundar Pichay said the company would spend more on data centres.\n')
    const lint = JSON.parse(run(cwd, '--format', 'json', 'drafts/earnings.txt').stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>
    expect(lint[0]!.messages.filter((message) => message.ruleId.startsWith('name')).map((message) => message.reason)).toEqual([
      'Unexpected `Pichay`, expected `Pichai` (Sundar Pichai, chief executive officer (Alphabet Inc.) 2019–)'
    ])
  })

  it('refuses what is not a query result it can read, naming the file, and writes nothing', () => {
    const cwd = repository()
    const files: Record<string, string> = {
      'broken.json': '{"head": {"vars": ["person"]},\n  "results": {"bindings": [}\n}\n',
      'trailing.json': '{"head": {"vars": []},\n  "results": {"bindings": [],}}\n',
      'other.json': '{"entities": {"Q42": {}}}\n',
      'notes.txt': 'Ministers met on Monday.\nThey agreed, after a long night, on a plan.\n',
      'columns.csv': 'item,itemLabel,start\nhttp://www.wikidata.org/entity/Q42,Douglas Adams,1979\n',
      'quote.csv': 'person,personLabel,positionLabel,start,countryLabel\nhttp://www.wikidata.org/entity/Q1,"Ann Lee,Mayor,2020,Ukraine\n',
      'empty.csv': '',
      'latin1.csv': 'person,personLabel,positionLabel,start,countryLabel\nhttp://www.wikidata.org/entity/Q1,Andr\u00e9,Mayor,2020,Ukraine\n',
      'result.tsv': '?person\t?personLabel\n'
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(cwd, name), name === 'latin1.csv' ? Buffer.from(text, 'latin1') : text)
    const cases: Array<[string[], string]> = [
      [['broken.json'], "broken.json: not valid JSON (Unexpected token '}')"],
      [['trailing.json'], 'trailing.json: not valid JSON at line 2, column 30 (Expected double-quoted property name)'],
      [['other.json'], 'other.json: not a SPARQL query result (JSON without head.vars and results.bindings): download the result from query.wikidata.org as JSON'],
      [
        ['notes.txt'],
        "notes.txt: not a query result names import can read: no column person, personLabel, positionLabel, start, countryLabel (its columns: Ministers met on Monday.); the query must select ?person ?personLabel ?positionLabel ?start ?countryLabel (see the README's queries)"
      ],
      [
        ['columns.csv'],
        "columns.csv: not a query result names import can read: no column person, personLabel, positionLabel, countryLabel (its columns: item, itemLabel, start); the query must select ?person ?personLabel ?positionLabel ?start ?countryLabel (see the README's queries)"
      ],
      [['quote.csv'], 'quote.csv: not valid CSV (Quote Not Closed: the parsing is finished with an opening quote at line 2)'],
      [['empty.csv'], 'empty.csv: empty file'],
      [['latin1.csv'], 'latin1.csv: not UTF-8 text: download the query result as JSON or CSV'],
      [['result.tsv'], 'result.tsv: a TSV download is not read: download the query result as JSON or CSV'],
      [['missing.json'], 'missing.json: no such file'],
      [['drafts'], 'drafts: is a directory, not a query result'],
      [['/dev/zero'], '/dev/zero: not a regular file (a device)'],
      [[], 'names import: give one FILE, the query result (none given); see article-lint names import --help'],
      [['a.json', 'b.json'], 'names import: give one FILE, the query result (2 given); see article-lint names import --help']
    ]
    for (const [args, stderr] of cases) expect(run(cwd, 'names', 'import', ...args)).toEqual({code: 2, stdout: '', stderr: `article-lint: ${stderr}\n`})
    expect(existsSync(local(cwd))).toBe(false)
  })

  it('refuses to merge into a people file the linter would refuse, with its line and column, and leaves it alone', () => {
    const cwd = repository()
    const broken = 'people:\n  - name: Ann Lee\n    country: Ukraine\n    role: [{role: Mayor}]\n'
    writeFileSync(local(cwd), broken)
    expect(run(cwd, 'names', 'import', 'ukraine-government.json')).toEqual({code: 2, stdout: '', stderr: 'article-lint: rules/names.local.yml:4:5: Unrecognized key: "role" at people.0\n'})
    expect(readFileSync(local(cwd), 'utf8')).toBe(broken)
  })
})
