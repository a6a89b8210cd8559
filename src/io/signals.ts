/**
 * SIGINT and SIGTERM stop a run between two drafts, never inside one, so no
 * temp file is left and each draft's outputs are all new or all as they
 * were. A draft is linted and its outputs written synchronously (temp files,
 * then renames), and a JavaScript signal listener runs only when the event
 * loop turns: the run turns it after each draft, and stops there, exiting
 * 128 + the signal's number (130, 143) as a shell does. A signal during a
 * draft waits until that draft is done.
 */
import {constants} from 'node:os'

const STOPPING: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']

export interface SignalGate {
  /** Lets a signal that came during the last draft be seen: the signal, if one came. */
  between(): Promise<NodeJS.Signals | undefined>
  /** The default handling again (for a run inside a longer process: the tests). */
  release(): void
}

export function holdSignals(): SignalGate {
  let caught: NodeJS.Signals | undefined
  const hold = (signal: NodeJS.Signals) => {
    caught ??= signal
  }
  for (const signal of STOPPING) process.on(signal, hold)
  return {
    async between() {
      // Through a poll phase, where a signal is read: an immediate queued in the check phase runs in the next loop's.
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve))
      return caught
    },
    release() {
      for (const signal of STOPPING) process.off(signal, hold)
    }
  }
}

/** The line on stderr for a run stopped by `signal`, and its exit code. */
export function stopped(signal: NodeJS.Signals, done: number, total: number): {line: string; code: number} {
  return {
    line: `article-lint: stopped by ${signal} after ${done} of ${total} ${total === 1 ? 'draft' : 'drafts'}; each draft's outputs are whole, new or as they were\n`,
    code: 128 + constants.signals[signal]
  }
}
