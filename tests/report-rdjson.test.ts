/**
 * `--format rdjson`: the Reviewdog Diagnostic Format, checked against the
 * format's validator, field by field on known findings, and applied as
 * reviewdog applies a suggestion (a diff line's UTF-8 bytes sliced at the
 * columns): every fix's suggestions together make the corrected draft, byte
 * for byte, for plain text, Markdown, HTML and a draft with a byte-order mark
 * and non-ASCII text.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {RDFormatValidator} from '@umbrelladocs/rdformat-validator'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadFormats} from '../src/formats/index.js'
import {decodeDraft} from '../src/io/read-draft.js'
import {packageRoot} from '../src/package-root.js'
import {formats} from '../src/report/index.js'
import {lintDraft, type FileResult} from '../src/run.js'
import {run, workspace} from './cli-helpers.js'
import {linter} from './helpers.js'

interface Position {
  line: number
  column: number
}
interface Range {
  start: Position
  end: Position
}
interface Diagnostic {
  message: string
  location: {path: string; range: Range}
  severity: string
  source: {name: string}
  code: {value: string; url: string}
  suggestions?: Array<{range: Range; text: string}>
  related_locations?: Array<{message: string; location: {path: string; range: Range}}>
}
interface DiagnosticResult {
  source: {name: string; url: string}
  severity?: string
  diagnostics: Diagnostic[]
}

const README = 'https://github.com/article-lint/article-lint/blob/main/README.md'
const fixture = (name: string) => readFileSync(path.join(packageRoot, name))

beforeAll(async () => {
  await loadFormats(['a.md', 'a.html'])
})

/** A draft file's bytes linted as the CLI lints them. */
function lint(bytes: Buffer | string, name = 'drafts/a.txt'): FileResult {
  return lintDraft(linter(), decodeDraft(name, Buffer.from(bytes)), name, {fix: true})
}

function rdjson(result: FileResult): DiagnosticResult {
  return JSON.parse(formats.rdjson!([result], {quiet: false, color: false})) as DiagnosticResult
}

/** The format's validator, strict and with no field the format does not define: the errors it finds. */
async function invalid(output: string): Promise<string[]> {
  const validator = new RDFormatValidator({strictMode: true, allowExtraFields: false})
  const result = await validator.validateString(output)
  return [...result.errors, ...(result.warnings ?? [])].map((problem) => problem.message)
}

/**
 * Suggestions applied to a file's bytes as reviewdog builds a suggested
 * change: a position is its line's start (lines end at LF) plus the column
 * in UTF-8 bytes, less one. Applied last first, as they must not overlap.
 */
function applied(file: Buffer, suggestions: ReadonlyArray<{range: Range; text: string}>): Buffer {
  const lineStarts = [0]
  for (let at = file.indexOf(10); at !== -1; at = file.indexOf(10, at + 1)) lineStarts.push(at + 1)
  const byteAt = ({line, column}: Position) => lineStarts[line - 1]! + column - 1
  let bytes = file
  for (const {range, text} of [...suggestions].sort((a, b) => byteAt(b.range.start) - byteAt(a.range.start))) {
    bytes = Buffer.concat([bytes.subarray(0, byteAt(range.start)), Buffer.from(text), bytes.subarray(byteAt(range.end))])
  }
  return bytes
}

/** The corrected draft as the CLI writes it: with the draft's byte-order mark. */
function correctedFile(result: FileResult): Buffer {
  return Buffer.from((result.draft.bom ? '\uFEFF' : '') + result.output)
}

/** Every suggestion of a fix the corrected draft applies. */
function fixSuggestions(result: FileResult, output: DiagnosticResult) {
  const fixed = new Set([...result.fixed].map((message) => `${message.ruleId}@${message.line}:${message.column}`))
  expect(fixed.size).toBe(result.fixed.size)
  return output.diagnostics.filter((diagnostic) => diagnostic.message.includes('Fixed in the corrected draft')).flatMap((diagnostic) => diagnostic.suggestions ?? [])
}

describe('rdjson on the seed draft', () => {
  const file = fixture('drafts/biden-nato-summit.txt')
  const result = lint(file, 'drafts/biden-nato-summit.txt')
  const text = formats.rdjson!([result], {quiet: false, color: false})
  const output = JSON.parse(text) as DiagnosticResult

  it('passes the format’s validator, strict, with no field the format lacks', async () => {
    expect(await invalid(text)).toEqual([])
    // The validator does find problems (so the check above can fail).
    expect(await invalid(JSON.stringify({diagnostics: [{message: 'm', location: {path: 'a', range: {start: {line: 0}}}, severity: 'BAD', column: 3}]}))).toEqual([
      "Unknown property 'column' at 'diagnostics[0].column'. This property is not part of the RDFormat specification.",
      "Position at 'diagnostics[0].location.range.start.line' is invalid. A position must have a positive integer (1-based line number) and optionally a column number.",
      "Severity at 'diagnostics[0].severity' must be one of: UNKNOWN_SEVERITY, ERROR, WARNING, INFO. Got 'BAD'."
    ])
  })

  it('names its source and the worst severity, and has one diagnostic per message', () => {
    expect(output.source).toEqual({name: 'article-lint', url: 'https://github.com/article-lint/article-lint'})
    expect(output.severity).toBe('ERROR')
    expect(output.diagnostics).toHaveLength(result.messages.length)
  })

  it('gives "Dudar" one suggestion, "Duda", at its columns in UTF-8 bytes (two dashes and two quotes before it on the line)', () => {
    const dudar = output.diagnostics.find((diagnostic) => diagnostic.message.startsWith('Unexpected `Dudar`'))
    const range = {start: {line: 49, column: 206}, end: {line: 49, column: 211}}
    expect(dudar).toEqual({
      message: 'Unexpected `Dudar`, expected `Duda` (Andrzej Duda, President (Poland) 2015–2025). Fixed in the corrected draft: Duda.',
      location: {path: 'drafts/biden-nato-summit.txt', range},
      severity: 'ERROR',
      source: {name: 'article-lint'},
      code: {value: 'name-misspelled', url: `${README}#name-misspelled`},
      suggestions: [{range, text: 'Duda'}]
    })
    // The message's own column counts UTF-16 code units: 8 fewer, for the two "–" and the “ and ” before it, 3 bytes each.
    const message = result.messages.find((found) => found.actual === 'Dudar')!
    expect(message.column).toBe(198)
    const line = file.toString('utf8').split('\n')[48]!
    expect(Buffer.from(line).subarray(205, 210).toString()).toBe('Dudar')
  })

  it('gives a removal an empty suggestion, and a finding with no fix its message only', () => {
    const byRule = (ruleId: string) => output.diagnostics.filter((diagnostic) => diagnostic.code.value === ruleId)
    expect(byRule('punctuation-debris').map(({message, suggestions}) => ({message, suggestions}))).toEqual([
      {
        message: 'Stray comma `,` after the end of a sentence: remove it. Fixed in the corrected draft: removed.',
        suggestions: [{range: {start: {line: 57, column: 248}, end: {line: 57, column: 250}}, text: ''}]
      }
    ])
    // The line of page furniture goes with the blank line before it: the suggestion covers both, the finding its own text.
    expect(byRule('boilerplate').map(({location, suggestions}) => ({range: location.range, suggestions}))).toEqual([
      {range: {start: {line: 75, column: 1}, end: {line: 75, column: 16}}, suggestions: [{range: {start: {line: 74, column: 1}, end: {line: 75, column: 16}}, text: ''}]}
    ])
    expect(byRule('fragment')).toEqual([
      {
        message: 'Sentence fragment `Latvia.`: one word without a verb; join it to the sentence before or complete it.',
        location: {path: 'drafts/biden-nato-summit.txt', range: {start: {line: 41, column: 274}, end: {line: 41, column: 281}}},
        severity: 'WARNING',
        source: {name: 'article-lint'},
        code: {value: 'fragment', url: `${README}#fragment`}
      }
    ])
    // "locksteps" lies inside "on locksteps", which a fix replaces: a second suggestion there would conflict with it.
    expect(byRule('spelling').map(({message, suggestions}) => ({message, suggestions}))).toEqual([
      {message: 'Unknown word `locksteps`: did you mean `lockstep`? Resolved by another fix in the corrected draft.', suggestions: undefined}
    ])
  })

  it('writes messages in Markdown, as reviewdog posts them: the article’s words as code spans that show them as they are', () => {
    const quote = output.diagnostics.find((diagnostic) => diagnostic.message.startsWith('Misdirected quote'))!
    // The replacement ends in a space: a code span keeps it only padded (CommonMark strips one space at each end).
    expect(quote.message).toBe('Misdirected quote `“` closes the quotation opened before `No` and touches `The`: expected ` ”  `. Fixed in the corrected draft: ” .')
    expect(result.messages.find((message) => message.reason.startsWith('Misdirected quote'))!.reason).toContain('expected `” `')
  })

  it('has suggestions that, applied as reviewdog applies them, make the corrected draft byte for byte', () => {
    const suggestions = fixSuggestions(result, output)
    expect(suggestions).toHaveLength(14)
    expect(applied(file, suggestions).equals(correctedFile(result))).toBe(true)
  })
})

describe('rdjson on Markdown and HTML drafts', () => {
  it.each(['biden-nato-summit.md', 'biden-nato-summit.html'])('%s: valid, and its suggestions make the corrected draft', async (name) => {
    const file = fixture(`tests/fixtures/formats/${name}`)
    const result = lint(file, `drafts/${name}`)
    const text = formats.rdjson!([result], {quiet: false, color: false})
    expect(await invalid(text)).toEqual([])
    const suggestions = fixSuggestions(result, JSON.parse(text) as DiagnosticResult)
    expect(suggestions.length).toBeGreaterThan(10)
    expect(applied(file, suggestions).equals(correctedFile(result))).toBe(true)
  })

  it('places a finding inside Markdown emphasis in the draft, after non-ASCII text', () => {
    const draft = '# Summit in Kraków\n\nOn Saturday — in *Kraków* 🇵🇱 — he will meet Polish President **Andrzej Dudar** in Warsaw.\n'
    const result = lint(draft, 'drafts/a.md')
    const dudar = rdjson(result).diagnostics.find((diagnostic) => diagnostic.code.value === 'name-misspelled')!
    // 80 bytes before "Dudar": "—" twice (3 bytes each), "ó" (2), the flag (8), the rest ASCII.
    const range = {start: {line: 3, column: 83}, end: {line: 3, column: 88}}
    expect([dudar.location.range, dudar.suggestions]).toEqual([range, [{range, text: 'Duda'}]])
    expect(applied(Buffer.from(draft), dudar.suggestions!).toString()).toBe(result.output)
  })
})

describe('rdjson columns with a byte-order mark and non-ASCII text', () => {
  const draft = '\uFEFFKraków 🇵🇱: Polish President Andrzej Dudar met Biden.\r\nThe the talks went on.\n'
  const file = Buffer.from(draft)
  const result = lint(file)
  const output = rdjson(result)

  it('counts the mark’s 3 bytes on line 1, then UTF-8 bytes: not UTF-16 code units, not code points', () => {
    const dudar = output.diagnostics.find((diagnostic) => diagnostic.code.value === 'name-misspelled')!
    // Before "Dudar": the mark (3 bytes), "Kraków " (8), the flag (8: two code points, four UTF-16 code units), ": Polish President Andrzej " (27).
    const range = {start: {line: 1, column: 47}, end: {line: 1, column: 52}}
    expect([dudar.location.range, dudar.suggestions]).toEqual([range, [{range, text: 'Duda'}]])
    expect(result.messages.find((message) => message.actual === 'Dudar')!.column).toBe(39)
  })

  it('counts lines as git does, after a CR LF, and its suggestions make the corrected draft with its mark', async () => {
    const repeated = output.diagnostics.find((diagnostic) => diagnostic.code.value === 'repeated-words')!
    expect(repeated.location.range).toEqual({start: {line: 2, column: 1}, end: {line: 2, column: 8}})
    expect(await invalid(JSON.stringify(output))).toEqual([])
    expect(applied(file, fixSuggestions(result, output)).equals(correctedFile(result))).toBe(true)
  })
})

describe('rdjson suggestions', () => {
  it('are the candidates, one each, where a finding has several and none is applied', () => {
    const result = lint('Maria Gonzalez spoke first. Maria Gonzales spoke last.\n')
    const range = {start: {line: 1, column: 7}, end: {line: 1, column: 15}}
    expect(rdjson(result).diagnostics.filter((diagnostic) => diagnostic.code.value === 'name-consistency')).toEqual([
      {
        message: 'Name spelled 2 ways: Gonzalez (1:7), Gonzales (1:35); choose one. Suggestions: Gonzalez or Gonzales.',
        location: {path: 'drafts/a.txt', range},
        severity: 'WARNING',
        source: {name: 'article-lint'},
        code: {value: 'name-consistency', url: `${README}#name-consistency`},
        suggestions: [
          {range, text: 'Gonzalez'},
          {range, text: 'Gonzales'}
        ]
      }
    ])
  })

  it('are left out where the finding’s text holds markup or a character reference a replacement would drop', () => {
    const result = lint('<p>Maria Gonzale&#115; spoke first. Maria Gonzalez spoke last.</p>\n', 'drafts/a.html')
    const [found] = rdjson(result).diagnostics.filter((diagnostic) => diagnostic.code.value === 'name-consistency')
    expect([found!.message, found!.location.range, found!.suggestions]).toEqual([
      'Name spelled 2 ways: Gonzales (1:10), Gonzalez (1:43); choose one. Suggestions: Gonzales or Gonzalez.',
      {start: {line: 1, column: 10}, end: {line: 1, column: 23}},
      undefined
    ])
  })

  it('of one fix over several lines: one per line, each in a diagnostic of its own that points back to the finding', () => {
    const draft = 'Ukrainian President Volodymyr Zelenskyy spoke. Zelensky said no, Zelensky said.\n\nThen Zelensky left.\n'
    const result = lint(draft)
    const found = rdjson(result).diagnostics.filter((diagnostic) => diagnostic.code.value === 'name-consistency')
    const first = {start: {line: 1, column: 48}, end: {line: 1, column: 56}}
    // Two changes on line 1 are one suggestion: GitHub applies a suggestion to whole lines, and two on one line would conflict.
    expect(found.map(({location, suggestions, related_locations}) => ({range: location.range, suggestions, related_locations}))).toEqual([
      {range: first, suggestions: [{range: {start: {line: 1, column: 48}, end: {line: 1, column: 74}}, text: 'Zelenskyy said no, Zelenskyy'}], related_locations: undefined},
      {
        range: {start: {line: 3, column: 6}, end: {line: 3, column: 14}},
        suggestions: [{range: {start: {line: 3, column: 6}, end: {line: 3, column: 14}}, text: 'Zelenskyy'}],
        related_locations: [{message: 'The finding this fix belongs to.', location: {path: 'drafts/a.txt', range: first}}]
      }
    ])
    expect(found[0]!.message).toBe(found[1]!.message)
    expect(applied(Buffer.from(draft), found.flatMap((diagnostic) => diagnostic.suggestions!)).toString()).toBe(result.output)
  })
})

describe('--format rdjson on the command line', () => {
  it('prints the same rdjson, and exits 1 for the errors', async () => {
    const cwd = workspace()
    const printed = run(cwd, '--format', 'rdjson', 'drafts/biden-nato-summit.txt')
    expect([printed.code, printed.stderr]).toEqual([1, ''])
    expect(await invalid(printed.stdout)).toEqual([])
    expect(printed.stdout).toBe(formats.rdjson!([lint(fixture('drafts/biden-nato-summit.txt'), 'drafts/biden-nato-summit.txt')], {quiet: false, color: false}))
  })
})
