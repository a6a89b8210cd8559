/**
 * Read a draft as text, refusing what is not text: NUL bytes (binary),
 * invalid UTF-8, UTF-16. A UTF-8 byte-order mark is kept aside so the
 * corrected draft can carry it again.
 */
import {readFileSync} from 'node:fs'
import {InputError} from './errors.js'

export interface Draft {
  path: string
  text: string
  bom: boolean
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export function readDraft(path: string): Draft {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new InputError(path, describe(error as NodeJS.ErrnoException))
  }
  return decodeDraft(path, bytes)
}

export function decodeDraft(path: string, bytes: Uint8Array): Draft {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(path, 'UTF-16 text is not supported; save the draft as UTF-8')
  }
  if (bytes.includes(0)) throw new InputError(path, 'binary file (contains NUL bytes), not a text draft')
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte)
  let text: string
  try {
    text = decoder.decode(bom ? bytes.subarray(3) : bytes)
  } catch {
    throw new InputError(path, `invalid UTF-8 at byte ${firstInvalidByte(bytes)}; save the draft as UTF-8`)
  }
  if (text.trim() === '') throw new InputError(path, text === '' ? 'empty file' : 'file has only whitespace')
  return {path, text, bom}
}

/** Binary search: a prefix decodes (streaming) exactly when it ends before the first bad byte. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (end: number) => {
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, end), {stream: true})
      return true
    } catch {
      return false
    }
  }
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (decodes(middle)) low = middle
    else high = middle - 1
  }
  return low
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return `cannot read (${error.code ?? error.message})`
  }
}
