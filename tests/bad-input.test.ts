/**
 * The bad-input matrix: each case runs the real CLI and checks the exit code,
 * the one-line message naming the file, and that nothing was lost: the input
 * unchanged byte for byte, no partial output left behind.
 */
import {spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {shapes} from '../bench/shapes.js'
import {cli, run, seed, workspace} from './cli-helpers.js'

const DRAFT = 'drafts/biden-nato-summit.txt'

/** Write `bytes` as the draft, run the CLI, and check the draft is untouched afterwards. */
function lintBytes(bytes: Uint8Array, ...args: string[]) {
  const cwd = workspace()
  writeFileSync(path.join(cwd, DRAFT), bytes)
  const result = run(cwd, ...args, DRAFT)
  expect(readFileSync(path.join(cwd, DRAFT)).equals(Buffer.from(bytes))).toBe(true)
  return {...result, cwd, outputs: existsSync(path.join(cwd, 'out')) ? readdirSync(path.join(cwd, 'out')) : []}
}

describe('input that is refused (exit 2, one line, nothing written)', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['an empty file', Buffer.alloc(0), 'empty file'],
    ['whitespace only', Buffer.from(' \n\t\n'), 'file has only whitespace'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'binary file (contains NUL bytes), not a text draft'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('Leaders met in Brussels '), Buffer.from([0xc3, 0x28]), Buffer.from('.')]), 'invalid UTF-8 at byte 24; save the draft as UTF-8'],
    ['UTF-16 with a byte-order mark', Buffer.from('\ufeffLeaders met.', 'utf16le'), 'UTF-16 text is not supported; save the draft as UTF-8']
  ]
  it.each(cases)('%s', (_, bytes, what) => {
    const result = lintBytes(bytes)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${DRAFT}: ${what}\n`)
    expect(result.outputs).toEqual([])
  })

  it('a draft over the size limit, without reading it whole', () => {
    const result = lintBytes(Buffer.alloc(11 * 1024 * 1024, 'word '))
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${DRAFT}: too large for a draft (11.0 MB; the limit is 10 MB)\n`)
  })
})

describe('input that is linted', () => {
  it('UTF-8 with a byte-order mark: the BOM survives in the corrected draft', () => {
    const result = lintBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]))
    expect(result.code).toBe(1)
    const fixed = readFileSync(path.join(result.cwd, 'out', 'biden-nato-summit.fixed.txt'))
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(fixed.toString('utf8')).toContain('Polish President Andrzej Duda.')
  })

  it('CRLF line endings: right positions, CRLF kept in the corrected draft and the diff applies', () => {
    const crlf = Buffer.from(seed.toString('utf8').replace(/\n/g, '\r\n'))
    const result = lintBytes(crlf, '--format', 'json')
    const dudar = (JSON.parse(result.stdout) as Array<{messages: Array<{actual: string; line: number; column: number}>}>)[0]!.messages.find((m) => m.actual === 'Dudar')
    expect(dudar).toMatchObject({line: 49, column: 198})
    const fixed = readFileSync(path.join(result.cwd, 'out', 'biden-nato-summit.fixed.txt'), 'utf8')
    // every line break is still CRLF (the boilerplate fix removes one line with its break)
    expect(fixed.split('\r\n').length).toBe(crlf.toString().split('\r\n').length - 1)
    expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    spawnSync('git', ['init', '-q'], {cwd: result.cwd})
    const apply = spawnSync('git', ['apply', 'out/biden-nato-summit.diff'], {cwd: result.cwd, encoding: 'utf8'})
    expect(apply.stderr).toBe('')
    expect(readFileSync(path.join(result.cwd, DRAFT), 'utf8')).toBe(fixed)
  })

  it('a 1 MB single line', () => {
    const line = 'the delegates discussed the plan and the budget with care '.repeat(18_000)
    const result = lintBytes(Buffer.from(line))
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('every shape of text that was once superlinear (one word repeated, thousands of fixes, quotes, one-word sentences, comma-joined words)', () => {
    const cwd = workspace()
    const names = shapes.map((shape) => `drafts/${shape.name.replace(/\W+/gu, '-')}.txt`)
    shapes.forEach((shape, index) => writeFileSync(path.join(cwd, names[index]!), shape.text(20_000)))
    // Thousands of findings: the report on stdout is not read here.
    const result = spawnSync(process.execPath, [cli, ...names], {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(readdirSync(path.join(cwd, 'out'))).toHaveLength(3 * shapes.length)
  })

  it('--out pointing at the draft’s own folder never overwrites the draft', () => {
    const result = lintBytes(seed, '--out', 'drafts')
    expect(result.code).toBe(1)
    expect(readdirSync(path.join(result.cwd, 'drafts')).sort()).toEqual([
      'biden-nato-summit.diff',
      'biden-nato-summit.fixed.txt',
      'biden-nato-summit.report.md',
      'biden-nato-summit.txt'
    ])
    // and a later run over the folder lints the draft only, not the outputs
    const again = run(result.cwd, '--format', 'json', '--no-fix', '--out', 'drafts', 'drafts')
    expect((JSON.parse(again.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual([DRAFT])
  })
})

describe('paths and options that are refused (exit 2)', () => {
  it.each([
    [['missing.txt'], 'missing.txt: no such file or directory'],
    [['empty-dir'], 'empty-dir: directory holds no drafts (.txt, .text, .md, .markdown, .html, .htm)'],
    [['loop.txt'], 'loop.txt: symbolic link loop'],
    [['--format', 'pdf'], 'unknown --format "pdf": use stylish, json, github, markdown, sarif'],
    [['--out', `${DRAFT}/inside`], `${DRAFT}/inside: cannot create the output folder (ENOTDIR)`]
  ])('%j', (args, what) => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'empty-dir'))
    symlinkSync('loop.txt', path.join(cwd, 'loop.txt'))
    const result = run(cwd, ...args)
    expect(result.code).toBe(2)
    const shown = what.startsWith(DRAFT) ? what.replace(`${DRAFT}/inside`, path.join(cwd, DRAFT, 'inside')) : what
    expect(result.stderr).toBe(`article-lint: ${shown}\n`)
    expect(readFileSync(path.join(cwd, DRAFT))).toEqual(seed)
  })

  it('lints the other drafts when one is bad, and still exits 2', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'empty.txt'), '')
    const result = run(cwd, '--format', 'json')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('article-lint: drafts/empty.txt: empty file\n')
    expect((JSON.parse(result.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual([DRAFT])
  })
})

describe('rules files that are refused (exit 2, file:line:column)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['malformed YAML', 'config.yml', 'rules:\n  repeated-words: [warning\n', 'config.yml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['an unknown key', 'config.yml', 'rules:\n  repeated-words: warning\nreadablity:\n  age: 18\n', 'config.yml:3:1: Unrecognized key: "readablity"'],
    ['a wrong type', 'config.yml', 'readability:\n  age: old\n', 'config.yml:2:3: Invalid input: expected number, received string at readability.age'],
    ['a duplicate person', 'names.local.yml', 'people:\n  - {name: Ana Pop, country: Romania}\n  - {name: Ana Pop, country: Romania}\n', 'names.local.yml:3:6: duplicate person "Ana Pop": merge the two entries'],
    ['an empty name', 'names.local.yml', 'people:\n  - {name: "", country: Romania}\n', 'names.local.yml:2:6: must not be empty at people.0.name'],
    ['a custom tag (no code from rules)', 'names.local.yml', 'people: !!js/function "function () {}"\n', 'names.local.yml:1:9: Unresolved tag: tag:yaml.org,2002:js/function'],
    ['a transliteration group in capitals', 'transliteration.yml', 'languages:\n  - language: German\n    rewrite:\n      - {from: W, to: v}\n', 'transliteration.yml:4:10: must be lowercase letters a–z (a folded spelling) at languages.0.rewrite.0.from'],
    ['a key given twice', 'config.yml', 'readability:\n  age: 19\n  age: 20\n', 'config.yml:3:3: Map keys must be unique'],
    [
      'an alias bomb ("billion laughs")',
      'names.local.yml',
      `people:\n  - &a {name: Ana Pop, country: Romania, alternates: [A]}\n${Array.from({length: 6}, (_, level) => `  - &l${level} [${Array.from({length: 10}, () => (level === 0 ? '*a' : `*l${level - 1}`)).join(', ')}]\n`).join('')}`,
      'names.local.yml:3:10: Excessive alias count indicates a resource exhaustion attack'
    ]
  ]
  it.each(cases)('%s', (_, file, content, what) => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'rules', file), content)
    const result = run(cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${path.join(cwd, 'rules', what.split(':')[0]!)}:${what.split(':').slice(1).join(':')}\n`)
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })
})

describe('outputs stay in the output folder', () => {
  it('a draft reached through ../ writes its outputs under --out, by base name', () => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'sub'))
    const result = run(path.join(cwd, 'sub'), '--out', 'out', `../${DRAFT}`)
    expect(result.code).toBe(1)
    expect(readdirSync(path.join(cwd, 'sub', 'out')).sort()).toEqual(['biden-nato-summit.diff', 'biden-nato-summit.fixed.txt', 'biden-nato-summit.report.md'])
    expect(readdirSync(path.join(cwd, 'drafts'))).toEqual(['biden-nato-summit.txt'])
  })

  it('two drafts with the same name are refused before anything is written', () => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'drafts', 'more'))
    writeFileSync(path.join(cwd, 'drafts', 'more', 'biden-nato-summit.txt'), 'Leaders met in Brussels.\n')
    const result = run(cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `article-lint: ${path.join(cwd, 'drafts', 'more', 'biden-nato-summit.txt')} and ${path.join(cwd, 'drafts', 'biden-nato-summit.txt')} would write the same outputs in ${path.join(cwd, 'out')}; lint them in separate runs or rename one\n`
    )
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })
})

describe('rules whose fixes feed on their own output', () => {
  it('a phrase whose replacement holds its pattern: the draft fails naming the rule once a pass grows the text past twice the draft and 10 KB', () => {
    const cwd = workspace()
    appendFileSync(path.join(cwd, 'rules', 'phrases.yml'), '  - pattern: the war\n    replacement: the war and the war\n    reason: a replacement that holds its own pattern\n')
    writeFileSync(path.join(cwd, DRAFT), 'The war goes on. '.repeat(200))
    const result = run(cwd, DRAFT)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `article-lint: ${DRAFT}: the fixer stopped on pass 4: the text grew past 17040 characters (twice the draft and 10 KB), most by rule phrases ("The war" → "The war and the war"); does its replacement contain what it replaces?\n`
    )
    expect(readdirSync(path.join(cwd, 'out'))).toEqual([])
    expect(run(cwd, '--no-fix', DRAFT).code).toBe(0)
  })
})
