/**
 * Text made safe to print on a terminal or in a CI log: the characters a
 * terminal acts on instead of showing are written as escapes. A file name
 * with a line break can then never start a line of its own (in a workflow
 * log, a forged `::error …` or `::stop-commands::`), and ESC or BEL from an
 * article never reaches the terminal raw.
 */

/** C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional overrides that make text read in another order than it is. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu

const NAMED: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/**
 * `text` with every unprintable character as an escape (`\n`, `\x1b`,
 * `\u202e`), except those in `keep` (say, '\n' for text that may run over
 * lines).
 */
export function printable(text: string, keep = ''): string {
  return text.replace(UNPRINTABLE, (character) => (keep.includes(character) ? character : escape(character)))
}

function escape(character: string): string {
  const code = character.charCodeAt(0)
  return NAMED[character] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
}
