import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {createLinter} from '../../src/pipeline.js'
import {bundledConfigWith, corrected, findings} from '../helpers.js'

/** The bundled rules with a learned-names file, as `article-lint names learn` writes it. */
function linterLearning(yaml: string) {
  const config = bundledConfigWith('  fixStyle: false\n', '  fixStyle: false\n')
  writeFileSync(path.join(path.dirname(config), 'names.learned.yml'), yaml)
  return createLinter(loadConfig(config, checks))
}

const learned = linterLearning('learned:\n  - {name: Tarun Velankar, count: 14, articles: 6}\n')

describe('a name learned from the newsroom’s published articles', () => {
  it('is never a name to verify', () => {
    const text = 'The architect Tarun Velankar presented the plan on Monday.\n'
    expect(findings(text, 'name-to-verify')).toEqual([{reason: 'Name to verify: `Tarun Velankar` is in neither the gazetteer nor the dictionary', start: 14, end: 28, actual: 'Tarun Velankar', expected: [], fixable: false, fixRange: undefined, severity: 'info'}])
    expect(findings(text, 'name-to-verify', learned)).toEqual([])
  })

  it('is suggested for a misspelling of it, not fixed, where the article does not name it', () => {
    const text = 'The architect Tarun Velankur presented the plan on Monday.\n'
    expect(findings(text, 'name-misspelled', learned).map(({reason, expected, fixable}) => ({reason, expected, fixable}))).toEqual([
      {reason: 'Unknown spelling `Tarun Velankur`: perhaps Tarun Velankar, in 6 of your published articles', expected: ['Tarun Velankar'], fixable: false}
    ])
    expect(corrected(text, learned)).toBe(text)
  })

  it('is fixed where the article names it', () => {
    const text = 'The architect Tarun Velankar presented the plan on Monday.\n\nVelankur said the work would start in May.\n'
    expect(corrected(text, learned)).toBe(text.replace('Velankur', 'Velankar'))
  })
})
