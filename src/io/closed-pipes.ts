/**
 * A reader that stops early (`article-lint --format json draft.txt | head -c
 * 100`) closes the pipe, and the next write to it fails with EPIPE. That is
 * no failure of the run: it ends as it would have, with its usual exit code
 * and no stack trace. Other stream errors stay errors.
 */
const CLOSED = new Set(['EPIPE', 'ERR_STREAM_DESTROYED'])

let installed = false

export function endQuietlyOnClosedPipes(): void {
  if (installed) return
  installed = true
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (!CLOSED.has(error.code ?? '')) throw error
    })
  }
}
