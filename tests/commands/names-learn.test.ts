/**
 * `article-lint names learn`, run as users run it, on a fixture archive
 * (tests/fixtures/names-learn: seven short articles of a Lagos business desk,
 * as text, Markdown with front matter and HTML). Folake Adeyemi, whom the
 * gazetteer does not hold, is used in four articles; Bola Tinubu, whom it
 * holds, in three; Olayemi Cardoso in two (and once as "Yemi Cardoso", another
 * first name); Chidi Okafor twice and once as "Chidi Okafur" (a rival
 * spelling; "Okafur" is also the Markdown article's author, which is not
 * prose); Aisha Danjuma in one article only.
 */
import {cpSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, workspace} from '../cli-helpers.js'
import {packageRoot} from '../../src/package-root.js'

/** A scratch repository with the bundled rules and the archive in archive/. */
function repository(): string {
  const cwd = workspace()
  cpSync(path.join(packageRoot, 'tests', 'fixtures', 'names-learn'), path.join(cwd, 'archive'), {recursive: true})
  return cwd
}

const learnedFile = (cwd: string) => path.join(cwd, 'rules', 'names.learned.yml')

const HEADER = [
  "# Names this newsroom's published articles use consistently: each full name",
  '# as they spell it, with its mentions (count) and the articles that use it.',
  '# Written by `article-lint names learn`; a later scan replaces the counts of',
  '# the names it learns and keeps the others. Remove a name by hand.',
  ''
]

const CONFLICT = 'article-lint: names learn: two spellings of one person, neither recorded: Chidi Okafor (2 mentions in 2 articles), Chidi Okafur (1 mention in 1 article)\n'

describe('article-lint names learn', () => {
  it('records the names the archive uses consistently, and lists the rival spellings on stderr', () => {
    const cwd = repository()
    expect(run(cwd, 'names', 'learn', 'archive')).toEqual({
      code: 0,
      stdout: '7 articles read: 3 names learned into rules/names.learned.yml (3 new, 0 updated, 0 unchanged), 1 conflict, 3 names in fewer than 2 articles\n',
      stderr: CONFLICT
    })
    expect(readFileSync(learnedFile(cwd), 'utf8')).toBe(
      [
        ...HEADER,
        'learned:',
        '  - {name: Bola Tinubu, count: 3, articles: 3}',
        '  - {name: Folake Adeyemi, count: 6, articles: 4}',
        '  - {name: Olayemi Cardoso, count: 3, articles: 2}',
        ''
      ].join('\n')
    )
  })

  // From a hostile-input review: a right-to-left override in an article's name reached the terminal raw.
  it('writes a conflict\'s names with their control characters escaped', () => {
    const cwd = workspace()
    for (const index of [1, 2, 3]) writeFileSync(path.join(cwd, 'drafts', `a${index}.txt`), 'Chidi Okafor said the talks went well.\n')
    for (const index of [4, 5]) writeFileSync(path.join(cwd, 'drafts', `b${index}.txt`), 'Chidi Okaf\u202eur said the talks went well.\n')
    expect(run(cwd, 'names', 'learn', '--out', 'learned.yml', 'drafts').stderr).toContain('Chidi Okaf\\u202eur (2 mentions in 2 articles)')
  })

  it('with --min 1 records the names of one article too, but never a conflict', () => {
    const cwd = repository()
    const result = run(cwd, 'names', 'learn', 'archive', '--min', '1', '--out', 'all.yml')
    expect(result).toEqual({code: 0, stdout: '7 articles read: 5 names learned into all.yml (5 new, 0 updated, 0 unchanged), 1 conflict, 0 names in fewer than 1 article\n', stderr: CONFLICT})
    expect(readFileSync(path.join(cwd, 'all.yml'), 'utf8').split('learned:\n')[1]).toBe(
      [
        '  - {name: Aisha Danjuma, count: 2, articles: 1}',
        '  - {name: Bola Tinubu, count: 3, articles: 3}',
        '  - {name: Folake Adeyemi, count: 6, articles: 4}',
        '  - {name: Olayemi Cardoso, count: 3, articles: 2}',
        '  - {name: Yemi Cardoso, count: 1, articles: 1}',
        ''
      ].join('\n')
    )
  })

  it('merges into the file there: counts replaced by the scan, other names and the header kept, nothing rewritten when nothing changed', () => {
    const cwd = repository()
    writeFileSync(learnedFile(cwd), ['# Checked by the Lagos desk.', 'learned:', '  - {name: Folake Adeyemi, count: 2, articles: 1}', '  - {name: Ann Lee, count: 4, articles: 2} # the Abuja desk’s', ''].join('\n'))
    expect(run(cwd, 'names', 'learn', 'archive').stdout).toBe('7 articles read: 3 names learned into rules/names.learned.yml (2 new, 1 updated, 0 unchanged), 1 conflict, 3 names in fewer than 2 articles\n')
    const merged = [
      '# Checked by the Lagos desk.',
      'learned:',
      '  - {name: Ann Lee, count: 4, articles: 2} # the Abuja desk’s',
      '  - {name: Bola Tinubu, count: 3, articles: 3}',
      '  - {name: Folake Adeyemi, count: 6, articles: 4}',
      '  - {name: Olayemi Cardoso, count: 3, articles: 2}',
      ''
    ].join('\n')
    expect(readFileSync(learnedFile(cwd), 'utf8')).toBe(merged)
    const past = new Date('2026-01-01T00:00:00Z')
    utimesSync(learnedFile(cwd), past, past)
    expect(run(cwd, 'names', 'learn', 'archive').stdout).toBe('7 articles read: 3 names learned into rules/names.learned.yml (0 new, 0 updated, 3 unchanged), 1 conflict, 3 names in fewer than 2 articles\n')
    expect(statSync(learnedFile(cwd)).mtime).toEqual(past)
  })

  it('counts the names even where the config turns the names rules off', () => {
    const cwd = repository()
    writeFileSync(path.join(cwd, 'rules', 'config.yml'), 'rules:\n  name-misspelled: off\n  name-style: off\n  name-consistency: off\n  name-to-verify: off\n')
    expect(run(cwd, 'names', 'learn', 'archive').stdout).toBe('7 articles read: 3 names learned into rules/names.learned.yml (3 new, 0 updated, 0 unchanged), 1 conflict, 3 names in fewer than 2 articles\n')
  })

  it('says which article it could not read, learns from the others, and exits 2', () => {
    const cwd = repository()
    writeFileSync(path.join(cwd, 'archive', '08-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    expect(run(cwd, 'names', 'learn', 'archive')).toEqual({
      code: 2,
      stdout: '7 articles read (1 failed, see above): 3 names learned into rules/names.learned.yml (3 new, 0 updated, 0 unchanged), 1 conflict, 3 names in fewer than 2 articles\n',
      stderr: `article-lint: archive/08-photo.txt: binary file (contains NUL bytes), not a text draft\n${CONFLICT}`
    })
  })

  it('refuses bad arguments and a learned file the loader would refuse, before reading any article', () => {
    const cwd = repository()
    const cases: Array<[string[], string]> = [
      [[], 'names learn: give the folder of published articles (article-lint names learn --help)'],
      [['archive', '--min', '0'], 'names learn: --min must be a whole number of articles, 1 or more (got "0")'],
      [['archive', '--min', 'two'], 'names learn: --min must be a whole number of articles, 1 or more (got "two")'],
      [['archive', '--since', '2025'], "names learn: Unknown option '--since'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--since\""],
      [['missing'], 'missing: no such file or directory'],
      [['rules'], 'rules: directory holds no drafts (.txt, .text, .md, .markdown, .html, .htm)']
    ]
    for (const [args, stderr] of cases) expect(run(cwd, 'names', 'learn', ...args)).toEqual({code: 2, stdout: '', stderr: `article-lint: ${stderr}\n`})
    const broken = 'learned:\n  - {name: Ann Lee, count: 4, articles: 2}\n  - {name: ann lee, count: 1, articles: 1}\n'
    writeFileSync(learnedFile(cwd), broken)
    expect(run(cwd, 'names', 'learn', 'archive')).toEqual({code: 2, stdout: '', stderr: 'article-lint: rules/names.learned.yml:3:6: duplicate name "ann lee": keep one entry\n'})
    expect(readFileSync(learnedFile(cwd), 'utf8')).toBe(broken)
  })
})

describe('article-lint names', () => {
  it('lists its subcommands, each has its own help, and the main usage names them', () => {
    const cwd = workspace()
    const names = run(cwd, 'names', '--help')
    expect(names.code).toBe(0)
    expect(names.stdout).toMatch(/^Usage: article-lint names import FILE \[--out FILE\] \[--config FILE\]\n {7}article-lint names learn DIR\.\.\. \[--out FILE\] \[--min N\] \[--config FILE\]\n/)
    expect(run(cwd, 'names', 'import', '--help').stdout).toMatch(/^Usage: article-lint names import FILE .*\n[^]*--out FILE {5}the people file to merge into \(default: rules\/names\.local\.yml\)\n/)
    expect(run(cwd, 'names', 'learn', '--help').stdout).toMatch(/^Usage: article-lint names learn DIR\.\.\. [^]*--min N {8}the fewest articles a name must be used in \(default: 2\)\n/)
    expect(run(cwd, '--help').stdout).toMatch(/\n {7}article-lint names import FILE {3}a Wikidata query result into rules\/names\.local\.yml\n {7}article-lint names learn DIR {5}the names published articles use, into rules\/names\.learned\.yml\n/)
  })

  it('is a usage error without a subcommand it knows', () => {
    const cwd = workspace()
    expect(run(cwd, 'names')).toEqual({code: 2, stdout: '', stderr: 'article-lint: names: name a subcommand, import or learn (article-lint names --help)\n'})
    expect(run(cwd, 'names', 'export')).toEqual({code: 2, stdout: '', stderr: 'article-lint: names: unknown subcommand "export": use import or learn (article-lint names --help)\n'})
  })
})
