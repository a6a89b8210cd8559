import {readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeAtomic} from '../../src/io/write-atomic.js'
import {tempDir} from '../helpers.js'

describe('writeAtomic', () => {
  it('replaces a file whole and leaves no temp file behind', () => {
    const folder = tempDir()
    const file = path.join(folder, 'out.txt')
    writeFileSync(file, 'old text')
    writeAtomic(file, 'new text')
    expect(readFileSync(file, 'utf8')).toBe('new text')
    expect(readdirSync(folder)).toEqual(['out.txt'])
  })

  it('leaves a file that already holds the data alone, time and all', () => {
    const file = path.join(tempDir(), 'out.txt')
    writeFileSync(file, 'Kyiv’s text')
    const past = new Date('2026-01-01T00:00:00Z')
    utimesSync(file, past, past)
    writeAtomic(file, 'Kyiv’s text')
    writeAtomic(file, Buffer.from('Kyiv’s text'))
    expect(statSync(file).mtime).toEqual(past)
    writeAtomic(file, 'Kyiv’s text!')
    expect(statSync(file).mtime).not.toEqual(past)
  })
})
