import {chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeAtomic, writeAtomicSet} from '../../src/io/write-atomic.js'
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

  it('gives the new file the mode it is asked for, whatever the umask (a draft written by --fix keeps its own)', () => {
    const file = path.join(tempDir(), 'draft.txt')
    writeFileSync(file, 'old text')
    chmodSync(file, 0o600)
    const umask = process.umask(0o077)
    try {
      writeAtomic(file, 'new text', 0o664)
    } finally {
      process.umask(umask)
    }
    expect(statSync(file).mode & 0o7777).toBe(0o664)
    writeAtomic(file, 'newer text')
    expect(statSync(file).mode & 0o7777).toBe(0o666 & ~umask)
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

  it('writes a set whole or not at all: when one cannot be written, the others are left as they were and no temp file stays', () => {
    const folder = tempDir()
    const [a, b] = [path.join(folder, 'a.fixed.txt'), path.join(folder, 'a.diff')]
    writeFileSync(a, 'old draft')
    // The second file's temp cannot be made: a folder on its way is missing.
    expect(() => writeAtomicSet([[a, 'new draft'], [path.join(folder, 'missing', 'a.report.md'), 'report'], [b, 'diff']])).toThrow(expect.objectContaining({code: 'ENOENT'}))
    expect(readFileSync(a, 'utf8')).toBe('old draft')
    expect(readdirSync(folder)).toEqual(['a.fixed.txt'])
    writeAtomicSet([[a, 'new draft'], [b, 'diff']])
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['new draft', 'diff'])
    expect(readdirSync(folder).sort()).toEqual(['a.diff', 'a.fixed.txt'])
  })

  it('replaces a link at the target, never what it points at, and never reads through it', () => {
    const folder = tempDir()
    mkdirSync(path.join(folder, 'elsewhere'))
    writeFileSync(path.join(folder, 'elsewhere', 'keep.txt'), 'not ours')
    symlinkSync(path.join(folder, 'elsewhere', 'keep.txt'), path.join(folder, 'out.txt'))
    symlinkSync('/dev/zero', path.join(folder, 'zero.txt'))
    writeAtomic(path.join(folder, 'out.txt'), 'not ours')
    writeAtomic(path.join(folder, 'zero.txt'), 'text')
    expect(readFileSync(path.join(folder, 'elsewhere', 'keep.txt'), 'utf8')).toBe('not ours')
    expect(statSync(path.join(folder, 'out.txt')).isFile()).toBe(true)
    expect(readFileSync(path.join(folder, 'zero.txt'), 'utf8')).toBe('text')
  })
})
