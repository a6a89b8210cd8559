/**
 * The command line's conventions, as ESLint, textlint and Vale users expect
 * them: the usage, --version, colour and its environment variables,
 * --max-warnings, and the combinations that make no sense.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {OPTIONS, parseOptions, USAGE} from '../src/cli.js'
import {useColor} from '../src/io/terminal.js'
import {packageRoot} from '../src/package-root.js'
import {cli, run, runWith} from './cli-helpers.js'
import {tempDir} from './helpers.js'

/** A folder with one short draft: two warnings (a repeated word, Kiev) and an info (the readability summary). */
function oneDraft(): string {
  const cwd = tempDir()
  writeFileSync(path.join(cwd, 'talks.txt'), 'The the talks in Kiev went on.\n')
  return cwd
}

const usageError = (argv: string[]) => {
  try {
    parseOptions(argv)
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe('the usage and the version', () => {
  it('--help lists every option the command takes, with its short form', () => {
    for (const [name, option] of Object.entries(OPTIONS)) {
      expect(USAGE).toMatch(new RegExp(`\\n  (-\\w, )?(--[\\w-]+, )?--${name}\\b`))
      if ('short' in option) expect(USAGE).toContain(`-${option.short}, --${name}`)
    }
    const help = run(tempDir(), '--help')
    expect(help).toEqual({code: 0, stdout: `${USAGE}\n`, stderr: ''})
    expect(run(tempDir(), '-h')).toEqual(help)
  })

  it('prints the usage on stderr and exits 2 when given nothing to lint and there is no drafts/ folder', () => {
    expect(run(tempDir())).toEqual({code: 2, stdout: '', stderr: `${USAGE}\n`})
  })

  it('-v and --version print the version in package.json', () => {
    const {version} = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {version: string}
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
    expect(run(tempDir(), '--version')).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    expect(run(tempDir(), '-v')).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
  })

  it('refuses options that contradict each other, and bad values, with one line each (exit 2)', () => {
    expect(usageError(['--fix', '--no-fix'])).toBe('--fix writes the fixes into the drafts, --no-fix writes no fixes at all: choose one')
    expect(usageError(['--color', '--no-color'])).toBe('--color and --no-color: choose one')
    expect(usageError(['--stdin-filename', 'a.md'])).toBe('--stdin-filename names standard input: add --stdin')
    expect(usageError(['--stdin', 'drafts'])).toBe('--stdin lints standard input, not files: remove drafts')
    expect(usageError(['--stdin', '--changed-since', 'HEAD'])).toBe('--changed-since compares files with git: it cannot apply to --stdin')
    expect(usageError(['--stdin', '--shard', '1/4'])).toBe('--shard splits a list of files: it cannot apply to --stdin')
    expect(usageError(['--out', ''])).toBe('--out is empty (an unset variable?): give it a value')
    expect(usageError(['--cache', '--cache-location', ''])).toBe('--cache-location is empty (an unset variable?): give it a value')
    expect(usageError(['--ignore-pattern', 'x', '--ignore-pattern', ''])).toBe('--ignore-pattern is empty (an unset variable?): give it a value')
    expect(usageError(['--max-warnings', '-1'])).toBe("Option '--max-warnings' argument is ambiguous.")
    expect(usageError(['--max-warnings=-1'])).toBe('--max-warnings "-1": use a number of warnings from 0')
    expect(usageError(['--max-warnings', 'ten'])).toBe('--max-warnings "ten": use a number of warnings from 0')
    expect(run(oneDraft(), '--fix', '--no-fix', 'talks.txt')).toEqual({code: 2, stdout: '', stderr: 'article-lint: --fix writes the fixes into the drafts, --no-fix writes no fixes at all: choose one\n'})
  })
})

describe('--max-warnings', () => {
  it('exits 1 with a line on stderr when there are more warnings than N, as ESLint does; N or fewer pass', () => {
    const cwd = oneDraft()
    const quiet = run(cwd, '--no-fix', '--format', 'json', 'talks.txt')
    expect(quiet.code).toBe(0)
    expect(run(cwd, '--no-fix', '--format', 'json', '--max-warnings', '2', 'talks.txt')).toEqual(quiet)
    expect(run(cwd, '--no-fix', '--format', 'json', '--max-warnings', '1', 'talks.txt')).toEqual({...quiet, code: 1, stderr: 'article-lint: 2 warnings, more than --max-warnings 1 allows\n'})
  })
})

describe('colour', () => {
  const ESC = '\u001b['
  /** The stylish report of one draft with this environment (none of the tester's colour settings) and these options. */
  function stylish(env: Record<string, string>, ...args: string[]) {
    const {NO_COLOR, FORCE_COLOR, ...rest} = process.env
    const result = spawnSync(process.execPath, [cli, '--no-fix', '--out', 'out', ...args, 'talks.txt'], {cwd: oneDraft(), env: {...rest, ...env}, encoding: 'utf8'})
    return {colored: result.stdout.includes(ESC), code: result.status}
  }

  it('follows --color and --no-color, else FORCE_COLOR before NO_COLOR, else stdout being a terminal (here a pipe)', () => {
    expect(stylish({})).toEqual({colored: false, code: 0})
    expect(stylish({FORCE_COLOR: '1'})).toEqual({colored: true, code: 0})
    expect(stylish({NO_COLOR: '1', FORCE_COLOR: '1'}, '--no-color')).toEqual({colored: false, code: 0})
    expect(stylish({NO_COLOR: '1'}, '--color')).toEqual({colored: true, code: 0})
  })

  it('decides by the same rules in every case', () => {
    const cases: Array<[flag: boolean | undefined, env: NodeJS.ProcessEnv, terminal: boolean, colored: boolean]> = [
      [undefined, {}, true, true],
      [undefined, {}, false, false],
      [undefined, {NO_COLOR: '1'}, true, false],
      [undefined, {NO_COLOR: ''}, true, true], // NO_COLOR counts only when not empty
      [undefined, {FORCE_COLOR: '1'}, false, true],
      [undefined, {FORCE_COLOR: ''}, false, true],
      [undefined, {FORCE_COLOR: '0'}, true, false],
      [undefined, {FORCE_COLOR: 'false'}, true, false],
      [undefined, {FORCE_COLOR: '1', NO_COLOR: '1'}, false, true],
      [true, {NO_COLOR: '1'}, false, true],
      [false, {FORCE_COLOR: '1'}, true, false]
    ]
    for (const [flag, env, terminal, colored] of cases) expect([flag, env, terminal, useColor(flag, env, terminal)]).toEqual([flag, env, terminal, colored])
  })
})

describe('--help', () => {
  it('keeps the conventions of the rest of the command: stdout, exit 0, whatever else is given', () => {
    expect(runWith({NO_COLOR: '1'}, tempDir(), '--help', 'missing.txt')).toEqual({code: 0, stdout: `${USAGE}\n`, stderr: ''})
  })
})
