/**
 * Write files atomically: each to a temp file beside it, then renamed over
 * it. A set of files (a draft's corrected draft, diff and report) is written
 * whole before any is renamed, so a failed write leaves them all as they
 * were. A file that already holds the data is left alone (and keeps its
 * time): replacing a file by rename makes ext4 flush the new one to disk
 * first, which took 15 ms for a draft's three outputs in a profile here.
 */
import {randomBytes} from 'node:crypto'
import {chmodSync, lstatSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'

export type Contents = string | Uint8Array

/** `mode`: the new file's permissions (a draft written by `--fix` keeps its own); by default the umask's. */
export function writeAtomic(file: string, data: Contents, mode?: number): void {
  writeAtomicSet([[file, data]], mode)
}

/**
 * Write every file, or (when a write fails) none: the temp files are all
 * written first, then renamed; a failure removes the temps and throws. The
 * renames are within a folder and over regular files (outputs.ts checks the
 * targets first), where one does not fail while the others succeed.
 */
export function writeAtomicSet(files: ReadonlyArray<readonly [string, Contents]>, mode?: number): void {
  // Temps written (or being written), not yet renamed: what a failure removes.
  const pending: Array<[temp: string, file: string]> = []
  try {
    for (const [file, data] of files) {
      if (holds(file, data)) continue
      const temp = `${file}.tmp-${process.pid}-${TEMP_PREFIX}${(temps++).toString(36)}`
      pending.push([temp, file])
      writeFileSync(temp, data, {flag: 'wx'})
      // Set after the write: the umask applies to a mode given when the file is made.
      if (mode !== undefined) chmodSync(temp, mode)
    }
    pauseForTests()
    while (pending.length > 0) {
      const [temp, file] = pending[0]!
      renameSync(temp, file)
      pending.shift()
    }
  } catch (error) {
    for (const [temp] of pending) rmSync(temp, {force: true})
    throw error
  }
}

/**
 * Temp names: the process, a random part drawn once per thread (worker
 * threads share the pid) and a count, not random bytes drawn for each file
 * (2 % of a cached rerun of 400 drafts, which writes 1,600). Made with
 * `wx`, a name taken fails rather than overwrites.
 */
const TEMP_PREFIX = randomBytes(4).toString('hex')
let temps = 0

/** Whether `file` is a regular file (not a link, a FIFO or a device, which reading could follow or hang on) holding `data`. */
function holds(file: string, data: Contents): boolean {
  let size
  try {
    const stats = lstatSync(file)
    if (!stats.isFile()) return false
    size = stats.size
  } catch {
    return false
  }
  if (size !== (typeof data === 'string' ? Buffer.byteLength(data) : data.length)) return false
  const current = readFileSync(file)
  return typeof data === 'string' ? current.toString('utf8') === data : current.equals(data)
}

/** Tests only: a pause between writing a set's temp files and renaming them, for a test to send a signal then. */
const PAUSE_MS = Number(process.env.ARTICLE_LINT_TEST_WRITE_PAUSE_MS) || 0

function pauseForTests(): void {
  if (PAUSE_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_MS)
}
