/**
 * `engines` in package.json is true: no Node API the shipped code uses came
 * after the oldest Node it names. Checked against the APIs that came late in
 * Node 20 or after it (the ones a developer on a newer Node reaches for
 * without noticing), and the parseArgs options the command uses: its
 * `allowNegative` needs 20.16, so each --no-… option is declared itself.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {OPTIONS} from '../../src/cli.js'
import {packageRoot} from '../../src/package-root.js'

type Version = [number, number, number]

/** Each API, how to spot it in source, and the first Node 20 (or later line) that has it. */
const LATE_APIS: ReadonlyArray<{api: string; pattern: RegExp; since: Version}> = [
  {api: "util.parseArgs's allowNegative", pattern: /\ballowNegative\b/, since: [20, 16, 0]},
  {api: 'process.getBuiltinModule', pattern: /\bgetBuiltinModule\b/, since: [20, 16, 0]},
  {api: 'import.meta.dirname and filename', pattern: /import\.meta\.(dirname|filename)\b/, since: [20, 11, 0]},
  {api: 'util.styleText', pattern: /\bstyleText\b/, since: [20, 12, 0]},
  {api: 'process.loadEnvFile', pattern: /\bloadEnvFile\b/, since: [20, 12, 0]},
  {api: 'Object.groupBy and Map.groupBy', pattern: /\b(Object|Map)\.groupBy\b/, since: [21, 0, 0]},
  {api: 'ArrayBuffer.prototype.transfer', pattern: /\.transferToFixedLength\b|\.transfer\(\)/, since: [21, 0, 0]},
  {api: 'fs.glob and fs.globSync', pattern: /\bfs\.glob(Sync)?\b|import \{[^}]*\bglob(Sync)?\b[^}]*\} from 'node:fs/, since: [22, 0, 0]},
  {api: 'Promise.withResolvers', pattern: /\bPromise\.withResolvers\b/, since: [22, 0, 0]},
  {api: 'Array.fromAsync', pattern: /\bArray\.fromAsync\b/, since: [22, 0, 0]},
  {api: 'Set methods (union, intersection …)', pattern: /(?<!\bz)\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, since: [22, 0, 0]},
  {api: 'iterator helpers', pattern: /\bIterator\.from\b|\.values\(\)\.(map|filter|take|drop|toArray)\(/, since: [22, 0, 0]},
  {api: 'RegExp.escape', pattern: /\bRegExp\.escape\b/, since: [24, 0, 0]}
]

/** parseArgs's option fields, and the first Node that takes each. */
const PARSE_ARGS_FIELDS: Record<string, Version> = {type: [18, 3, 0], short: [18, 3, 0], multiple: [18, 3, 0], default: [18, 11, 0]}

const below = (a: Version, b: Version) => a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2]

/** The oldest Node `engines.node` admits: it must be a plain ">=X[.Y[.Z]]". */
function oldestNode(): Version {
  const {engines} = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {engines: {node: string}}
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(engines.node)
  if (!match) throw new Error(`engines.node is not ">=X.Y.Z": ${engines.node}`)
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)]
}

/** The TypeScript and JavaScript the package runs (src/ and the build's scripts/), less whole comment lines, which may name an API to say why it is not used. */
function shippedSources(): Array<[file: string, text: string]> {
  const under = (folder: string): string[] =>
    readdirSync(path.join(packageRoot, folder), {withFileTypes: true}).flatMap((entry) => {
      const relative = path.join(folder, entry.name)
      return entry.isDirectory() ? under(relative) : /\.(ts|mjs|js)$/.test(entry.name) ? [relative] : []
    })
  return [...under('src'), ...under('scripts')].map((file) => [file, withoutCommentLines(readFileSync(path.join(packageRoot, file), 'utf8'))])
}

/** Lines that are wholly a comment (`//`, `/*`, a doc comment's ` * …` or ` *\/`) blanked; a generator method (`*spans(`) is code. */
function withoutCommentLines(text: string): string {
  return text.replace(/^\s*(\/\/|\/\*|\*(\s|\/|$)).*$/gm, '')
}

describe('engines.node', () => {
  it('admits the Node that runs these tests', () => {
    const running = process.versions.node.split('.').map(Number) as Version
    expect(below(running, oldestNode())).toBe(false)
  })

  it('is true of every late Node API the shipped code uses', () => {
    const oldest = oldestNode()
    const sources = shippedSources()
    expect(sources.length).toBeGreaterThan(100)
    const tooNew = LATE_APIS.filter(({since}) => below(oldest, since)).flatMap(({api, pattern, since}) =>
      sources.filter(([, text]) => pattern.test(text)).map(([file]) => `${file} uses ${api}, which needs Node ${since.join('.')}`)
    )
    expect(tooNew).toEqual([])
  })

  it('is true of the command’s parseArgs options (each --no-… declared, not allowNegative)', () => {
    const oldest = oldestNode()
    for (const [name, option] of Object.entries(OPTIONS)) {
      for (const field of Object.keys(option)) {
        expect(PARSE_ARGS_FIELDS, `--${name}'s ${field}`).toHaveProperty(field)
        expect(below(oldest, PARSE_ARGS_FIELDS[field]!), `--${name}'s ${field}`).toBe(false)
      }
    }
    expect(Object.keys(OPTIONS)).toEqual(expect.arrayContaining(['fix', 'no-fix', 'color', 'no-color']))
  })

  it('reads the code of a generator method, and not the comment lines around it', () => {
    expect(withoutCommentLines('  /**\n   * allowNegative is too new\n   */\n  *spans(allowNegative) {\n  // allowNegative\n')).toBe('\n\n\n  *spans(allowNegative) {\n\n')
  })

  it('catches what it looks for: allowNegative in a source would fail the check', () => {
    const [allowNegative] = LATE_APIS
    expect(allowNegative!.pattern.test('parseArgs({args, allowNegative: true, options})')).toBe(true)
    expect(below(oldestNode(), allowNegative!.since)).toBe(true)
  })
})
