import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

// A cache folder of this file's own, named before the cache module reads it.
const folder = mkdtempSync(path.join(tmpdir(), 'article-lint-cache-test-'))
process.env.ARTICLE_LINT_CACHE = folder
const {cached, cachedBytes, cachedText} = await import('../src/cache.js')
// Not helpers' tempDir: importing helpers would load the cache module before ARTICLE_LINT_CACHE is set.
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** The entry files of the cache, ending in `extension`. */
function entries(extension: string): string[] {
  const [build] = readdirSync(folder)
  return readdirSync(path.join(folder, build!))
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(folder, build!, name))
}

describe('the cache', () => {
  it('computes a value once, reads it back after, and builds a damaged entry again', () => {
    let calls = 0
    const compute = () => {
      calls++
      return {people: ['Andrzej Duda']}
    }
    expect(cached(['damage test'], compute)).toEqual({people: ['Andrzej Duda']})
    expect(cached(['damage test'], compute)).toEqual({people: ['Andrzej Duda']})
    expect(calls).toBe(1)
    const [file] = entries('.json')
    writeFileSync(file!, '{"people": ["Andr')
    expect(cached(['damage test'], compute)).toEqual({people: ['Andrzej Duda']})
    expect(calls).toBe(2)
    expect(JSON.parse(readFileSync(file!, 'utf8'))).toEqual({people: ['Andrzej Duda']})
  })

  it('builds bytes again when the check refuses the stored entry', () => {
    let calls = 0
    const compute = () => (calls++, Uint8Array.of(1, 2, 3, 4))
    const whole = (bytes: Buffer) => {
      if (bytes.length !== 4) throw new RangeError('truncated')
    }
    expect([...cachedBytes(['bytes test'], compute, whole)]).toEqual([1, 2, 3, 4])
    const [file] = entries('.bin')
    writeFileSync(file!, Uint8Array.of(1, 2))
    expect([...cachedBytes(['bytes test'], compute, whole)]).toEqual([1, 2, 3, 4])
    expect([...cachedBytes(['bytes test'], compute, whole)]).toEqual([1, 2, 3, 4])
    expect(calls).toBe(2)
    expect([...readFileSync(file!)]).toEqual([1, 2, 3, 4])
  })

  it('keeps text as Latin-1 when every character fits, else as UTF-8, and reads both back', () => {
    const never = (): string => {
      throw new Error('computed again')
    }
    expect(cachedText(['latin'], () => '\ncafé\nkyiv\n')).toBe('\ncafé\nkyiv\n')
    expect(cachedText(['utf'], () => '\ngdańsk\n')).toBe('\ngdańsk\n')
    expect(cachedText(['latin'], never)).toBe('\ncafé\nkyiv\n')
    expect(cachedText(['utf'], never)).toBe('\ngdańsk\n')
    expect(entries('.txt').map((file) => String.fromCharCode(readFileSync(file)[0]!)).sort()).toEqual(['L', 'U'])
  })
})
