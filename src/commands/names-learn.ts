/**
 * `article-lint names learn DIR…`: the full names of people that a
 * newsroom's published, edited articles use consistently, with counts,
 * merged into rules/names.learned.yml. Each article is read as a draft is
 * (its format, front matter and markup) and linted by the names check alone;
 * what it found (`file.data.names`) is counted (src/names/learn.ts).
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {checks} from '../checks/index.js'
import {names as namesCheck} from '../checks/names.js'
import {configPath, loadConfig, type Config} from '../config/config.js'
import {loadFormats} from '../formats/index.js'
import {errorLine, EXIT, UsageError} from '../io/errors.js'
import {expandInputs} from '../io/expand.js'
import {printable} from '../io/printable.js'
import {readDraft} from '../io/read-draft.js'
import {readRulesDocument, writeRulesDocument} from '../io/rules-file.js'
import {learnNames, mergeLearned, NameTally, type NameCount} from '../names/learn.js'
import {checkLearned, learnedSchema} from '../names/learned.js'
import {createLinter} from '../pipeline.js'
import {parseSubcommand} from './names.js'

export const LEARN_USAGE = `Usage: article-lint names learn DIR... [--out FILE] [--min N] [--config FILE]

Read a newsroom's published, edited articles (the .txt, .md and .html files
under each DIR, or files and globs) and record the full names of people they
use consistently, with their mentions (count) and articles: a name used in at
least N articles whose person no other spelling rivals (one used more than a
tenth as often). Rival spellings are listed on stderr, and neither is recorded.

Options:
  --out FILE     the learned-names file to merge into (default: rules/names.learned.yml);
                 names it holds that this scan does not learn are kept
  --min N        the fewest articles a name must be used in (default: 2)
  --config FILE  the rules config (default: rules/config.yml here, else the bundled one)
  --help         show this help`

const HEADER = [
  'Names this newsroom\'s published articles use consistently: each full name',
  'as they spell it, with its mentions (count) and the articles that use it.',
  'Written by `article-lint names learn`; a later scan replaces the counts of',
  'the names it learns and keeps the others. Remove a name by hand.'
]

export async function namesLearn(argv: readonly string[], cwd: string): Promise<number> {
  const {values, positionals} = parseSubcommand('learn', () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: {type: 'string', default: path.join('rules', 'names.learned.yml')},
        min: {type: 'string', default: '2'},
        config: {type: 'string'},
        help: {type: 'boolean', default: false}
      }
    })
  )
  if (values.help) {
    process.stdout.write(`${LEARN_USAGE}\n`)
    return EXIT.clean
  }
  if (positionals.length === 0) throw new UsageError('names learn: give the folder of published articles (article-lint names learn --help)')
  if (!/^[1-9]\d*$/.test(values.min)) throw new UsageError(`names learn: --min must be a whole number of articles, 1 or more (got "${values.min}")`)
  const min = Number(values.min)
  const out = values.out
  const target = path.resolve(cwd, out)
  // A broken learned file fails before the scan, not after it.
  const {doc, data, loaded} = readRulesDocument(target, out, learnedSchema, HEADER)
  if (loaded) checkLearned(loaded)
  const linter = createLinter(namesOnly(loadConfig(configPath(cwd, values.config), checks)), [namesCheck])
  const files = expandInputs(positionals, cwd)
  await loadFormats(files)
  const tally = new NameTally()
  let failed = 0
  for (const file of files) {
    const relative = path.relative(cwd, file).split(path.sep).join('/')
    try {
      const names = linter.lint(readDraft(file, relative).text, relative).data.names
      if (!names) throw new Error('the names check gave no names')
      tally.add(names)
    } catch (error) {
      failed++
      process.stderr.write(errorLine(error, relative))
    }
  }
  const learned = learnNames(tally.counts(), min)
  // The names are the articles' text: a bidirectional override in one must not turn the line around.
  for (const conflict of learned.conflicts) process.stderr.write(`article-lint: names learn: ${printable(conflictLine(conflict))}\n`)
  const counts = mergeLearned(doc, data.learned, learned.names)
  if (loaded || learned.names.length > 0) writeRulesDocument(target, out, doc, learnedSchema)
  const conflicts = learned.conflicts.length
  process.stdout.write(
    `${plural(tally.articles, 'article')} read${failed > 0 ? ` (${failed} failed, see above)` : ''}: ${plural(learned.names.length, 'name')} learned into ${out} (${counts.added} new, ${counts.updated} updated, ${counts.unchanged} unchanged), ` +
      `${plural(conflicts, 'conflict')}, ${plural(learned.rare, 'name')} in fewer than ${plural(min, 'article')}\n`
  )
  return failed > 0 ? EXIT.failure : EXIT.clean
}

/**
 * The names check alone, run even when the config turns its rules off: its
 * findings (`file.data.names`) are what is counted, not its messages, and the
 * other checks' work would be thrown away.
 */
function namesOnly(config: Config): Config {
  const severities = new Map(config.severities)
  for (const rule of Object.keys(namesCheck.rules)) if (severities.get(rule) === 'off') severities.set(rule, 'info')
  return {...config, severities}
}

/** "two spellings of one person, neither recorded: Tunde Adebayo (5 mentions in 3 articles), Tunde Adebayor (2 mentions in 1 article)" */
function conflictLine(conflict: readonly NameCount[]): string {
  const which = conflict.length === 2 ? 'two spellings of one person, neither recorded' : `${conflict.length} spellings of one person, none recorded`
  const listed = conflict.map(({name, count, articles}) => `${name} (${plural(count, 'mention')} in ${plural(articles, 'article')})`)
  return `${which}: ${listed.join(', ')}`
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`
}
