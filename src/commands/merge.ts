/**
 * `article-lint merge FILE...`: the reports of the shards of one run
 * (`--shard i/n` in a CI matrix) as one, on stdout: their SARIF logs as one
 * log (one run, the rules once, every result, in path order), or their job
 * summaries as one summary (the totals added up, the drafts in path order).
 * Which of the two the files are is read from them; they must all be one.
 */
import path from 'node:path'
import {EXIT, InputError, UsageError} from '../io/errors.js'
import {MAX_DATA_BYTES, readRegularFile, unreadable} from '../io/read-file.js'
import {summaryHead} from '../report/summary.js'

export const MERGE_USAGE = `Usage: article-lint merge FILE...

The shards' SARIF logs (--format sarif) or job summaries (--summary FILE) of
one run, as one SARIF log or one summary on stdout.`

export async function merge(argv: readonly string[], cwd: string): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(`${MERGE_USAGE}\n`)
    return EXIT.clean
  }
  if (argv.length === 0) throw new UsageError('merge: name the shards’ SARIF logs or job summaries (article-lint merge --help)')
  const twice = argv.find((file, index) => argv.findIndex((other) => path.resolve(cwd, other) === path.resolve(cwd, file)) !== index)
  if (twice !== undefined) throw new UsageError(`merge: ${twice} is named twice`)
  const inputs = argv.map((file) => ({file, text: read(path.resolve(cwd, file), file)}))
  const sarif = inputs.filter(({text}) => text.trimStart().startsWith('{'))
  if (sarif.length === inputs.length) process.stdout.write(mergeSarif(sarif))
  else if (sarif.length === 0) process.stdout.write(mergeSummaries(inputs))
  else throw new UsageError(`merge: ${sarif[0]!.file} is a SARIF log and ${inputs.find((input) => !sarif.includes(input))!.file} is not: merge the logs and the summaries separately`)
  return EXIT.clean
}

/** A shard's log or summary: a regular file, within MAX_DATA_BYTES (a FIFO or /dev/zero is refused, not waited on or read without end). */
function read(file: string, shown: string): string {
  try {
    return readRegularFile(file, MAX_DATA_BYTES, 'a SARIF log or summary').toString('utf8')
  } catch (error) {
    throw new InputError(shown, unreadable(error))
  }
}

interface Input {
  file: string
  text: string
}

interface SarifLog {
  runs: Array<{tool: {driver: {name: string; semanticVersion?: string; rules?: unknown[]}}; results: SarifResult[]}>
}

interface SarifResult {
  locations?: Array<{physicalLocation?: {artifactLocation?: {uri?: string}}}>
}

/** One log: the first's, with every log's results. The logs must come from one version of article-lint, so that `ruleIndex` means the same rule in each. */
export function mergeSarif(inputs: readonly Input[]): string {
  const logs = inputs.map(({file, text}) => {
    let log: SarifLog
    try {
      log = JSON.parse(text) as SarifLog
    } catch {
      throw new InputError(file, 'not a SARIF log (invalid JSON)')
    }
    if (log?.runs?.length !== 1 || log.runs[0]!.tool?.driver?.name !== 'article-lint' || !Array.isArray(log.runs[0]!.results)) {
      throw new InputError(file, 'not a SARIF log from article-lint (one run, by article-lint)')
    }
    return {file, run: log.runs[0]!, log}
  })
  const [first] = logs
  const driver = JSON.stringify(first!.run.tool)
  const other = logs.find(({run}) => JSON.stringify(run.tool) !== driver)
  if (other) throw new InputError(other.file, `comes from another version of article-lint or its rules than ${first!.file}`)
  const uri = (result: SarifResult) => result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
  refuseRepeats(logs.map(({file, run}) => ({file, drafts: run.results.map((result) => decodeURI(uri(result)))})))
  const results = logs.flatMap(({run}) => run.results).sort((a, b) => compare(decodeURI(uri(a)), decodeURI(uri(b))))
  return `${JSON.stringify({...first!.log, runs: [{...first!.run, results}]}, undefined, 2)}\n`
}

/** summaryHead's line, read back. */
const HEAD = /^## article-lint: (\d+) drafts?, (\d+) errors?, (\d+) warnings?, (\d+) notes?; (\d+) fixed, (\d+) remaining$/

/**
 * One summary: the totals added up, then every draft's section, in path
 * order. A section starts with a blank line and `### `: nothing inside one
 * starts a line so (tables start with `|`, names to verify are `####`, and
 * the diff's lines with a space, `+`, `-` or `@`).
 */
export function mergeSummaries(inputs: readonly Input[]): string {
  const totals = [0, 0, 0, 0, 0, 0]
  const sections: string[] = []
  const drafts: Array<{file: string; drafts: string[]}> = []
  const title = (section: string) => section.split('\n', 1)[0]!
  for (const {file, text} of inputs) {
    const [head, ...rest] = text.replace(/\n$/, '').split(/\n\n(?=### )/)
    const counts = HEAD.exec(head ?? '')
    if (!counts) throw new InputError(file, 'not a job summary from article-lint (it starts with "## article-lint: N drafts, …")')
    counts.slice(1).forEach((count, index) => (totals[index]! += Number(count)))
    sections.push(...rest)
    drafts.push({file, drafts: rest.map(title)})
  }
  refuseRepeats(drafts)
  const [total, error, warning, info, fixed, remaining] = totals as [number, number, number, number, number, number]
  sections.sort((a, b) => compare(title(a), title(b)))
  return `${[summaryHead(total, {error, warning, info, fixed, remaining}), ...sections].join('\n\n')}\n`
}

/** A draft in two shards' reports is one shard given twice (under two names): merged, its findings would count twice. */
function refuseRepeats(inputs: ReadonlyArray<{file: string; drafts: readonly string[]}>): void {
  const seen = new Map<string, string>()
  for (const {file, drafts} of inputs) {
    for (const draft of new Set(drafts)) {
      const earlier = seen.get(draft)
      if (earlier !== undefined) throw new InputError(file, `reports on ${draft.replace(/^### /u, '')} as ${earlier} does: the same shard given twice?`)
      seen.set(draft, file)
    }
  }
}

/** Paths in the order a directory's drafts are linted in (code units). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
