// Bundle the compiled CLI into one ES module: Node 20 spends ~300 ms resolving
// and loading hundreds of small ESM files; one file loads in about a third of that.
import {randomUUID} from 'node:crypto'
import {writeFileSync} from 'node:fs'
import {build} from 'esbuild'

await build({
  entryPoints: ['dist/src/cli.js'],
  outfile: 'dist/article-lint.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Bundled CommonJS packages call require(): give the ES module one.
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"}
})

// One id for this build, read by every copy of the code (bundle, compiled modules, tests): the cache keeps one build's entries.
writeFileSync('dist/build-id', `${randomUUID()}\n`)
