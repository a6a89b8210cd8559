import fc from 'fast-check'
import {LinkifyIt} from 'linkify-it'
import {describe, expect, it} from 'vitest'
import {addressesIn} from '../../src/text/addresses.js'

describe('addressesIn', () => {
  it('finds links, e-mail addresses and bare domains under a lowercase top-level domain', () => {
    expect(addressesIn('(https://example.org/kiev-talks).')).toEqual([{start: 1, end: 31}])
    expect(addressesIn('press@kiev-embassy.org,')).toEqual([{start: 0, end: 22}])
    expect(addressesIn('kyivindependent.com')).toEqual([{start: 0, end: 19}])
    expect(addressesIn('said.It')).toEqual([])
    expect(addressesIn('U.S.')).toEqual([])
  })

  // The cheap test before linkify-it loses nothing: on any run, the answer is linkify-it's own, kept as isAddress keeps it.
  it('gives what linkify-it finds on every run, with or without the quick test before it', () => {
    const linkify = new LinkifyIt({fuzzyLink: true})
    const unfiltered = (run: string) =>
      (linkify.match(run) ?? [])
        .filter((match) => match.schema !== '' || !/\p{Lu}/u.test(match.raw.split(/[/?#:]/u)[0]!.split('.').at(-1)!))
        .map((match) => ({start: match.index, end: match.lastIndex}))
    const pieces = fc.constantFrom('kiev', 'Kyiv', 'com', 'org', 'It', 'ua', 'www', 'press', 'U', 'S', '.', '.', ':', '//', '@', '/', '-', '(', ')', ',', 'https', 'mailto', '1', 'é', 'рф')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 12}), (parts) => {
        const run = parts.join('')
        expect(addressesIn(run)).toEqual(unfiltered(run))
      }),
      {numRuns: 3000}
    )
  })
})
