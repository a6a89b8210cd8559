/**
 * A test run's own temp folder: made the TMPDIR of the test workers and of
 * every CLI they start, so that whatever a test leaves behind is this run's
 * and is found. The teardown it returns fails the run (exit 1) when anything
 * was left there, naming it, and removes the folder either way.
 */
import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

export function tempRoot(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'article-lint-tests-'))
  const before = process.env.TMPDIR
  // os.tmpdir() reads TMPDIR on each call; the workers, which start after global setup, inherit it.
  process.env.TMPDIR = root
  return () => {
    const left = readdirSync(root).sort()
    rmSync(root, {recursive: true, force: true, maxRetries: 3})
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    // vitest reports an error thrown in a teardown but still exits 0: set the exit code instead.
    if (left.length > 0) {
      process.stderr.write(`The tests left ${left.length} temp ${left.length === 1 ? 'folder or file' : 'folders or files'} behind: ${left.join(', ')}\n`)
      process.exitCode = 1
    }
  }
}
