/**
 * Read a draft as text, refusing what is not a regular file or too large
 * (src/io/read-file.ts) and what is not text: NUL bytes (binary), invalid
 * UTF-8, UTF-16. A UTF-8 byte-order mark is kept aside so the corrected draft
 * can carry it again.
 */
import {InputError} from './errors.js'
import {readRegularFile, readStreamAtMost, unreadable} from './read-file.js'

export interface Draft {
  path: string
  text: string
  bom: boolean
}

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** News drafts run to tens of kilobytes; far past this a file is not an article (and would take minutes). */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024

/** `shown` is the path as errors name it (relative to where the user stands). Only a regular file is read, and at most the limit. */
export function readDraft(path: string, shown = path): Draft {
  let bytes: Buffer
  try {
    bytes = readRegularFile(path, MAX_DRAFT_BYTES, 'a draft')
  } catch (error) {
    throw new InputError(shown, unreadable(error))
  }
  return {...decodeDraft(shown, bytes), path}
}

/** `--stdin`: the draft from a stream, within the same limit as a file; `path` (`--stdin-filename`) stands for it. */
export async function readDraftFrom(stream: AsyncIterable<Buffer | string>, path: string, shown = path): Promise<Draft> {
  let bytes: Buffer
  try {
    bytes = await readStreamAtMost(stream, MAX_DRAFT_BYTES, 'a draft')
  } catch (error) {
    throw new InputError(shown, unreadable(error))
  }
  return {...decodeDraft(shown, bytes), path}
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

/** The byte where the first invalid sequence starts: the first U+FFFD that the bytes did not spell. */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes)
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    const at = Buffer.byteLength(text.slice(0, index))
    if (!(buffer[at] === 0xef && buffer[at + 1] === 0xbf && buffer[at + 2] === 0xbd)) return at
  }
  return bytes.length
}
