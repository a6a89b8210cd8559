/**
 * article-lint as a newsroom gets it: `npm pack` of this repository (the
 * build the global setup made), installed into a fresh project beside the
 * user's own retext and @types/node, then used there as its README says:
 * `npx article-lint` with a one-line config over the recommended one,
 * `--version`, `--fix`, `--stdin`, an ignore file, and the typed API from a
 * TypeScript file. One install for the whole file (it
 * takes most of the time); each case is one `it` that works in `project`.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {packageRoot} from '../../src/package-root.js'
import {tempDir} from '../helpers.js'

/** The user's project, with the packed article-lint installed. */
let project = ''
/** The paths the tarball holds. */
let packed: string[] = []

// The user's shell, not this test run's `npm test`: none of npm's npm_* variables, and no colours.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'FORCE_COLOR'))
env.NO_COLOR = '1'

function run(cwd: string, command: string, ...args: string[]) {
  const result = spawnSync(command, args, {cwd, env, encoding: 'utf8'})
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A command that must succeed, for the setup. */
function mustRun(cwd: string, command: string, ...args: string[]): string {
  const result = run(cwd, command, ...args)
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.stderr}`)
  return result.stdout
}

/** A folder of the project with these files, for one case. */
function folder(name: string, files: Record<string, string>): string {
  const directory = path.join(project, name)
  mkdirSync(directory)
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(directory, file), text)
  return directory
}

beforeAll(() => {
  // --ignore-scripts: the global setup built dist/ for this run; `prepare` would build it again under the other test files.
  const packs = tempDir('article-lint-pack-')
  const [tarball] = JSON.parse(mustRun(packageRoot, 'npm', 'pack', '--ignore-scripts', '--json', '--pack-destination', packs)) as Array<{filename: string; files: Array<{path: string}>}>
  packed = tarball!.files.map((file) => file.path).sort()
  project = tempDir('article-lint-project-')
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({name: 'newsroom', private: true, type: 'module'}, null, 2)}\n`)
  mustRun(project, 'npm', 'install', '--prefer-offline', '--no-audit', '--no-fund', path.join(packs, tarball!.filename), 'retext@9', '@types/node@20')
}, 600_000)

const draft = 'Polish President Andrzej Dudar said the the talks in Kiev went well.\n\nThe minister met his goverment colleagues.\n'
const oneLineConfig = 'extends: article-lint/recommended\nrules: {spelling: off}\n'

describe('the packed package, installed in a fresh project', () => {
  it('holds the bundles, their declarations, the rules, README, LICENSE and package.json, and nothing else', () => {
    const rules = readdirSync(path.join(packageRoot, 'rules'), {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(packageRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    const expected = ['LICENSE', 'README.md', 'dist/api.d.ts', 'dist/api.js', 'dist/article-lint.cjs', 'dist/article-lint.mjs', 'dist/build-id', 'package.json', ...rules]
    expect(packed).toEqual(expected.sort())
  })

  it('`npx article-lint` lints a draft with a one-line config over the recommended one', () => {
    const cwd = folder('cli', {'article-lint.config.yml': oneLineConfig, 'draft.txt': draft})
    const {code, stdout, stderr} = run(cwd, 'npx', 'article-lint', 'draft.txt')
    expect(stderr).toBe('')
    // "goverment" is not reported: the config turned spelling off.
    expect(stdout).toBe(
      [
        'draft.txt',
        '1:1-1:1   info    Readability: Flesch reading ease 61.4, Flesch–Kincaid grade 6.9, Gunning fog 10.3, SMOG 11.2, Coleman–Liau 11, ARI 7.1 (18 words in 2 sentences, 9 words per sentence) readability-summary article-lint',
        '1:26-1:31 error   Unexpected `Dudar`, expected `Duda` (Andrzej Duda, President (Poland) 2015–2025) [fixed]                                                                               name-misspelled     article-lint',
        '1:37-1:44 warning Repeated `the`: remove one occurrence [fixed]                                                                                                                          repeated-words      retext-repeated-words',
        '1:54-1:58 warning Unexpected `Kiev`, expected `Kyiv` (the Ukrainian spelling of the capital, AP style since 2019; "Kiev" is transliterated from Russian) [fixed]                         phrases             article-lint',
        '',
        '4 messages (✖ 1 error, ⚠ 2 warnings)',
        '3 fixes applied, 0 remaining',
        ''
      ].join('\n')
    )
    expect(code).toBe(1)
    expect(readFileSync(path.join(cwd, 'out', 'draft.fixed.txt'), 'utf8')).toBe('Polish President Andrzej Duda said the talks in Kyiv went well.\n\nThe minister met his goverment colleagues.\n')
  })

  it('`npx article-lint --version` prints the packed version', () => {
    const version = (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string}).version
    expect(run(project, 'npx', 'article-lint', '--version')).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('`--fix` writes the safe fixes into the draft, and what is left decides the exit code', () => {
    const cwd = folder('fix', {'article-lint.config.yml': oneLineConfig, 'draft.txt': draft})
    const {code, stderr} = run(cwd, 'npx', 'article-lint', '--fix', '--quiet', 'draft.txt')
    expect(stderr).toBe('')
    expect(readFileSync(path.join(cwd, 'draft.txt'), 'utf8')).toBe('Polish President Andrzej Duda said the talks in Kyiv went well.\n\nThe minister met his goverment colleagues.\n')
    expect(code).toBe(0)
  })

  it('`--stdin --stdin-filename x.md --fix` reads Markdown from standard input and prints the corrected text', () => {
    const cwd = folder('stdin', {'article-lint.config.yml': oneLineConfig})
    const result = spawnSync('npx', ['article-lint', '--stdin', '--stdin-filename', 'story.md', '--fix'], {cwd, env, encoding: 'utf8', input: '# Talks\n\nThe the talks in `Kiev` and in Kiev went on.\n'})
    expect({code: result.status, stdout: result.stdout, stderr: result.stderr}).toEqual({code: 0, stdout: '# Talks\n\nThe talks in `Kiev` and in Kyiv went on.\n', stderr: ''})
  })

  it('passes over the drafts `.article-lintignore` lists', () => {
    const cwd = folder('ignore', {'article-lint.config.yml': oneLineConfig, '.article-lintignore': '# kept as published\nold-*.txt\n', 'old-draft.txt': draft, 'new-draft.txt': 'The talks went well.\n'})
    const {code, stdout, stderr} = run(cwd, 'npx', 'article-lint', '--quiet', '.')
    expect(stderr).toBe('')
    expect(stdout).toBe('\n0 fixes applied, 0 remaining\n')
    expect(readdirSync(path.join(cwd, 'out')).sort()).toEqual(['new-draft.diff', 'new-draft.fixed.txt', 'new-draft.report.html', 'new-draft.report.md'])
    expect(code).toBe(0)
  })

  it('resolves `article-lint/recommended` to the bundled config', () => {
    const resolved = createRequire(path.join(project, 'index.js')).resolve('article-lint/recommended')
    expect(resolved).toBe(path.join(project, 'node_modules', 'article-lint', 'rules', 'config.yml'))
  })

  it('installs no recheck, and a regex a user wrote is refused with how to install it', () => {
    expect(existsSync(path.join(project, 'node_modules', 'recheck'))).toBe(false)
    const phrases = 'phrases:\n  - regex: "(?<![\\\\p{L}\\\\p{N}_])newly-elected(?![\\\\p{L}\\\\p{N}_])"\n    replacement: newly elected\n    reason: house style\n'
    const cwd = folder('own-regex', {'article-lint.config.yml': `${oneLineConfig}phrases:\n  file: phrases.yml\n`, 'phrases.yml': phrases, 'draft.txt': 'The newly-elected mayor spoke.\n'})
    const {code, stdout, stderr} = run(cwd, 'npx', 'article-lint', 'draft.txt')
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `article-lint: ${path.join(cwd, 'phrases.yml')}:2:5: cannot vet this regular expression for catastrophic backtracking: install the optional package recheck (npm i -D recheck), or write the entry without a regex: "(?<![\\\\p{L}\\\\p{N}_])newly-elected(?![\\\\p{L}\\\\p{N}_])"\n`
    )
    expect(code).toBe(2)
  })

  it('gives a typed API: a strict TypeScript file importing from article-lint compiles and runs', () => {
    const cwd = folder('api', {
      'tsconfig.json': JSON.stringify({compilerOptions: {strict: true, module: 'nodenext', target: 'es2022', outDir: 'build', types: ['node'], skipLibCheck: false}, include: ['index.ts']}),
      'index.ts': [
        "import {articleLint, lintText, type LintMessage, type LintResult} from 'article-lint'",
        "import {retext} from 'retext'",
        '',
        "const result: LintResult = await lintText('Polish President Andrzej Dudar said the the talks went well.\\n', {path: 'story.md'})",
        "const found: Array<[string | undefined, LintMessage['severity'], string | undefined]> = result.messages.map((message) => [message.ruleId, message.severity, message.actual])",
        "const file = await retext().use(articleLint).process('The the talks in Kiev went on.\\n')",
        'console.log(JSON.stringify({found, output: result.output, fixed: result.fixed.length, plugin: file.messages.map((message) => message.ruleId)}))',
        '',
        '// Never called: the types are real, not any, so a wrong call does not compile.',
        'export function misuse() {',
        '  // @ts-expect-error: a draft is text',
        '  return lintText(42)',
        '}',
        ''
      ].join('\n')
    })
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
    const compiled = run(cwd, process.execPath, tsc, '-p', 'tsconfig.json')
    expect(compiled.stdout + compiled.stderr).toBe('')
    expect(compiled.code).toBe(0)
    const {code, stdout, stderr} = run(cwd, process.execPath, 'build/index.js')
    expect(stderr).toBe('')
    expect(JSON.parse(stdout)).toEqual({
      found: [
        ['readability-summary', 'info', ''],
        ['name-misspelled', 'error', 'Dudar'],
        ['repeated-words', 'warning', 'the the']
      ],
      output: 'Polish President Andrzej Duda said the talks went well.\n',
      fixed: 2,
      plugin: ['repeated-words', 'phrases', 'readability-summary']
    })
    expect(code).toBe(0)
  })
})
