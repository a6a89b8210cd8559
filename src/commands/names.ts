/**
 * `article-lint names …`: commands that build the names data under rules/
 * rather than lint a draft. Each subcommand is a module of its own, loaded
 * only when it runs, so a lint run does not pay for them.
 */
import {EXIT, UsageError} from '../io/errors.js'

export const NAMES_USAGE = `Usage: article-lint names import FILE [--out FILE] [--config FILE]
       article-lint names learn DIR... [--out FILE] [--min N] [--config FILE]

Subcommands:
  import   turn a Wikidata query result (JSON or CSV) into gazetteer entries in rules/names.local.yml
  learn    record the people's names a newsroom's published articles use consistently, in rules/names.learned.yml

article-lint names SUBCOMMAND --help shows a subcommand's options.`

/** Run `article-lint names ARGS`; errors are thrown (the CLI prints them and exits 2). */
export async function names(argv: readonly string[], cwd: string): Promise<number> {
  const [subcommand, ...rest] = argv
  if (subcommand === '--help' || subcommand === '-h') {
    process.stdout.write(`${NAMES_USAGE}\n`)
    return EXIT.clean
  }
  if (subcommand === 'import') return (await import('./names-import.js')).namesImport(rest, cwd)
  if (subcommand === 'learn') return (await import('./names-learn.js')).namesLearn(rest, cwd)
  throw new UsageError(subcommand === undefined ? 'names: name a subcommand, import or learn (article-lint names --help)' : `names: unknown subcommand "${subcommand}": use import or learn (article-lint names --help)`)
}

/** Parse a subcommand's arguments (`parse` calls node's parseArgs): an unknown option is a usage error. */
export function parseSubcommand<T>(name: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(`names ${name}: ${(error as Error).message.split('\n')[0]}`)
  }
}
