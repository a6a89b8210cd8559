/**
 * npm run eval: score the checks on the labelled corpora in tests/fixtures:
 * the names checks on names-eval and names-eval-beats, the translation
 * artifact checks on artifacts-eval (articles with injected errors, and
 * clean controls), and the calques of artifacts-eval/calques.yml by source
 * language. Prints detection recall, correct-fix rate, false fixes and
 * changes to the controls. `--verbose` lists every miss.
 */
import {existsSync, readdirSync, readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'
import {checks} from '../src/checks/index.js'
import {loadConfig} from '../src/config/config.js'
import {loadFormats} from '../src/formats/index.js'
import {decodeDraft} from '../src/io/read-draft.js'
import {fixEdits, messageRange, type LintMessage} from '../src/messages.js'
import {bundledConfig, packageRoot} from '../src/package-root.js'
import {createLinter} from '../src/pipeline.js'
import {lintDraft} from '../src/run.js'

interface GoldError {
  wrong: string
  /** The corrected text; "" removes it; null: to be reported, not fixed; equal to `wrong`: to be kept as it is. */
  right: string | null
  occurrence?: number
  type: string
}

interface Range {
  start: number
  end: number
}

const NAME_RULES = new Set(['name-misspelled', 'name-style', 'name-consistency'])
/** What each corpus scores: names-eval, written beside the gazetteer; names-eval-beats, written blind to it (issue 16); names-clean, correct articles written blind to it (issue 18); artifacts-eval, blind to rules/ (issue 17): every rule but the names and readability ones. */
const SCORED: Record<string, (ruleId: string) => boolean> = {
  'names-eval': (ruleId) => NAME_RULES.has(ruleId),
  'names-eval-beats': (ruleId) => NAME_RULES.has(ruleId),
  'names-clean': (ruleId) => NAME_RULES.has(ruleId),
  'artifacts-eval': (ruleId) => !ruleId.startsWith('name') && !ruleId.startsWith('readability')
}
const corpusPath = (name: string) => path.join(packageRoot, 'tests', 'fixtures', name)
const verbose = process.argv.includes('--verbose')

/** The corpus article as a draft of another format: its first paragraph a heading, the rest paragraphs (gold occurrences keep their order). */
const AS: Record<Format, (text: string) => string> = {
  txt: (text) => text,
  md: (text) => {
    const [head = '', ...rest] = text.split(/\n\s*\n/)
    return `---\nslug: corpus-article\n---\n\n# ${head}\n\n${rest.join('\n\n')}\n\n\`\`\`\nplaceholder code\n\`\`\`\n`
  },
  html: (text) => {
    const [head = '', ...rest] = text.split(/\n\s*\n/).map((part) => part.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
    return `<!doctype html>\n<h1>${head}</h1>\n${rest.map((part) => `<p>${part}</p>`).join('\n')}\n<pre>placeholder code</pre>\n`
  }
}

export type Format = 'txt' | 'md' | 'html'

/**
 * `confident`: the names check's fix threshold (names.confident), else the bundled config's;
 * `format`: the articles as plain text, Markdown or HTML (loadFormats first for the last two);
 * `corpus`: a folder under tests/fixtures (names-eval unless given).
 */
export function evaluate(options: {confident?: number; format?: Format; corpus?: string} = {}) {
  const format = options.format ?? 'txt'
  const corpus = corpusPath(options.corpus ?? 'names-eval')
  const config = loadConfig(bundledConfig, checks)
  const names = {...(config.options.get('names') as object), ...(options.confident === undefined ? {} : {confident: options.confident})}
  const linter = createLinter({...config, options: new Map(config.options).set('names', names)})
  const scored = SCORED[options.corpus ?? 'names-eval']!
  const totals = {errors: 0, detected: 0, fixed: 0, wrongFixes: 0, falseFixes: 0, controls: 0, controlsChanged: 0, controlChanges: 0, controlFindings: 0, keeps: 0, keepsChanged: 0}
  const byType = new Map<string, {errors: number; detected: number; fixed: number}>()
  for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt')).sort()) {
    const text = AS[format](readFileSync(path.join(corpus, name), 'utf8'))
    const gold = parse(readFileSync(path.join(corpus, name.replace(/\.txt$/, '.gold.yml')), 'utf8')) as {kind: string; errors: GoldError[]}
    const draft = name.replace(/\.txt$/, `.${format}`)
    const result = lintDraft(linter, decodeDraft(draft, Buffer.from(text)), draft, {fix: true})
    const found = result.messages.filter((message) => scored(message.ruleId ?? ''))
    const edits = [...result.fixed].filter((message) => scored(message.ruleId ?? '')).flatMap(fixEdits)
    if (gold.kind === 'control') {
      totals.controls++
      if (edits.length > 0) totals.controlsChanged++
      totals.controlChanges += edits.length
      // A finding on a control is a false alarm, fixed or not.
      totals.controlFindings += found.length
      if (verbose) for (const edit of edits) console.log(`${name}: control changed ${JSON.stringify(text.slice(edit.start, edit.end))} → ${JSON.stringify(edit.text)}`)
      if (verbose) for (const message of found) console.log(`${name}: control finding ${message.ruleId}: ${message.reason}`)
      continue
    }
    const spans: Range[] = []
    for (const error of gold.errors) {
      const span = locate(text, error)
      spans.push(span)
      if (error.right === error.wrong) {
        // Right as it stands (a historical name, "5,000"): a change there is a false fix, counted here.
        totals.keeps++
        const changed = edits.some((edit) => overlaps(edit, span))
        if (changed) totals.keepsChanged++
        if (verbose && changed) console.log(`${name}: ${error.type} ${error.wrong}: changed`)
        continue
      }
      const row = byType.get(error.type) ?? {errors: 0, detected: 0, fixed: 0}
      row.errors++
      totals.errors++
      const detected = found.some((message) => ranges(message).some((range) => overlaps(range, span) || (range.start === range.end && range.start >= span.start && range.start <= span.end)))
      const covering = edits.filter((edit) => overlaps(edit, span))
      const fixed = error.right === null ? detected && covering.length === 0 : covering.length === 1 && fixesTo(text, covering[0]!, span, error.right)
      if (detected) row.detected++, totals.detected++
      if (fixed) row.fixed++, totals.fixed++
      else if (covering.length > 0) totals.wrongFixes++
      if (verbose && !fixed) {
        const what = covering.map((edit) => `${JSON.stringify(text.slice(edit.start, edit.end))} → ${JSON.stringify(edit.text)}`).join(', ')
        console.log(`${name}: ${error.type} ${error.wrong} → ${error.right}: ${detected ? 'detected' : 'missed'}${what ? `, fixed as ${what}` : ', not fixed'}`)
      }
      byType.set(error.type, row)
    }
    for (const edit of edits) {
      if (!spans.some((span) => overlaps(edit, span))) {
        totals.falseFixes++
        if (verbose) console.log(`${name}: false fix ${JSON.stringify(text.slice(edit.start, edit.end))} → ${JSON.stringify(edit.text)}`)
      }
    }
  }
  return {totals, byType}
}

/** The `occurrence`-th whole-word match of `wrong`. */
function locate(text: string, error: GoldError): Range {
  const escaped = error.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const matches = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'gu'))]
  const match = matches[(error.occurrence ?? 1) - 1]
  if (!match) throw new Error(`gold error not found: ${error.wrong} #${error.occurrence ?? 1}`)
  return {start: match.index, end: match.index + error.wrong.length}
}

function ranges(message: LintMessage): Range[] {
  const own = messageRange(message)
  return [...(own ? [own] : []), ...(message.alsoAt ?? [])]
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Whether the edit turns the gold span into `right`, leaving the rest of its
 * range as it was; a removal may take the blank lines around the span along.
 */
function fixesTo(text: string, edit: Range & {text: string}, span: Range, right: string): boolean {
  const start = Math.min(edit.start, span.start)
  const end = Math.max(edit.end, span.end)
  const after = text.slice(start, edit.start) + edit.text + text.slice(edit.end, end)
  const expected = text.slice(start, span.start) + right + text.slice(span.end, end)
  return after === expected || (right === '' && edit.text === '' && after.trim() === '' && expected.trim() === '')
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`
}

async function main(): Promise<void> {
  await loadFormats(['a.md', 'a.html'])
  for (const format of ['md', 'html'] as const) {
    const {totals} = evaluate({format})
    console.log(`as ${format === 'md' ? 'Markdown' : 'HTML'}: detection ${percent(totals.detected, totals.errors)} (${totals.detected}/${totals.errors}) · correct fixes ${percent(totals.fixed, totals.errors)} · wrong fixes ${totals.wrongFixes} · false fixes ${totals.falseFixes} · controls changed ${totals.controlsChanged} of ${totals.controls}`)
  }
  for (const corpus of Object.keys(SCORED)) {
    if (!existsSync(corpusPath(corpus))) continue
    console.log(`\n${corpus}, as plain text:`)
    report(evaluate({corpus}))
  }
  const styles = evaluateStyles()
  console.log(`\nclean-styles (${styles.files} correct articles in many newsroom styles, as written: text, Markdown, HTML):`)
  console.log(`changed: ${styles.changed} of ${styles.files} articles, ${styles.changes} changes (${format(styles.changesByRule)})`)
  console.log(`findings (but readability and names to verify): ${styles.findings} (${format(styles.findingsByRule)})`)
  console.log('\ncalques by source language (artifacts-eval/calques.yml):')
  console.log('language                    calques  detected  fixed correctly  clean sentences flagged')
  for (const [language, row] of evaluateCalques()) {
    console.log(`${language.padEnd(26)} ${String(row.calques).padStart(8)}  ${percent(row.detected, row.calques).padStart(8)}  ${percent(row.fixed, row.calques).padStart(15)}  ${row.cleanFlagged} of ${row.clean}`)
  }
}

const format = (counts: ReadonlyMap<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none'

/**
 * tests/fixtures/clean-styles (issue 18): correct articles in many styles,
 * written blind to rules/, each linted as the file it is. Every change is a
 * false fix; every finding but readability's and a name to verify a false alarm.
 */
export function evaluateStyles() {
  const corpus = corpusPath('clean-styles')
  const linter = createLinter(loadConfig(bundledConfig, checks))
  const totals = {files: 0, changed: 0, changes: 0, findings: 0, changesByRule: new Map<string, number>(), findingsByRule: new Map<string, number>()}
  const add = (counts: Map<string, number>, rule: string) => counts.set(rule, (counts.get(rule) ?? 0) + 1)
  for (const name of readdirSync(corpus).filter((file) => /^\d+-.*\.(txt|md|html)$/u.test(file)).sort()) {
    const result = lintDraft(linter, decodeDraft(name, readFileSync(path.join(corpus, name))), name, {fix: true})
    totals.files++
    const fixed = [...result.fixed].filter((message) => fixEdits(message).length > 0)
    if (fixed.length > 0) totals.changed++
    for (const message of fixed) {
      totals.changes++
      add(totals.changesByRule, message.ruleId ?? '')
      if (verbose) console.log(`${name}: changed ${message.ruleId} ${JSON.stringify(message.actual)} → ${JSON.stringify(message.expected?.[0])}`)
    }
    for (const message of result.messages.filter((message) => !/^readability|^name-to-verify$/u.test(message.ruleId ?? ''))) {
      totals.findings++
      add(totals.findingsByRule, message.ruleId ?? '')
    }
  }
  return totals
}

interface CalqueSentence {
  language: string
  text: string
  wrong: string | null
  right?: string | null
}

/** Each source language's calque sentences: how many are found (a message on the calque), fixed to `right`, and clean sentences flagged. */
export function evaluateCalques(): Map<string, {calques: number; detected: number; fixed: number; clean: number; cleanFlagged: number}> {
  const linter = createLinter(loadConfig(bundledConfig, checks))
  const {sentences} = parse(readFileSync(path.join(corpusPath('artifacts-eval'), 'calques.yml'), 'utf8')) as {sentences: CalqueSentence[]}
  const rows = new Map<string, {calques: number; detected: number; fixed: number; clean: number; cleanFlagged: number}>()
  for (const sentence of sentences) {
    const row = rows.get(sentence.language) ?? {calques: 0, detected: 0, fixed: 0, clean: 0, cleanFlagged: 0}
    rows.set(sentence.language, row)
    const result = lintDraft(linter, decodeDraft('sentence.txt', Buffer.from(`${sentence.text}\n`)), 'sentence.txt', {fix: true})
    const found = result.messages.filter((message) => SCORED['artifacts-eval']!(message.ruleId ?? '') && message.ruleId !== 'spelling')
    if (sentence.wrong === null) {
      row.clean++
      if (found.length > 0) row.cleanFlagged++
      if (verbose && found.length > 0) console.log(`clean ${sentence.language}: ${sentence.text} → ${found.map((m) => m.reason).join('; ')}`)
      continue
    }
    row.calques++
    const at = sentence.text.indexOf(sentence.wrong)
    const span = {start: at, end: at + sentence.wrong.length}
    const detected = found.some((message) => ranges(message).some((range) => overlaps(range, span)))
    const fixed = typeof sentence.right === 'string' && result.output === `${sentence.text.slice(0, at)}${sentence.right}${sentence.text.slice(span.end)}\n`
    if (detected) row.detected++
    if (fixed) row.fixed++
    if (verbose && !detected) console.log(`missed ${sentence.language}: ${sentence.wrong} → ${sentence.right}`)
  }
  return rows
}

function report({totals, byType}: ReturnType<typeof evaluate>): void {
  console.log('type                   errors  detected  fixed correctly')
  for (const [type, row] of [...byType].sort()) {
    console.log(`${type.padEnd(22)} ${String(row.errors).padStart(6)}  ${percent(row.detected, row.errors).padStart(8)}  ${percent(row.fixed, row.errors).padStart(8)}`)
  }
  console.log(`\ndetection recall: ${percent(totals.detected, totals.errors)} (${totals.detected}/${totals.errors})`)
  console.log(`correct fixes:    ${percent(totals.fixed, totals.errors)} (${totals.fixed}/${totals.errors})`)
  console.log(`wrong fixes:      ${totals.wrongFixes} (a gold error changed to something else)`)
  console.log(`false fixes:      ${totals.falseFixes} (a change where there was no error)`)
  console.log(`clean controls:   ${totals.controlsChanged} of ${totals.controls} changed (${totals.controlChanges} changes), ${totals.controlFindings} findings`)
  if (totals.keeps > 0) console.log(`kept as written:  ${totals.keeps - totals.keepsChanged} of ${totals.keeps} (historical names, numbers, codes)`)
}

// Run when started as a program (npm run eval), not when a test imports evaluate().
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
