/** Rules files are read by two parsers (js-yaml fast, `yaml` exact): on every bundled file they must agree. */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {parseYaml, quickParse} from '../../src/config/yaml.js'
import {packageRoot} from '../../src/package-root.js'

const rules = path.join(packageRoot, 'rules')
const anything = z.unknown()

describe('the fast and the exact YAML parse', () => {
  it.each(readdirSync(rules).filter((name) => name.endsWith('.yml')))('%s reads the same through both', (name) => {
    const file = path.join(rules, name)
    const text = readFileSync(file, 'utf8')
    const fast = quickParse(text, anything)
    expect(fast).toBeDefined()
    expect(fast).toEqual(parseYaml(text, file, anything).data)
  })

  it('leaves every problem to the exact parse', () => {
    expect(quickParse('a: 1\na: 2\n', anything)).toBeUndefined()
    expect(quickParse('a: !!js/function x\n', anything)).toBeUndefined()
    expect(quickParse('a: [1\n', anything)).toBeUndefined()
    expect(quickParse('a: x\n', z.strictObject({a: z.number()}))).toBeUndefined()
    expect(quickParse('a: 1\n', z.strictObject({a: z.number()}))).toEqual({a: 1})
  })
})
