/**
 * npm run bench: whole-process wall times and peak memory (medians of several runs) of
 * lint-article beside a bare retext-english parse of the same text, run
 * alternately in the same session so the ratios hold on a noisy machine;
 * the same for Markdown and HTML; whole-process CPU time on every shape of
 * text that was ever superlinear (bench/shapes.ts) at 100, 200 and 300 KB;
 * each check alone on 1 MB without a sentence break; then gazetteer load and
 * per-article time with a synthetic 100,000-person gazetteer against the
 * bundled one, and the bundled gazetteer (all beats) against its politics
 * file alone.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {stringify} from 'yaml'
import {shapes} from './shapes.js'

// A cache folder of its own, empty: the first load of a rules file is measured as a user's first run meets it.
process.env.ARTICLE_LINT_CACHE = mkdtempSync(path.join(tmpdir(), 'article-lint-bench-cache-'))
const {checks} = await import('../src/checks/index.js')
const {loadConfig} = await import('../src/config/config.js')
const {packageRoot} = await import('../src/package-root.js')
const {createLinter} = await import('../src/pipeline.js')

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const node = process.execPath
const cli = path.join(packageRoot, 'dist', 'article-lint.mjs')
const bare = path.join(packageRoot, 'dist', 'bench', 'bare-parse.js')
const work = mkdtempSync(path.join(tmpdir(), 'article-lint-bench-'))
// The bench's folders go when it ends, as a test's do.
process.on('exit', () => {
  for (const folder of [work, process.env.ARTICLE_LINT_CACHE!]) rmSync(folder, {recursive: true, force: true})
})
// Stopped by Ctrl-C or a kill, the bench still removes its folders: exiting runs the handler above.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Loaded before the measured script: prints the process's peak resident memory and its CPU time (user and system, µs) as it exits. */
const PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nmaxrss='+u.maxRSS+' cpu='+(u.userCPUTime+u.systemCPUTime))})`

interface Run {
  ms: number
  /** Peak resident set size, MB. */
  mb: number
  /** CPU time, user and system, ms. */
  cpu: number
}

function time(args: string[]): Run {
  const start = process.hrtime.bigint()
  const result = spawnSync(node, ['--import', PROBE, ...args], {cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  const [, kb = Number.NaN, us = Number.NaN] = /maxrss=(\d+) cpu=(\d+)$/.exec(result.stderr) ?? []
  return {ms, mb: Number(kb) / 1024, cpu: Number(us) / 1000}
}

/** A and B alternately, `runs` times each (the arguments made afresh for each run), after one unmeasured pair. */
function pairs(a: () => string[], b: () => string[], runs = RUNS): Array<{a: Run; b: Run}> {
  time(a()), time(b()) // warm the file cache and article-lint's rules cache
  return Array.from({length: runs}, () => ({a: time(a()), b: time(b())}))
}

/** A and B alternately, RUNS times each: median times (ms) and peak memory (MB). */
function pair(a: () => string[], b: () => string[]): {a: Run; b: Run} {
  const runs = pairs(a, b)
  const medians = (side: Run[]) => ({ms: median(side.map((run) => run.ms)), mb: median(side.map((run) => run.mb)), cpu: median(side.map((run) => run.cpu))})
  return {a: medians(runs.map((run) => run.a)), b: medians(runs.map((run) => run.b))}
}

const seed = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')
const seedFile = path.join(work, 'seed.txt')
const bigFile = path.join(work, 'seed-x100.txt')
copyFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), seedFile)
writeFileSync(bigFile, Array.from({length: 100}, () => seed).join('\n\n'))

/**
 * `npm run bench -- gazetteer` runs only that part; no argument runs them all
 * (process, formats, scale, checks, per-check, gazetteer, spelling, batch). Other
 * words pick the scale shapes whose names hold them: `npm run bench -- scale quotes`.
 */
const PARTS = ['process', 'formats', 'scale', 'checks', 'per-check', 'gazetteer', 'spelling', 'batch']
const parts = process.argv.slice(2).filter((argument) => PARTS.includes(argument))
const shapeWords = process.argv.slice(2).filter((argument) => !PARTS.includes(argument))
const run = (part: string) => parts.length === 0 || parts.includes(part)

if (run('process')) {
  console.log(`whole-process wall time and peak memory, median of ${RUNS} runs each\n`)
  for (const [label, file] of [
    ['seed draft', seedFile],
    ['seed ×100', bigFile]
  ] as const) {
    const size = readFileSync(file).length
    // A new output folder each run: every output is written, none is left as an earlier run wrote it.
    const {a: lint, b: parse} = pair(() => [cli, '--out', mkdtempSync(path.join(work, 'out-')), file], () => [bare, file])
    console.log(`${label} (${(size / 1024).toFixed(0)} KB): lint-article ${lint.ms.toFixed(0)} · bare parse ${parse.ms.toFixed(0)} · ratio ${(lint.ms / parse.ms).toFixed(2)}× · throughput ${((100 * parse.ms) / lint.ms).toFixed(0)} % of bare parse`)
    console.log(`  CPU: lint-article ${lint.cpu.toFixed(0)} · bare parse ${parse.cpu.toFixed(0)} · ratio ${(lint.cpu / parse.cpu).toFixed(2)}×`)
    console.log(`  peak memory: lint-article ${lint.mb.toFixed(0)} MB · bare parse ${parse.mb.toFixed(0)} MB · ratio ${(lint.mb / parse.mb).toFixed(2)}×`)
  }
}

// The seed as Markdown and as HTML beside the seed as plain text (target: within 1.3×), and 100 times over.
if (run('formats')) {
  console.log(`\nformats: whole-process wall time, median of ${RUNS} runs each, against the seed as plain text`)
  const fixture = (extension: string) => readFileSync(path.join(packageRoot, 'tests', 'fixtures', 'formats', `biden-nato-summit${extension}`), 'utf8')
  const markdown = fixture('.md')
  const body = markdown.slice(markdown.indexOf('\n---\n') + 5)
  const drafts: Array<[string, string, string]> = [
    ['Markdown', path.join(work, 'seed.md'), markdown],
    ['HTML', path.join(work, 'seed.html'), fixture('.html')],
    ['Markdown ×100', path.join(work, 'seed-x100.md'), markdown + body.repeat(99)]
  ]
  for (const [label, file, text] of drafts) {
    writeFileSync(file, text)
    const against = label.endsWith('×100') ? bigFile : seedFile
    const {a: lint, b: plain} = pair(() => [cli, '--out', mkdtempSync(path.join(work, 'out-')), file], () => [cli, '--out', mkdtempSync(path.join(work, 'out-')), against])
    console.log(`${label} (${(text.length / 1024).toFixed(0)} KB): ${lint.ms.toFixed(0)} ms · as plain text ${plain.ms.toFixed(0)} ms · ratio ${(lint.ms / plain.ms).toFixed(2)}×`)
  }
}

// Gazetteer scale: a synthetic 100,000-person file beside the bundled one.
const syllables = ['ka', 'lo', 'mi', 'ren', 'dus', 'vor', 'tan', 'bel', 'zi', 'mar', 'pol', 'sen', 'gru', 'hel', 'ost', 'yar']
const word = (n: number, parts: number) => Array.from({length: parts}, (_, i) => syllables[Math.floor(n / syllables.length ** i) % syllables.length]).join('')
const people = Array.from({length: 100_000}, (_, n) => ({
  name: `${capital(word(n % 256, 2))} ${capital(word(n, 5))}`,
  country: 'Poland',
  roles: [{role: 'Mayor', from: 2020}]
}))
function capital(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1)
}

/** A rules folder: the bundled rules plus a synthetic 100,000-person names.local.yml. */
function syntheticGazetteer(): string {
  const rules = path.join(work, 'rules')
  spawnSync('cp', ['-r', path.join(packageRoot, 'rules'), rules])
  writeFileSync(path.join(rules, 'names.local.yml'), stringify({people}))
  return rules
}

/** Time to create a linter (load, validate and index the rules). */
/** Time to create a linter, and the heap it keeps (after a full collection; npm run bench passes --expose-gc). */
function load(config: string): {ms: number; mb: number; linter: ReturnType<typeof createLinter>} {
  const collect = (globalThis as {gc?: () => void}).gc ?? (() => {})
  collect()
  const heap = process.memoryUsage().heapUsed
  const start = performance.now()
  const linter = createLinter(loadConfig(config, checks))
  const ms = performance.now() - start
  collect()
  return {ms, mb: (process.memoryUsage().heapUsed - heap) / 1024 / 1024, linter}
}

/** The median of several loads (the first fills the cache). */
function loads(config: string): ReturnType<typeof load> {
  const all = Array.from({length: 3}, () => load(config)).sort((a, b) => a.ms - b.ms)
  return all[1]!
}

/** Median lint time of the seed with each linter, the two run in turn so the comparison holds on a noisy machine. */
function lintTimes(a: ReturnType<typeof createLinter>, b: ReturnType<typeof createLinter>): {a: number; b: number} {
  const as: number[] = []
  const bs: number[] = []
  a.lint(seed), b.lint(seed) // warm the JIT for both
  for (let run = 0; run < 3 * RUNS; run++) {
    let t = performance.now()
    a.lint(seed)
    as.push(performance.now() - t)
    t = performance.now()
    b.lint(seed)
    bs.push(performance.now() - t)
  }
  return {a: median(as), b: median(bs)}
}

// Every shape that was ever superlinear (bench/shapes.ts), at 100, 200 and 300 KB: whole-process CPU time of
// article-lint (lint, fixes, outputs) over a bare parse of the same text, pair by pair.
if (run('scale')) {
  const sizes = [100, 200, 300]
  const runs = Number(process.env.BENCH_RUNS ?? 5)
  const chosen = shapes.filter((shape) => shapeWords.every((word) => shape.name.includes(word)))
  console.log(`\nscale: whole-process CPU time, article-lint over a bare parse of the same text; ratios of ${runs} pairs run in turn (min · median · max), then the median CPU times`)
  const ratio = (value: number) => `${value.toFixed(2)}×`
  for (const shape of chosen) {
    const cells = sizes.map((kb) => {
      const file = path.join(work, `scale-${shape.name.replace(/\W+/gu, '-')}-${kb}.${shape.extension ?? 'txt'}`)
      writeFileSync(file, shape.text(kb * 1024))
      const measured = pairs(() => [cli, '--out', mkdtempSync(path.join(work, 'out-')), file], () => [bare, file], runs)
      const ratios = measured.map(({a, b}) => a.cpu / b.cpu).sort((x, y) => x - y)
      const cpu = (side: 'a' | 'b') => median(measured.map((pair) => pair[side].cpu)) / 1000
      return `${kb} KB ${ratio(ratios[0]!)} · ${ratio(median(ratios))} · ${ratio(ratios.at(-1)!)} (${cpu('a').toFixed(2)} s / ${cpu('b').toFixed(2)} s)`
    })
    console.log(`${shape.name}: ${cells.join(' | ')}`)
  }
}

// No check may be quadratic in the text: 1 MB without a sentence break, each check alone beside the bare parse;
// and the parse of 1 MB of lines that end in an abbreviation (parse-english merges each with the next: slow in the parser itself).
if (run('checks')) {
  const line = 'the delegates discussed the plan and the budget with care '.repeat(18_000)
  const config = loadConfig(path.join(packageRoot, 'rules', 'config.yml'), checks)
  const timeLint = (subset: typeof checks, text = line) => {
    const linter = createLinter(config, subset)
    const start = performance.now()
    linter.lint(text)
    return performance.now() - start
  }
  const parse = timeLint([])
  console.log(`\n1 MB without a sentence break: parse ${parse.toFixed(0)} ms; each check alone, parse included:`)
  console.log(checks.map((check) => `${check.name} ${timeLint([check]).toFixed(0)}`).join(' · '))
  const abbreviations = Array.from({length: 40_000}, (_, index) => `Company ${index} is Acme Inc.`).join('\n')
  console.log(`1 MB of lines ending in "Inc.": parse ${timeLint([], abbreviations).toFixed(0)} ms`)
}

// Each check's share of linting, in process once the code is warm: the seed with its fix passes, and 40 articles.
// Readability runs retext-readability on the sentences that could reach the threshold (issue 19): its cost is here.
if (run('per-check')) {
  const spent = new Map<string, number>()
  const timed = checks.map((check) => ({
    ...check,
    plugin(this: unknown, ...args: unknown[]) {
      const transformer = (check.plugin as (...args: unknown[]) => (...args: unknown[]) => unknown).apply(this, args)
      return function (this: unknown, ...args: unknown[]) {
        const start = performance.now()
        const result = transformer.apply(this, args)
        spent.set(check.name, (spent.get(check.name) ?? 0) + performance.now() - start)
        return result
      }
    }
  })) as unknown as typeof checks
  const {lintDraft} = await import('../src/run.js')
  const linter = createLinter(loadConfig(path.join(packageRoot, 'rules', 'config.yml'), timed), timed)
  const articles = batchArticles(40).map(([name, text]) => ({path: name, text, bom: false}))
  for (const [label, drafts, rounds] of [
    ['the seed draft', [{path: 'seed.txt', text: seed, bom: false}], 3 * RUNS],
    ['40 articles', articles, RUNS]
  ] as const) {
    for (const draft of drafts) lintDraft(linter, draft, draft.path, {fix: true}) // warm
    spent.clear()
    const start = performance.now()
    for (let round = 0; round < rounds; round++) for (const draft of drafts) lintDraft(linter, draft, draft.path, {fix: true})
    const total = (performance.now() - start) / rounds
    const shares = [...spent].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${(ms / rounds).toFixed(1)}`)
    console.log(`\nper check, ${label}: ${total.toFixed(1)} ms a round (lint and fix passes; mean of ${rounds}); ms a round: ${shares.join(' · ')}`)
  }
}

if (run('gazetteer')) {
  const rules = syntheticGazetteer()
  const bundled = loads(path.join(packageRoot, 'rules', 'config.yml'))
  const cold = load(path.join(rules, 'config.yml'))
  const warm = loads(path.join(rules, 'config.yml'))
  const times = lintTimes(bundled.linter, warm.linter)
  console.log(`\ngazetteer: bundled ${bundled.ms.toFixed(0)} ms to load · +100,000 people: ${cold.ms.toFixed(0)} ms first load (YAML parse, validation and index, then cached), ${warm.ms.toFixed(0)} ms from the cache (median of 3), keeping ${warm.mb.toFixed(0)} MB of heap (bundled: ${bundled.mb.toFixed(0)} MB)`)
  console.log(`lint of the seed draft (in process, median of ${3 * RUNS}, run in turn): bundled ${times.a.toFixed(1)} ms · with +100,000 people ${times.b.toFixed(1)} ms (${((100 * (times.b - times.a)) / times.a).toFixed(0)} %)`)

  // The gazetteer grown for every beat (issue 16) beside its politics file alone, the gazetteer as it was before.
  const politics = politicsOnly()
  const before = loads(politics)
  const grown = lintTimes(before.linter, bundled.linter)
  const {a: wholeBefore, b: wholeGrown} = pair(() => [cli, '--config', politics, '--out', mkdtempSync(path.join(work, 'out-')), seedFile], () => [cli, '--out', mkdtempSync(path.join(work, 'out-')), seedFile])
  console.log(`\nbundled gazetteer, all beats (${bundled.ms.toFixed(0)} ms from the cache) against politics alone (${before.ms.toFixed(0)} ms):`)
  console.log(`  lint of the seed draft, in process: ${grown.b.toFixed(1)} ms against ${grown.a.toFixed(1)} ms (${((100 * (grown.b - grown.a)) / grown.a).toFixed(0)} %)`)
  console.log(`  whole process: ${wholeGrown.ms.toFixed(0)} ms against ${wholeBefore.ms.toFixed(0)} ms (${((100 * (wholeGrown.ms - wholeBefore.ms)) / wholeBefore.ms).toFixed(0)} %), peak memory ${wholeGrown.mb.toFixed(0)} MB against ${wholeBefore.mb.toFixed(0)} MB`)
}

/** A rules folder whose config reads the politics gazetteer alone. */
function politicsOnly(): string {
  const rules = path.join(work, 'rules-politics')
  spawnSync('cp', ['-r', path.join(packageRoot, 'rules'), rules])
  const config = path.join(rules, 'config.yml')
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^  gazetteer: .*$/mu, '  gazetteer: [names/politics.yml]'))
  return config
}

// Spelling's two-edit index (issue 18): the seed with one unknown word that no dictionary word is one edit from,
// against the seed as it is (target: at most 1.10×, whole process). The index is read from the cache, not built.
if (run('spelling')) {
  console.log(`\nspelling: the seed with one unknown word that needs the two-edit index, against the seed; whole-process CPU, ${RUNS} pairs`)
  // "cryptocurrencies" until rules/spelling.yml accepted it: "cryptoexchanges" is as long and as far from any word.
  for (const word of ['fentanyl', 'cryptoexchanges']) {
    const file = path.join(work, `seed-${word}.txt`)
    writeFileSync(file, seed.replace('plans to travel to Europe', `plans to travel to Europe on ${word}`))
    const runs = pairs(() => [cli, '--out', mkdtempSync(path.join(work, 'out-')), file], () => [cli, '--out', mkdtempSync(path.join(work, 'out-')), seedFile])
    const ratios = runs.map(({a, b}) => a.cpu / b.cpu).sort((a, b) => a - b)
    const cpu = (side: 'a' | 'b') => median(runs.map((pair) => pair[side].cpu))
    console.log(`"${word}": CPU ${cpu('a').toFixed(0)} against ${cpu('b').toFixed(0)} ms; pairs ${ratios[0]!.toFixed(2)} · ${median(ratios).toFixed(2)} · ${ratios.at(-1)!.toFixed(2)}×`)
  }
}

// Batches (issue 18): 40 and 400 real-looking articles in one run, in one thread and over two worker threads
// (--jobs), and 400 again with --cache on a later run, each beside a bare parse of the same files.
if (run('batch')) {
  const articles = batchArticles(400)
  const folders = [40, 400].map((count) => {
    const folder = path.join(work, `batch-${count}`)
    mkdirSync(folder)
    for (const [name, text] of articles.slice(0, count)) writeFileSync(path.join(folder, name), text)
    return {count, folder, files: articles.slice(0, count).map(([name]) => path.join(folder, name))}
  })
  const spread = (runs: readonly number[]) => {
    const sorted = [...runs].sort((a, b) => a - b)
    return `min ${sorted[0]!.toFixed(0)} · median ${median(sorted).toFixed(0)} · max ${sorted.at(-1)!.toFixed(0)} ms`
  }
  /** Each command and the bare parse in turn, RUNS times: wall and CPU times (all threads), and the ratios of the medians. */
  const measure = (label: string, lint: () => string[], files: readonly string[]) => {
    const lints: Run[] = []
    const parses: Run[] = []
    for (let index = 0; index < RUNS; index++) {
      lints.push(time(lint()))
      parses.push(time([bare, ...files]))
    }
    const ratio = (of: (run: Run) => number) => (median(lints.map(of)) / median(parses.map(of))).toFixed(2)
    console.log(`${label}: wall ${spread(lints.map((run) => run.ms))} · bare parse ${spread(parses.map((run) => run.ms))} · ratio of medians ${ratio((run) => run.ms)}× (${RUNS} runs)`)
    console.log(`  CPU: ${spread(lints.map((run) => run.cpu))} · bare parse ${spread(parses.map((run) => run.cpu))} · ratio of medians ${ratio((run) => run.cpu)}×`)
  }
  const out = () => mkdtempSync(path.join(work, 'out-'))
  console.log(`\nbatches: whole-process wall time over ${RUNS} runs, each run beside a bare parse of the same files (load average ${loadavg()[0]!.toFixed(1)}, ${availableParallelism()} cores)`)
  // The files into the page cache, and the rules into the (fresh) rules cache: every measured run is a user's later run.
  for (const {files} of folders) time([bare, ...files])
  time([cli, '--out', out(), folders[0]!.folder])
  for (const {count, folder, files} of folders) {
    const kilobytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0) / 1024
    for (const jobs of ['1', '2']) measure(`${count} articles (${kilobytes.toFixed(0)} KB), --jobs ${jobs}`, () => [cli, '--jobs', jobs, '--out', out(), folder], files)
    if (count === 400) {
      const cache = path.join(work, 'batch-cache')
      time([cli, '--cache', '--cache-location', cache, '--out', out(), folder])
      measure(`${count} articles, --cache, a later run`, () => [cli, '--cache', '--cache-location', cache, '--out', out(), folder], files)
      // The same command again: its outputs are in place, as on a newsroom's machine or a CI runner that keeps them.
      const kept = out()
      time([cli, '--cache', '--cache-location', cache, '--out', kept, folder])
      measure(`${count} articles, --cache, the same command again`, () => [cli, '--cache', '--cache-location', cache, '--out', kept, folder], files)
    }
  }
}

/**
 * `count` distinct articles from the real ones (the bundled draft and the test
 * fixtures' articles): each one article's paragraphs with a paragraph of
 * another put in among them, so no two are the same text and every one reads
 * like news.
 */
function batchArticles(count: number): Array<[string, string]> {
  const sources = ['drafts', 'tests/fixtures/names-eval', 'tests/fixtures/names-eval-beats', 'tests/fixtures/artifacts-eval', 'tests/fixtures/clean'].flatMap((folder) =>
    readdirSync(path.join(packageRoot, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(path.join(packageRoot, folder, name), 'utf8').split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== ''))
  )
  return Array.from({length: count}, (_, index) => {
    const own = sources[index % sources.length]!
    const other = sources[(index * 7 + 3) % sources.length]!
    const borrowed = other[1 + (Math.floor(index / sources.length) % Math.max(1, other.length - 1))] ?? other[0]!
    const at = 1 + (index % Math.max(1, own.length - 1))
    const paragraphs = [...own.slice(0, at), borrowed, ...own.slice(at)]
    return [`${String(index).padStart(3, '0')}.txt`, `${paragraphs.join('\n\n')}\n`]
  })
}
