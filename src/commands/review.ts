/**
 * `article-lint review FILE`: lint one draft as the command does, then serve
 * a page on 127.0.0.1 where an editor takes or leaves each fix, picks among
 * candidates, types replacements, ticks off names, and saves the draft with
 * exactly those changes (src/review/). Runs until the page is closed, it is
 * left idle, or Ctrl-C.
 */
import {spawn} from 'node:child_process'
import {realpathSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {configsFor} from '../batch/lint-batch.js'
import {linterFor} from '../batch/linters.js'
import {loadFormats} from '../formats/index.js'
import {EXIT, InputError, UsageError} from '../io/errors.js'
import {expandInputs} from '../io/expand.js'
import {printable} from '../io/printable.js'
import {readDraft} from '../io/read-draft.js'
import {acceptedNamesFile} from '../review/accepted-names.js'
import {reviewModel} from '../review/model.js'
import {startReviewServer, type ReviewServer} from '../review/server.js'
import {lintDraft, type FileResult} from '../run.js'

export const REVIEW_USAGE = `Usage: article-lint review FILE [--no-open] [--idle MINUTES] [--config FILE]

Lint one draft and open a page to review its fixes one by one: take or leave
each fix, pick among candidates, type a replacement, mark a name as checked,
then Save the draft with exactly the changes chosen. The page is served on
127.0.0.1 only, at an address with a random token; the server stops when the
page is closed, or after MINUTES with nothing from it.

Options:
  --no-open        print the page's address without opening a browser
  --idle MINUTES   stop after this long without a request from the page (default: 30)
  --config FILE    the rules config (default: the draft's nearest, as the command finds it)
  --help           show this help`

export async function review(argv: readonly string[], cwd: string): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      // --no-open declared itself: parseArgs's allowNegative needs Node 20.16 (engines says 20).
      options: {'no-open': {type: 'boolean', default: false}, idle: {type: 'string', default: '30'}, config: {type: 'string'}, help: {type: 'boolean', default: false}}
    })
  } catch (error) {
    throw new UsageError(`review: ${(error as Error).message.split('\n')[0]}`)
  }
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(`${REVIEW_USAGE}\n`)
    return EXIT.clean
  }
  if (positionals.length !== 1) throw new UsageError('review: name one draft to review (article-lint review --help)')
  const idle = Number(values.idle)
  if (!/^\d+(\.\d+)?$/u.test(values.idle) || idle <= 0) throw new UsageError(`review: --idle must be a number of minutes above 0 (got "${values.idle}")`)
  const {result, server} = await startReview(positionals[0]!, cwd, {config: values.config, idleMs: idle * 60_000})
  process.stdout.write(`Reviewing ${printable(result.path)}: ${result.messages.length} findings, ${result.fixed.size} fixed in the corrected draft.\nOpen ${server.url}\n(The server stops when the page is closed, after ${values.idle} min with nothing from it, or on Ctrl-C.)\n`)
  if (!values['no-open']) openBrowser(server.url)
  const stop = () => server.stop()
  process.once('SIGINT', stop).once('SIGTERM', stop)
  const why = await server.stopped
  process.off('SIGINT', stop).off('SIGTERM', stop)
  process.stdout.write(`Review server stopped: ${why === 'closed' ? 'the page was closed' : why === 'idle' ? `nothing from the page for ${values.idle} min` : 'interrupted'}.\n`)
  return EXIT.clean
}

/**
 * Lint the draft as the command does (its config, the nearest up from its
 * folder unless one is given; every fix applied) and serve its review page. `given`: the
 * draft's path as typed.
 */
export async function startReview(given: string, cwd: string, options: {config?: string; idleMs: number; closeGraceMs?: number}): Promise<{result: FileResult; server: ReviewServer}> {
  const files = expandInputs([given], cwd)
  if (files.length !== 1 || files[0] !== path.resolve(cwd, given)) throw new InputError(given, 'a folder or a glob: name one draft to review')
  const file = files[0]!
  const shown = path.relative(cwd, file).split(path.sep).join('/')
  const config = configsFor(cwd, options.config)(file)
  await loadFormats([file])
  const result = lintDraft(linterFor(config).linter, readDraft(file, shown), shown, {fix: true})
  const accepted = acceptedNamesFile(config)
  const server = await startReviewServer({
    model: reviewModel(result),
    // Saved where the file is: a link inside the working directory (expandInputs refuses others) stays a link.
    draftFile: realpathSync(file),
    ...(accepted && {acceptedNames: {file: accepted, shown: path.relative(cwd, accepted).split(path.sep).join('/')}}),
    idleMs: options.idleMs,
    ...(options.closeGraceMs !== undefined && {closeGraceMs: options.closeGraceMs})
  })
  return {result, server}
}

/** The system's way to open an address; no browser (a server, CI) is not an error: the address is printed. */
function openBrowser(url: string): void {
  const [command, ...args] = process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : ['xdg-open', url]
  try {
    const child = spawn(command!, args, {stdio: 'ignore', detached: true})
    child.on('error', () => {})
    child.unref()
  } catch {
    // Nothing to open it with.
  }
}
