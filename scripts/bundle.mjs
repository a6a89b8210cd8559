// Bundle the compiled CLI into one file: Node 20 spends ~300 ms resolving and
// loading hundreds of small ESM files; one file loads in about a third of that.
// The CLI is a CommonJS bundle, so the launcher (dist/article-lint.mjs) can run
// it through V8's code cache (node:vm takes scripts, not ES modules). The API
// (`import … from 'article-lint'`) is an ES module bundle of its own, with its
// types as one declaration file: only these ship, not dist/src/.
import {execFileSync} from 'node:child_process'
import {randomUUID} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {build} from 'esbuild'

// ES2023 (what tsc targets, and Node 20 runs), not 'node20': for a node target esbuild rewrites each regex
// literal with a \p{…} class into `new RegExp(…)`, made again on every call (a third of the checks' time).
const common = {bundle: true, platform: 'node', target: 'es2023', logLevel: 'warning'}

// zod re-exports every language's error messages as one namespace, which a bundler cannot leave out: 392 KB
// of the bundle. article-lint's errors are in English, so the namespace is English alone.
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({filter: /\/locales\/index\.js$/}, (args) => (args.importer.includes(`${path.sep}zod${path.sep}`) ? {path: 'zod-locales', namespace: 'english-only-zod'} : undefined))
    build.onLoad({filter: /.*/, namespace: 'english-only-zod'}, () => ({contents: `export {default as en} from ${JSON.stringify(zodEnglish)}`, resolveDir: process.cwd()}))
  }
}
const zodEnglish = createRequire(import.meta.url).resolve('zod/v4/locales/en.js').replace(/\.cjs$/, '.js')
await build({
  ...common,
  entryPoints: ['dist/src/cli.js'],
  outfile: 'dist/article-lint.cjs',
  format: 'cjs',
  plugins: [englishOnlyZod],
  // The launcher passes the bundle's own URL in.
  define: {'import.meta.url': '__importMetaUrl'}
})
asciiOnly('dist/article-lint.cjs')
await build({...common, entryPoints: ['dist/src/launch.js'], outfile: 'dist/article-lint.mjs', format: 'esm'})
await build({
  ...common,
  entryPoints: ['dist/src/api.js'],
  outfile: 'dist/api.js',
  format: 'esm',
  plugins: [englishOnlyZod],
  // Bundled CommonJS packages call require() for Node's modules, which an ES module lacks.
  banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"}
})
// dts-bundle-generator: tsc's declarations of the API's modules as one file, with the project's own TypeScript
// and no config (api-extractor wants a config file and brings a TypeScript of its own). From the .d.ts files tsc
// wrote it takes half the time it takes from the sources. Only the API's own exports are exported; the types of
// unified, vfile, nlcst and zod stay imports of those packages. Checked by compiling a user's file against it
// (tests/package/), not here.
const generator = createRequire(import.meta.url).resolve('dts-bundle-generator/dist/bin/dts-bundle-generator.js')
execFileSync(process.execPath, [generator, '--silent', '--no-banner', '--no-check', '--export-referenced-types=false', '--out-file', 'dist/api.d.ts', 'dist/src/api.d.ts'], {stdio: 'inherit'})

// One id for this build, read by every copy of the code (bundle, compiled modules, tests): the cache keeps one build's entries.
writeFileSync('dist/build-id', `${randomUUID()}\n`)

/**
 * The launcher reads the bundle as Latin-1, which for ASCII is a third of the time UTF-8 takes (a file with any
 * other character becomes a two-byte string). esbuild escapes strings, but leaves regular expression literals and
 * comments as written: each character beyond ASCII becomes \\uXXXX there, which means the same character in a
 * regex (in a class or not, with the u flag or not, a surrogate pair as one code point under u), in a string and in
 * a comment. In a String.raw template it would stay an escape: the one such template (quotes.ts) builds a RegExp,
 * which reads it alike.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`))
}
