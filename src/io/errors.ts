/** Errors that end a run with exit code 2 and one line on stderr. */
export class InputError extends Error {
  constructor(readonly file: string, what: string) {
    super(`${file}: ${what}`)
    this.name = 'InputError'
  }
}

export class UsageError extends Error {
  override name = 'UsageError'
}
