/**
 * Reading a file the run was given (a draft, a rules file): a regular file
 * only, and at most a limit of bytes, counted as they are read. A FIFO or
 * /dev/stdin as a pipe would wait for a writer or never end, /dev/zero never
 * ends, and what stat says of a file is not what reading it gives (a file
 * that grows, a file in /proc that says 0 bytes).
 */
import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs'

/** Not read: not a regular file, or over the limit (stopped as soon as the bytes read passed it). The message says why. */
export class FileRefused extends Error {
  override name = 'FileRefused'
}

const MB = 1024 * 1024
/** Rules files: the bundled ones are under 1 MB, a learned or imported names file a few MB. */
export const MAX_RULES_BYTES = 32 * MB
/** What other tools made and article-lint reads whole (a Wikidata query result, a shard's SARIF log): large, but not endless. */
export const MAX_DATA_BYTES = 256 * MB
/** The first read's buffer when the file says it is empty (procfs does). */
const FIRST_READ = 64 * 1024

/**
 * The file's bytes. Throws FileRefused for what is not a regular file and for
 * more than `limit` bytes (`noun` names what the file was to be: "a draft");
 * errors opening it (ENOENT, EACCES …) are thrown as they are.
 */
export function readRegularFile(file: string, limit: number, noun: string): Buffer {
  // O_NONBLOCK: opening a FIFO does not wait for a writer (it is refused just after, by its type).
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) throw new FileRefused(stats.isDirectory() ? 'is a directory' : `not a regular file (${kindOf(stats)})`)
    if (stats.size > limit) throw tooLarge(noun, `${(stats.size / MB).toFixed(1)} MB`, limit)
    const bytes = readAtMost(fd, limit + 1, stats.size)
    if (bytes.length > limit) throw tooLarge(noun, `more than ${sizeText(limit)} read`, limit)
    return bytes
  } finally {
    closeSync(fd)
  }
}

/** A stream's bytes (standard input, for `--stdin`), refused as soon as more than `limit` have come: a pipe can be endless. */
export async function readStreamAtMost(stream: AsyncIterable<Buffer | string>, limit: number, noun: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    length += bytes.length
    if (length > limit) throw tooLarge(noun, `more than ${sizeText(limit)} read`, limit)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, length)
}

function tooLarge(noun: string, size: string, limit: number): FileRefused {
  return new FileRefused(`too large for ${noun} (${size}; the limit is ${sizeText(limit)})`)
}

/** Up to `most` bytes, read in a loop that grows its buffer from the size the file gave. */
function readAtMost(fd: number, most: number, sizeHint: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(most, Math.max(sizeHint + 1, FIRST_READ)))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length === most) break
      const grown = Buffer.allocUnsafe(Math.min(most, length * 2))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null)
    if (read === 0) break
    length += read
  }
  return buffer.subarray(0, length)
}

function sizeText(bytes: number): string {
  return bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes} bytes`
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a pipe or FIFO'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'of an unknown type'
}

/** Why a file could not be read, as an error line says it: FileRefused's reason, or the system's error in words. */
export function unreadable(error: unknown): string {
  if (error instanceof FileRefused) return error.message
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ELOOP':
      return 'symbolic link loop'
    case 'ENXIO':
      return 'not a regular file (a socket)'
    default:
      return `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
  }
}
