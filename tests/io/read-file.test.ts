import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readRegularFile} from '../../src/io/read-file.js'
import {tempDir} from '../helpers.js'

describe('readRegularFile', () => {
  it('reads a file whole, past its first buffer, up to the limit exactly', () => {
    const file = path.join(tempDir(), 'draft.txt')
    const text = Buffer.from('Leaders met in Brussels. '.repeat(20_000))
    writeFileSync(file, text)
    expect(readRegularFile(file, text.length, 'a draft').equals(text)).toBe(true)
    expect(() => readRegularFile(file, text.length - 1, 'a draft')).toThrow(`too large for a draft (0.5 MB; the limit is ${text.length - 1} bytes)`)
  })

  it.runIf(process.platform === 'linux')('counts the bytes it reads, not the size the file states (procfs says 0)', () => {
    expect(() => readRegularFile('/proc/self/status', 100, 'a draft')).toThrow('too large for a draft (more than 100 bytes read; the limit is 100 bytes)')
  })

  it('refuses a folder and a device by their type, and passes on errors opening a file', () => {
    expect(() => readRegularFile(tempDir(), 100, 'a draft')).toThrow('is a directory')
    expect(() => readRegularFile('/dev/null', 100, 'a draft')).toThrow('not a regular file (a device)')
    expect(() => readRegularFile(path.join(tempDir(), 'missing.txt'), 100, 'a draft')).toThrow(expect.objectContaining({code: 'ENOENT'}))
  })
})
