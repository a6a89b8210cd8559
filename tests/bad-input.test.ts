/**
 * The bad-input matrix: each case runs the real CLI and checks the exit code,
 * the one-line message naming the file, and that nothing was lost: the input
 * unchanged byte for byte, no partial output left behind.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {shapes} from '../bench/shapes.js'
import {cli, run, runWithin, seed, workspace} from './cli-helpers.js'
import {tempDir} from './helpers.js'

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

  it.each([
    ['list markers opening one line', 'story.md', `${'- '.repeat(101)}The talks went on.\n`, 'a line opens more than 100 nested lists or quotes'],
    ['quote marks opening one line', 'story.md', `${'>'.repeat(101)} The talks went on.\n`, 'a line opens more than 100 nested lists or quotes'],
    ['a run of emphasis marks', 'story.md', `${'*'.repeat(1001)}The talks went on.${'*'.repeat(1001)}\n`, 'a run of more than 1000 "*"'],
    ['a run of link brackets', 'story.md', `${'['.repeat(1001)}The talks${'](x)'.repeat(1001)}\n`, 'a run of more than 1000 "["'],
    ['a list item indented past 400 columns', 'story.md', `The talks went on.\n\n${' '.repeat(401)}- an item\n`, 'a line indented more than 400 columns'],
    ['20,000 nested HTML elements', 'story.html', `${'<div>'.repeat(20000)}The talks went on.${'</div>'.repeat(20000)}\n`, 'reading it ran out of stack']
  ])('markup nested too deeply to read: %s', (_, name, text, what) => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', name), text)
    // Killed after a minute: such drafts once took minutes, or ended in an internal error.
    const result = runWithin(60_000, cwd, `drafts/${name}`)
    expect({code: result.code, signal: result.signal, stderr: result.stderr}).toEqual({code: 2, signal: null, stderr: `article-lint: drafts/${name}: nested too deeply to read: ${what}\n`})
    expect(readdirSync(path.join(cwd, 'out'))).toEqual([])
  })

  // From a hostile-input review: 11,400 underlined headings (100 KB) took 42 s in micromark.
  it('Markdown with thousands of underlined headings, at once', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'story.md'), 'Kiev\n===\n'.repeat(1001))
    const result = runWithin(60_000, cwd, 'drafts/story.md')
    expect({code: result.code, stderr: result.stderr}).toEqual({code: 2, stderr: 'article-lint: drafts/story.md: too many headings to read: more than 1000 underlined headings ("Title" over "===" or "---")\n'})
    writeFileSync(path.join(cwd, 'drafts', 'story.md'), 'Kiev\n===\n\n'.repeat(1000))
    expect(runWithin(60_000, cwd, 'drafts/story.md').code).toBe(0)
  })

  it('a draft over the size limit, without reading it whole', () => {
    const result = lintBytes(Buffer.alloc(11 * 1024 * 1024, 'word '))
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${DRAFT}: too large for a draft (11.0 MB; the limit is 10 MB)\n`)
  })
})

describe('files that are not regular files, or larger than the limit when read (exit 2, at once)', () => {
  const shown = (cwd: string, file: string) => path.relative(cwd, file)

  it('/dev/zero as a draft', () => {
    const cwd = workspace()
    const result = runWithin(60_000, cwd, '/dev/zero')
    expect([result.code, result.stderr]).toEqual([2, `article-lint: ${shown(cwd, '/dev/zero')}: not a regular file (a device)\n`])
    expect(readdirSync(path.join(cwd, 'out'))).toEqual([])
  })

  it('a FIFO with no writer', () => {
    const cwd = workspace()
    execFileSync('mkfifo', [path.join(cwd, 'drafts', 'pipe.txt')])
    const result = runWithin(60_000, cwd, 'drafts/pipe.txt')
    expect([result.code, result.stderr]).toEqual([2, 'article-lint: drafts/pipe.txt: not a regular file (a pipe or FIFO)\n'])
  })

  it('a 30 MB draft piped through /dev/stdin, and one redirected from a file', () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'big.txt'), Buffer.alloc(30 * 1024 * 1024, 'word '))
    const piped = spawnSync('sh', ['-c', `cat big.txt | "${process.execPath}" "${cli}" /dev/stdin`], {cwd, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL'})
    expect([piped.status, piped.stderr]).toEqual([2, `article-lint: ${shown(cwd, '/dev/stdin')}: not a regular file (a pipe or FIFO)\n`])
    const redirected = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" /dev/stdin < big.txt`], {cwd, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL'})
    expect([redirected.status, redirected.stderr]).toEqual([2, `article-lint: ${shown(cwd, '/dev/stdin')}: too large for a draft (30.0 MB; the limit is 10 MB)\n`])
  })

  it('--config /dev/zero, and a folder as --config: rules files are read the same way', () => {
    const cwd = workspace()
    expect(runWithin(60_000, cwd, '--config', '/dev/zero')).toMatchObject({code: 2, stderr: 'article-lint: /dev/zero:1:1: not a regular file (a device)\n'})
    expect(runWithin(60_000, cwd, '--config', 'rules')).toMatchObject({code: 2, stderr: 'article-lint: rules:1:1: is a directory\n'})
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
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

  it('a 1 MB draft whose diff is 2 MB: the job summary stays under GitHub’s 1 MiB with what the step wrote before, and says it was cut', () => {
    const line = 'The delegates discussed the plan and the budget with care over many long hours. '.repeat(125)
    const draft = Array.from({length: 100}, () => `Leaders met in in Brussels. ${line}`).join('\n\n')
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'summary.md'), `${'Earlier step. '.repeat(10_000)}\n`)
    writeFileSync(path.join(cwd, DRAFT), `${draft}\n`)
    const result = run(cwd, '--summary', 'summary.md', '--format', 'json', DRAFT)
    expect([result.code, result.stderr]).toEqual([0, ''])
    expect(statSync(path.join(cwd, 'out', 'biden-nato-summit.diff')).size).toBeGreaterThan(2_000_000)
    const written = readFileSync(path.join(cwd, 'summary.md'))
    expect(written.length).toBeLessThanOrEqual(1024 * 1024)
    expect(written.toString('utf8')).toMatch(/\n\n#### Names to verify\n\n.*\n\n\*\*Cut to stay under GitHub's 1 MiB limit for a job summary:\*\* the diffs are left out here\. [^\n]*\n$/)
  }, 300_000)

  it('every shape of text that was once superlinear (one word repeated, thousands of fixes, quotes, one-word sentences, comma-joined words)', () => {
    const cwd = workspace()
    const names = shapes.map((shape) => `drafts/${shape.name.replace(/\W+/gu, '-')}.txt`)
    shapes.forEach((shape, index) => writeFileSync(path.join(cwd, names[index]!), shape.text(20_000)))
    // Thousands of findings: the report on stdout is not read here.
    const result = spawnSync(process.execPath, [cli, ...names], {cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(readdirSync(path.join(cwd, 'out'))).toHaveLength(4 * shapes.length)
  })

  it('--out pointing at the draft’s own folder never overwrites the draft', () => {
    const result = lintBytes(seed, '--out', 'drafts')
    expect(result.code).toBe(1)
    expect(readdirSync(path.join(result.cwd, 'drafts')).sort()).toEqual([
      'biden-nato-summit.diff',
      'biden-nato-summit.fixed.txt',
      'biden-nato-summit.report.html',
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
    [['--format', 'pdf'], 'unknown --format "pdf": use stylish, json, github, markdown, sarif, rdjson'],
    [['--out', `${DRAFT}/inside`], `${DRAFT}/inside: cannot create the output folder (ENOTDIR)`]
  ])('%j', (args, what) => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'empty-dir'))
    symlinkSync('loop.txt', path.join(cwd, 'loop.txt'))
    const result = run(cwd, ...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${what}\n`)
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

describe('file names that hold line breaks and control characters', () => {
  it('never write a line of their own: no forged workflow command on stderr or stdout', () => {
    const cwd = workspace()
    const forged = 'drafts/a\n::stop-commands::x\n::error file=x::forged\u0007.txt'
    writeFileSync(path.join(cwd, forged), '')
    writeFileSync(path.join(cwd, 'drafts', 'b\n::error::forged.txt'), 'Leaders met in in Brussels.\n')
    const result = run(cwd, '--format', 'github')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('article-lint: drafts/a\\n::stop-commands::x\\n::error file=x::forged\\x07.txt: empty file\n')
    for (const line of result.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=drafts\/(b%0A%3A%3Aerror%3A%3Aforged|biden-nato-summit)\.txt,line=\d+,/)
    const stylish = run(cwd, 'drafts/b\n::error::forged.txt')
    expect(stylish.stdout.split('\n')[0]).toBe('drafts/b\\n::error::forged.txt')
  })
})

describe('symbolic links', () => {
  const REFUSED = 'a symbolic link to a file outside the working directory; name that file itself to lint it'

  it('a draft, or a folder on its way, that links outside the working directory is refused, nothing read or written; a glob passes over it', () => {
    const cwd = workspace()
    const outside = tempDir()
    writeFileSync(path.join(outside, 'secret.txt'), 'The token is hunter2 and the the key.\n')
    symlinkSync(path.join(outside, 'secret.txt'), path.join(cwd, 'drafts', 'secret.txt'))
    symlinkSync(outside, path.join(cwd, 'drafts', 'linked'))
    for (const [input, shown] of [
      ['drafts/secret.txt', 'drafts/secret.txt'],
      ['drafts/linked/secret.txt', 'drafts/linked/secret.txt'],
      ['drafts/linked', 'drafts/linked/secret.txt']
    ]) {
      const result = run(cwd, input!)
      expect([result.code, result.stderr], input).toEqual([2, `article-lint: ${shown}: ${REFUSED}\n`])
    }
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
    // A glob, as a folder walk, passes over links.
    const globbed = run(cwd, '--format', 'json', 'drafts/*.txt')
    expect((JSON.parse(globbed.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual([DRAFT])
  })

  it('a link inside the working directory is linted, and a file outside it named as it is', () => {
    const cwd = workspace()
    symlinkSync('biden-nato-summit.txt', path.join(cwd, 'drafts', 'alias.txt'))
    expect(run(cwd, '--no-fix', 'drafts/alias.txt')).toMatchObject({code: 1, stderr: ''})
    const outside = tempDir()
    writeFileSync(path.join(outside, 'other.txt'), 'Leaders met in Brussels.\n')
    expect(run(cwd, '--no-fix', path.join(outside, 'other.txt'))).toMatchObject({code: 0, stderr: ''})
  })
})

describe('outputs never go over an input, another draft’s output or a folder (exit 2, nothing written)', () => {
  /** Drafts in `d/`, by name; returns the workspace. */
  function drafts(names: readonly string[]): string {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'd'))
    for (const name of names) writeFileSync(path.join(cwd, 'd', name), seed)
    return cwd
  }

  it('--out d d/a.txt d/a.fixed.txt d/a.report.md: the user’s a.fixed.txt and a.report.md are drafts, not outputs', () => {
    const cwd = drafts(['a.txt', 'a.fixed.txt', 'a.report.md'])
    const result = run(cwd, '--out', 'd', 'd/a.txt', 'd/a.fixed.txt', 'd/a.report.md')
    expect([result.code, result.stderr]).toEqual([2, "article-lint: d/a.fixed.txt is a draft of this run, and d/a.txt's corrected draft would be written over it; lint it in a separate run or choose another --out\n"])
    expect(readdirSync(path.join(cwd, 'd')).sort()).toEqual(['a.fixed.txt', 'a.report.md', 'a.txt'])
    for (const name of ['a.fixed.txt', 'a.report.md', 'a.txt']) expect(readFileSync(path.join(cwd, 'd', name)).equals(seed)).toBe(true)
    // The report alone is a.txt's: with --no-fix only reports are written, and a.report.md is still refused.
    expect(run(cwd, '--no-fix', '--out', 'd', 'd/a.txt', 'd/a.report.md').stderr).toBe(
      "article-lint: d/a.report.md is a draft of this run, and d/a.txt's report would be written over it; lint it in a separate run or choose another --out\n"
    )
    writeFileSync(path.join(cwd, 'd', 'a.report.html'), seed)
    expect(run(cwd, '--no-fix', '--out', 'd', 'd/a.txt', 'd/a.report.html').stderr).toBe(
      "article-lint: d/a.report.html is a draft of this run, and d/a.txt's HTML report would be written over it; lint it in a separate run or choose another --out\n"
    )
    rmSync(path.join(cwd, 'd', 'a.report.html'))
    // Not a draft of this run, but the user's own file all the same: no earlier run wrote it.
    expect(run(cwd, '--no-fix', '--out', 'd', 'd/a.txt', 'd/a.fixed.txt')).toEqual({
      code: 2,
      stdout: '',
      stderr: "article-lint: d/a.report.md is not an output of article-lint (no report of an earlier run beside it), and d/a.txt's report would be written over it; move it or choose another --out\n"
    })
    expect(readFileSync(path.join(cwd, 'd', 'a.report.md')).equals(seed)).toBe(true)
    rmSync(path.join(cwd, 'd', 'a.report.md'))
    expect(run(cwd, '--no-fix', '--out', 'd', 'd/a.txt', 'd/a.fixed.txt')).toMatchObject({code: 1, stderr: ''})
    expect(readFileSync(path.join(cwd, 'd', 'a.fixed.txt')).equals(seed)).toBe(true)
  })

  it('--out at the drafts\' own folder: a file of the user\'s named like an output is not written over; an earlier run\'s outputs are', () => {
    const cwd = drafts(['annual.txt'])
    writeFileSync(path.join(cwd, 'd', 'annual.fixed.txt'), 'The user’s own notes.\n')
    expect(run(cwd, '--out', 'd', 'd')).toEqual({
      code: 2,
      stdout: '',
      stderr: "article-lint: d/annual.fixed.txt is not an output of article-lint (no report of an earlier run beside it), and d/annual.txt's corrected draft would be written over it; move it or choose another --out\n"
    })
    expect(readdirSync(path.join(cwd, 'd')).sort()).toEqual(['annual.fixed.txt', 'annual.txt'])
    rmSync(path.join(cwd, 'd', 'annual.fixed.txt'))
    expect(run(cwd, '--out', 'd', 'd').code).toBe(1)
    expect(run(cwd, '--out', 'd', 'd').code).toBe(1)
    expect(readdirSync(path.join(cwd, 'd')).sort()).toEqual(['annual.diff', 'annual.fixed.txt', 'annual.report.html', 'annual.report.md', 'annual.txt'])
    // A FIFO where the report would go is no report: not opened (it would wait for a writer), and not written over.
    rmSync(path.join(cwd, 'd', 'annual.report.md'))
    execFileSync('mkfifo', [path.join(cwd, 'd', 'annual.report.md')])
    expect(runWithin(60_000, cwd, '--out', 'd', 'd')).toMatchObject({code: 2, signal: null})
  })

  it('a draft named NAME.diff is not replaced by its own diff', () => {
    const cwd = drafts(['x.diff'])
    const result = run(cwd, '--out', './d/', 'd/x.diff')
    expect([result.code, result.stderr]).toEqual([2, 'article-lint: d/x.diff is a draft of this run, and its own diff would be written over it; lint it in a separate run or choose another --out\n'])
    expect(readdirSync(path.join(cwd, 'd'))).toEqual(['x.diff'])
  })

  it('two drafts whose different outputs share a name (a.diff’s corrected draft is a.fixed.txt’s diff)', () => {
    const cwd = drafts(['a.diff', 'a.fixed.txt'])
    const result = run(cwd, 'd/a.diff', 'd/a.fixed.txt')
    expect([result.code, result.stderr]).toEqual([2, 'article-lint: d/a.fixed.txt and d/a.diff would write the same outputs in out; lint them in separate runs or rename one\n'])
    expect(existsSync(path.join(cwd, 'out'))).toBe(false)
  })

  it('a folder where an output would go', () => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'out', 'biden-nato-summit.diff'), {recursive: true})
    const result = run(cwd, DRAFT)
    expect([result.code, result.stderr]).toEqual([2, `article-lint: out/biden-nato-summit.diff: is a folder, where ${DRAFT}'s diff would be written\n`])
    expect(readdirSync(path.join(cwd, 'out'))).toEqual(['biden-nato-summit.diff'])
  })

  it.runIf(process.platform === 'linux')('an output folder that cannot be written: the draft fails with the reason, no internal error, nothing written', () => {
    const cwd = workspace()
    // Root may write anywhere it can name; sysfs refuses new files even to root.
    const readOnly = process.getuid?.() === 0 ? '/sys' : path.join(cwd, 'read-only')
    if (readOnly !== '/sys') mkdirSync(readOnly, {mode: 0o555})
    const result = run(cwd, '--out', readOnly, DRAFT)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`article-lint: ${path.relative(cwd, readOnly)}: cannot write the outputs of ${DRAFT} (EACCES)\n`)
  })
})

describe('outputs stay in the output folder', () => {
  it('a draft reached through ../ writes its outputs under --out, by base name', () => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'sub'))
    const result = run(path.join(cwd, 'sub'), '--out', 'out', `../${DRAFT}`)
    expect(result.code).toBe(1)
    expect(readdirSync(path.join(cwd, 'sub', 'out')).sort()).toEqual(['biden-nato-summit.diff', 'biden-nato-summit.fixed.txt', 'biden-nato-summit.report.html', 'biden-nato-summit.report.md'])
    expect(readdirSync(path.join(cwd, 'drafts'))).toEqual(['biden-nato-summit.txt'])
  })

  it('two drafts with the same name are refused before anything is written', () => {
    const cwd = workspace()
    mkdirSync(path.join(cwd, 'drafts', 'more'))
    writeFileSync(path.join(cwd, 'drafts', 'more', 'biden-nato-summit.txt'), 'Leaders met in Brussels.\n')
    const result = run(cwd)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('article-lint: drafts/more/biden-nato-summit.txt and drafts/biden-nato-summit.txt would write the same outputs in out; lint them in separate runs or rename one\n')
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
