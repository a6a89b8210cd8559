#!/usr/bin/env node
/**
 * The `article-lint` command. It runs the bundled CLI (dist/article-lint.cjs)
 * from V8's code cache: compiling the 1.6 MB bundle, and then each function
 * on its first call, is a large part of a short run. The cache is made after
 * a run, so it holds every function that run compiled; V8 rejects it when the
 * bundle or Node changes, and the next run makes it again.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {Script} from 'node:vm'
import {isMainThread} from 'node:worker_threads'
import {cacheEntry} from './cache.js'

// A run is short, and TurboFan's inlining makes each of its hundreds of
// compile jobs large: without it, linting the seed ×100 or 67 articles in one
// run takes less CPU and ends sooner; one short article may take a few per
// cent longer (docs/performance.md). Set before the bundle runs, so every
// function it compiles is compiled so (Node's docs do not promise that a flag
// set this late takes effect: on Node 20, --trace-turbo-inlining shows that
// it does).
setFlagsFromString('--no-turbo-inlining')
// Nor does a short run gain from marking the heap in steps between its work:
// the steps' write barriers slowed parse-latin's tree building twofold in a
// profile. Marking at once took the seed ×100 0.89× and 400 articles 0.93×
// the CPU, with 400 articles' peak memory 198 against 275 MB; the seed alone
// the same (docs/performance.md).
setFlagsFromString('--no-incremental-marking')

const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), 'article-lint.cjs')
// CommonJS's parameters, plus the bundle's stand-in for `import.meta.url` (see scripts/bundle.mjs).
// ASCII (scripts/bundle.mjs makes it so): read as Latin-1, a one-byte string, three times faster than as UTF-8.
const wrapper = `(function (exports, require, module, __filename, __dirname, __importMetaUrl) {${readFileSync(bundle, 'latin1')}\n})`
const codeCache = cacheEntry(`code-cache-${process.version}-${process.arch}.bin`)
const cachedData = codeCache.read()
const script = new Script(wrapper, {filename: bundle, cachedData})
const module = {exports: {} as {main: (argv: readonly string[]) => Promise<number>; serveLints: () => void}}
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), pathToFileURL(bundle).href)
// A worker thread of `--jobs` (src/batch/pool.ts) runs this launcher too, for the same bundle from the same code cache.
if (!isMainThread) module.exports.serveLints()
else {
  process.exitCode = await module.exports.main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`article-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  })
  if (cachedData === undefined || script.cachedDataRejected) codeCache.write(script.createCachedData())
  // ARTICLE_LINT_DEBUG=1 says what became of the code cache: a slow start is often one V8 rejected.
  if (process.env.ARTICLE_LINT_DEBUG) process.stderr.write(`article-lint: code cache ${cachedData === undefined ? 'made' : script.cachedDataRejected ? 'rejected, made again' : 'used'}\n`)
}
