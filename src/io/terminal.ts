/**
 * What the command adds for a person at a terminal, and leaves out of logs
 * and pipes: colour in the report, and a progress line through a long batch.
 */
import {printable} from './printable.js'

/**
 * Colour: `--color` or `--no-color` if given; else FORCE_COLOR (set: on,
 * unless "0" or "false") before NO_COLOR (any non-empty value: off), the
 * order Node itself reads them in; else whether stdout is a terminal.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env.NO_COLOR) return false
  return stdoutIsTerminal
}

/** A batch this long shows its progress. */
export const PROGRESS_AFTER = 20

export interface Progress {
  /** Show that the draft at `index` (from 0) is being linted. */
  at(index: number, file: string): void
  /** Clear the line: before another line is written to the stream, and at the end. */
  clear(): void
}

/**
 * `\r[37/400] drafts/x.txt`, redrawn in place on stderr, cut to the
 * terminal's width: only for more than PROGRESS_AFTER drafts, on a terminal,
 * and never in CI (CI set), where a log would keep every redraw.
 */
export function progressLine(total: number, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Progress {
  if (total <= PROGRESS_AFTER || !stream.isTTY || env.CI) return {at() {}, clear() {}}
  let drawn = false
  return {
    at(index, file) {
      const line = printable(`[${index + 1}/${total}] ${file}`)
      stream.write(`\r${line.slice(0, Math.max(10, (stream.columns || 80) - 1))}\x1b[K`)
      drawn = true
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K')
      drawn = false
    }
  }
}
