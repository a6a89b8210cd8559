/**
 * npm run bench: whole-process wall times and peak memory (medians of several runs) of
 * lint-article beside a bare retext-english parse of the same text, run
 * alternately in the same session so the ratios hold on a noisy machine;
 * then gazetteer load and per-article time with a synthetic 100,000-person
 * gazetteer against the bundled one, and the bundled gazetteer (all beats)
 * against its politics file alone.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {stringify} from 'yaml'

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Loaded before the measured script: prints the process's peak resident memory and CPU time as it exits. */
const MEMORY_PROBE = `data:text/javascript,process.on('exit',()=>{const r=process.resourceUsage();process.stderr.write('\\ncpu='+(r.userCPUTime+r.systemCPUTime)+' maxrss='+r.maxRSS)})`

interface Run {
  ms: number
  /** Peak resident set size, MB. */
  mb: number
  /** CPU time, user and system, ms: steadier than wall time on a busy machine. */
  cpu: number
}

function time(args: string[]): Run {
  const start = process.hrtime.bigint()
  const result = spawnSync(node, ['--import', MEMORY_PROBE, ...args], {cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  const kb = Number(/maxrss=(\d+)$/.exec(result.stderr)?.[1] ?? Number.NaN)
  const cpu = Number(/cpu=(\d+) maxrss=/.exec(result.stderr)?.[1] ?? Number.NaN) / 1000
  return {ms, mb: kb / 1024, cpu}
}

/** A and B alternately, RUNS times each (the arguments made afresh for each run): median times (ms) and peak memory (MB), and the runs. */
function pair(a: () => string[], b: () => string[]): {a: Run; b: Run; runs: Array<[Run, Run]>} {
  time(a()), time(b()) // warm the file cache and article-lint's rules cache
  const as: Run[] = []
  const bs: Run[] = []
  for (let run = 0; run < RUNS; run++) {
    as.push(time(a()))
    bs.push(time(b()))
  }
  const medians = (runs: Run[]) => ({ms: median(runs.map((run) => run.ms)), mb: median(runs.map((run) => run.mb)), cpu: median(runs.map((run) => run.cpu))})
  return {a: medians(as), b: medians(bs), runs: as.map((run, index) => [run, bs[index]!])}
}

const seed = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')
const seedFile = path.join(work, 'seed.txt')
const bigFile = path.join(work, 'seed-x100.txt')
copyFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), seedFile)
writeFileSync(bigFile, Array.from({length: 100}, () => seed).join('\n\n'))

/** `npm run bench -- gazetteer` runs only that part; no argument runs all (process, formats, scale, gazetteer, spelling). */
const parts = process.argv.slice(2)
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

// No rule may be quadratic in the text: 1 MB without a sentence break, each check alone beside the bare parse;
// and the parse of 1 MB of lines that end in an abbreviation (parse-english merges each with the next: slow in the parser itself).
if (run('scale')) {
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
  console.log(`\nspelling: the seed with one unknown word that needs the two-edit index, against the seed; whole process, ${RUNS} pairs`)
  for (const word of ['fentanyl', 'cryptocurrencies']) {
    const file = path.join(work, `seed-${word}.txt`)
    writeFileSync(file, seed.replace('plans to travel to Europe', `plans to travel to Europe on ${word}`))
    const {a: lint, b: plain, runs} = pair(() => [cli, '--out', mkdtempSync(path.join(work, 'out-')), file], () => [cli, '--out', mkdtempSync(path.join(work, 'out-')), seedFile])
    const ratios = runs.map(([a, b]) => a.cpu / b.cpu).sort((a, b) => a - b)
    console.log(`"${word}": CPU ${lint.cpu.toFixed(0)} against ${plain.cpu.toFixed(0)} ms (${(lint.cpu / plain.cpu).toFixed(2)}×; pairs ${ratios[0]!.toFixed(2)}–${median(ratios).toFixed(2)}–${ratios.at(-1)!.toFixed(2)}) · wall ${lint.ms.toFixed(0)} against ${plain.ms.toFixed(0)} ms (${(lint.ms / plain.ms).toFixed(2)}×)`)
  }
}
