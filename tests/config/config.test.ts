/** Config the way ESLint and Vale find and layer it: discovery up the tree, `extends`, merging, data files. */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {configPath, loadConfig} from '../../src/config/config.js'
import {bundledConfig} from '../../src/package-root.js'
import {tempDir, tree} from '../helpers.js'

const problem = (file: string) => {
  try {
    loadConfig(file, checks)
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe('config discovery', () => {
  it('takes the nearest config file up from the draft’s folder, in the order article-lint.config.yml, .article-lintrc.yml, package.json', () => {
    const root = tree({
      'article-lint.config.yml': 'rules: {spelling: off}\n',
      'desk/.article-lintrc.yml': 'rules: {readability: info}\n',
      'desk/drafts/a.txt': 'x',
      'other/package.json': JSON.stringify({name: 'x', 'article-lint': {rules: {fragment: 'off'}}}),
      'plain/package.json': JSON.stringify({name: 'y'})
    })
    expect(configPath(root, undefined, path.join(root, 'desk', 'drafts'))).toBe(path.join(root, 'desk', '.article-lintrc.yml'))
    expect(configPath(root, undefined, path.join(root, 'other'))).toBe(path.join(root, 'other', 'package.json'))
    // A package.json without the key is not a config: the search goes on up.
    expect(configPath(root, undefined, path.join(root, 'plain'))).toBe(path.join(root, 'article-lint.config.yml'))
  })

  it('falls back to rules/config.yml in the working directory, then to the bundled config; a config given on the command line wins', () => {
    const withRules = tree({'rules/config.yml': 'rules: {}\n'})
    expect(configPath(withRules)).toBe(path.join(withRules, 'rules', 'config.yml'))
    expect(configPath(tempDir())).toBe(bundledConfig)
    expect(configPath(withRules, 'mine.yml')).toBe('mine.yml')
  })
})

describe('a config’s layers', () => {
  it('needs no data files of its own: a one-line config reads the bundled ones, with the checks’ defaults', () => {
    const root = tree({'article-lint.config.yml': 'rules: {spelling: off}\n'})
    const config = loadConfig(path.join(root, 'article-lint.config.yml'), checks)
    expect(config.severities.get('spelling')).toBe('off')
    expect(config.severities.get('boilerplate')).toBe('warning')
    expect(config.options.get('readability')).toEqual({age: 19, minWords: 25, threshold: 4 / 7})
    expect(config.context.loadData('boilerplate.yml', {safeParse: (value: unknown) => ({success: true, data: value})} as never, 'any@1').file).toBe(path.join(path.dirname(bundledConfig), 'boilerplate.yml'))
  })

  it('extends article-lint/recommended: severities and each check’s options merge key by key over it', () => {
    const root = tree({'article-lint.config.yml': 'extends: article-lint/recommended\nrules: {spelling: off}\nreadability: {minWords: 30}\nfragments: {serialComma: true}\n'})
    const config = loadConfig(path.join(root, 'article-lint.config.yml'), checks)
    const recommended = loadConfig(bundledConfig, checks)
    expect(config.layers).toEqual([bundledConfig, path.join(root, 'article-lint.config.yml')])
    expect(config.severities.get('spelling')).toBe('off')
    expect(config.options.get('readability')).toEqual({age: 19, minWords: 30, threshold: 0.5714})
    expect(config.options.get('fragments')).toEqual({...(recommended.options.get('fragments') as object), serialComma: true})
    expect(config.options.get('names')).toEqual(recommended.options.get('names'))
  })

  it('resolves a data file against the nearest config that has it, so a newsroom overrides one file and keeps the rest', () => {
    const root = tree({
      'article-lint.config.yml': 'extends: article-lint/recommended\n',
      'boilerplate.yml': 'patterns: []\n'
    })
    const {context} = loadConfig(path.join(root, 'article-lint.config.yml'), checks)
    const any = {safeParse: (value: unknown) => ({success: true, data: value})} as never
    expect(context.loadData('boilerplate.yml', any, 'any@1').file).toBe(path.join(root, 'boilerplate.yml'))
    expect(context.loadData('phrases.yml', any, 'any@1').file).toBe(path.join(path.dirname(bundledConfig), 'phrases.yml'))
  })

  it('extends a path, relative to the config, and a package.json key, each in turn', () => {
    const root = tree({
      'base.yml': 'extends: article-lint/recommended\nrules: {readability: info, fragment: off}\n',
      'desk/package.json': JSON.stringify({'article-lint': {extends: '../base.yml', rules: {fragment: 'error'}}})
    })
    const config = loadConfig(path.join(root, 'desk', 'package.json'), checks)
    expect(config.layers).toEqual([bundledConfig, path.join(root, 'base.yml'), path.join(root, 'desk', 'package.json')])
    expect([config.severities.get('readability'), config.severities.get('fragment')]).toEqual(['info', 'error'])
  })

  it('names the file, line and column of a mistake in any layer, and a config that extends itself', () => {
    const root = tree({
      'a.yml': 'extends: b.yml\n',
      'b.yml': 'extends: a.yml\n',
      'bad.yml': 'extends: article-lint/recommended\nrules:\n  spelling: loud\n',
      'package.json': '{\n  "article-lint": {\n    "readability": {"age": "old"}\n  }\n}\n'
    })
    expect(problem(path.join(root, 'a.yml'))).toBe(`${path.join(root, 'a.yml')}:1:1: config extends itself: a.yml → b.yml → a.yml`)
    expect(problem(path.join(root, 'bad.yml'))).toBe(`${path.join(root, 'bad.yml')}:3:3: invalid severity "loud": expected error, warning, info or off at rules.spelling`)
    expect(problem(path.join(root, 'package.json'))).toBe(`${path.join(root, 'package.json')}:3:21: Invalid input: expected number, received string at article-lint.readability.age`)
    expect(problem(path.join(root, 'missing.yml'))).toBe(`${path.join(root, 'missing.yml')}:1:1: cannot read rules file (ENOENT)`)
  })
})
