/** Errors that end a run with exit code 2 and one line on stderr. */
import {RulesError} from '../config/yaml.js'
import {printable} from './printable.js'

/** 0 no error-severity finding; 1 error findings (or warnings with --frail); 2 usage, input, config or output error. */
export const EXIT = {clean: 0, findings: 1, failure: 2} as const

export class InputError extends Error {
  constructor(readonly file: string, what: string) {
    super(`${file}: ${what}`)
    this.name = 'InputError'
  }
}

export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * The line on stderr for a failure, naming the file. A crash (a bug) says
 * which check failed; ARTICLE_LINT_DEBUG=1 adds the stack. It is one line
 * whatever a file name holds: control characters are written as escapes.
 */
export function errorLine(error: unknown, file?: string): string {
  const known = error instanceof UsageError || error instanceof InputError || error instanceof RulesError
  const message = error instanceof Error ? error.message : String(error)
  const text = known ? message : `${file ?? 'article-lint'}: internal error: ${message.split('\n')[0]}`
  const stack = !known && process.env.ARTICLE_LINT_DEBUG ? `${(error as Error)?.stack ?? ''}\n` : ''
  return `article-lint: ${printable(text)}\n${stack}`
}
