/**
 * npm run bench: whole-process wall times (median of several runs) of
 * lint-article beside a bare retext-english parse of the same text, run
 * alternately in the same session so the ratios hold on a noisy machine;
 * then gazetteer load and per-article time with a synthetic 100,000-person
 * gazetteer against the bundled one.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(args: string[]): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(node, args, {cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe']})
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** A and B alternately, RUNS times each: medians in ms. */
function pair(a: string[], b: string[]): {a: number; b: number} {
  time(a), time(b) // warm the file cache and article-lint's rules cache
  const as: number[] = []
  const bs: number[] = []
  for (let run = 0; run < RUNS; run++) {
    as.push(time(a))
    bs.push(time(b))
  }
  return {a: median(as), b: median(bs)}
}

const seed = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), 'utf8')
const seedFile = path.join(work, 'seed.txt')
const bigFile = path.join(work, 'seed-x100.txt')
copyFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'), seedFile)
writeFileSync(bigFile, Array.from({length: 100}, () => seed).join('\n\n'))

console.log(`whole-process wall time, median of ${RUNS} runs each (ms)\n`)
for (const [label, file] of [
  ['seed draft', seedFile],
  ['seed ×100', bigFile]
] as const) {
  const size = readFileSync(file).length
  const {a: lint, b: parse} = pair([cli, '--out', path.join(work, 'out'), file], [bare, file])
  console.log(`${label} (${(size / 1024).toFixed(0)} KB): lint-article ${lint.toFixed(0)} · bare parse ${parse.toFixed(0)} · ratio ${(lint / parse).toFixed(2)}× · throughput ${((100 * parse) / lint).toFixed(0)} % of bare parse`)
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
const rules = path.join(work, 'rules')
spawnSync('cp', ['-r', path.join(packageRoot, 'rules'), rules])
writeFileSync(path.join(rules, 'names.local.yml'), stringify({people}))

function measure(config: string): {load: number; lint: number} {
  const start = performance.now()
  const linter = createLinter(loadConfig(config, checks))
  const load = performance.now() - start
  linter.lint(seed)
  const runs: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now()
    linter.lint(seed)
    runs.push(performance.now() - t)
  }
  return {load, lint: median(runs)}
}

// No rule may be quadratic in the text: 1 MB without a sentence break, each check alone beside the bare parse.
{
  const line = 'the delegates discussed the plan and the budget with care '.repeat(18_000)
  const config = loadConfig(path.join(packageRoot, 'rules', 'config.yml'), checks)
  const timeLint = (subset: typeof checks) => {
    const linter = createLinter(config, subset)
    const start = performance.now()
    linter.lint(line)
    return performance.now() - start
  }
  const parse = timeLint([])
  console.log(`\n1 MB without a sentence break: parse ${parse.toFixed(0)} ms; each check alone, parse included:`)
  console.log(checks.map((check) => `${check.name} ${timeLint([check]).toFixed(0)}`).join(' · '))
}

const bundled = measure(path.join(packageRoot, 'rules', 'config.yml'))
const cold = measure(path.join(rules, 'config.yml'))
const warm = measure(path.join(rules, 'config.yml'))
const bundledAgain = measure(path.join(packageRoot, 'rules', 'config.yml'))
bundled.lint = Math.min(bundled.lint, bundledAgain.lint) // the first measure also warmed the JIT
console.log(`\ngazetteer: bundled ${bundled.load.toFixed(0)} ms to load · +100,000 people: ${cold.load.toFixed(0)} ms first load (YAML parse, validation and index, then cached), ${warm.load.toFixed(0)} ms from the cache`)
console.log(`lint of the seed draft (in process, median): bundled ${bundled.lint.toFixed(1)} ms · with +100,000 people ${warm.lint.toFixed(1)} ms (${((100 * (warm.lint - bundled.lint)) / bundled.lint).toFixed(0)} %)`)
