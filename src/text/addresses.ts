/**
 * URLs and e-mail addresses written in the prose ("https://…/kiev-talks",
 * "press@kiev-embassy.org", "kyivindependent.com"), and social handles and
 * hashtags ("@ZelenskyyUa", "#StandWithUkraine"). They are not prose: a
 * finding inside one is dropped (src/pipeline.ts), so no fix breaks a link.
 * linkify-it, markdown-it's linkifier, finds the addresses.
 */
import {LinkifyIt, type Match} from 'linkify-it'

// Bare domains too, under a known top-level domain.
const linkify = new LinkifyIt({fuzzyLink: true})

/** What in a run of text without white space is an address, a handle or a hashtag, as offsets into the run. */
export function notProseIn(run: string): Array<{start: number; end: number}> {
  const handles = run.includes('@') || run.includes('#') ? [...run.matchAll(HANDLE)].map((match) => ({start: match.index, end: match.index + match[0].length})) : []
  return [...addressesIn(run), ...handles]
}

/** "@" or "#" and a name, not after a letter (an e-mail address is linkify-it's). */
const HANDLE = /(?<![\p{L}\p{N}_.])[@#][\p{L}\p{N}_]+/gu

/** The addresses in a run of text without white space, as offsets into the run. */
export function addressesIn(run: string): Array<{start: number; end: number}> {
  if (!MAY_HOLD_ADDRESS.test(run)) return []
  return (linkify.match(run) ?? []).filter(isAddress).map((match) => ({start: match.index, end: match.lastIndex}))
}

/**
 * What every address that isAddress keeps has: a scheme's colon, an e-mail's
 * @, or a dot before a lowercase top-level domain. A run without one ("U.S.",
 * "Dudar.") is not given to linkify-it, whose first match alone took 25 ms of
 * linting the seed.
 */
const MAY_HOLD_ADDRESS = /[:@]|\/\/|\.\p{Ll}/u

/** A domain's top-level domain is written in lowercase: "said.It was" is a sentence glued to the next, not a domain under .it. */
function isAddress(match: Match): boolean {
  if (match.schema !== '') return true
  const host = match.raw.split(/[/?#:]/u)[0]!
  return !/\p{Lu}/u.test(host.slice(host.lastIndexOf('.') + 1))
}
