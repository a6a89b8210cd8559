/** Rules files: plain data only, every problem named with its line and column. */
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {parseYaml} from '../../src/config/yaml.js'

const anything = z.unknown()
const problem = (text: string, schema: z.ZodType = anything) => {
  try {
    parseYaml(text, 'r.yml', schema)
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe('the YAML parse of a rules file', () => {
  it('reads plain data', () => {
    expect(parseYaml('a: 1\nb: [x, y]\n', 'r.yml', anything).data).toEqual({a: 1, b: ['x', 'y']})
  })

  it('names the line and column of every problem', () => {
    expect(problem('a: 1\na: 2\n')).toBe('r.yml:2:1: Map keys must be unique')
    expect(problem('a: !!js/function x\n')).toBe('r.yml:1:4: Unresolved tag: tag:yaml.org,2002:js/function')
    expect(problem('a: [1\n')).toMatch(/^r\.yml:2:1: /)
    expect(problem('a: x\n', z.strictObject({a: z.number()}))).toBe('r.yml:1:1: Invalid input: expected number, received string at a')
  })
})
