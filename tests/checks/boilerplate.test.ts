import {describe, expect, it} from 'vitest'
import {boilerplate} from '../../src/checks/boilerplate.js'
import {RulesError} from '../../src/config/yaml.js'
import {findings} from '../helpers.js'
import {at, corrected, linterFor, rangeOf, rulesFile} from './artifacts.js'

const lint = linterFor(boilerplate, `boilerplate:\n  file: ${rulesFile('boilerplate.yml')}\n`)
const check = (text: string) => findings(text, 'boilerplate', lint)
const w = {severity: 'warning'} as const

describe('a call to action by its shape', () => {
  it('is removed however it is worded: a verb aimed at the reader, a channel, a short paragraph of its own, an emoji before it or not', () => {
    const text = 'Talks went on.\n\nGet the weekly climate briefing in your inbox\n\n📢 Follow us on X for the latest updates from Berlin\n\nThe vote is on Monday.\n'
    expect(check(text)).toEqual([
      {reason: 'Page furniture, not article text: `Get the weekly climate briefing in your inbox` (a call to action aimed at the reader): remove the line', ...at(text, 'Get the weekly climate briefing in your inbox'), fixRange: rangeOf(text, 'Get the weekly climate briefing in your inbox\n\n'), expected: [''], fixable: true, ...w},
      {reason: 'Page furniture, not article text: `📢 Follow us on X for the latest updates from Berlin` (a call to action aimed at the reader): remove the line', ...at(text, '📢 Follow us on X for the latest updates from Berlin'), fixRange: rangeOf(text, '📢 Follow us on X for the latest updates from Berlin\n\n'), expected: [''], fixable: true, ...w}
    ])
    expect(corrected(lint, text)).toBe('Talks went on.\n\nThe vote is on Monday.\n')
  })

  it('is never a sentence of an article paragraph, a quotation, a line inside a block, or a long line', () => {
    for (const text of [
      'The ministry said in its newsletter that the plan would start in May.\n',
      'Talks went on. Subscribe to our newsletter, the editor urged readers.\n',
      '“Follow us on Telegram,” the rebels wrote in a statement.\n',
      'The list read:\nGet the weekly briefing in your inbox\nand more.\n',
      'Follow the money that flows through the channel from the state budget to the companies of the minister’s family and friends, the report said.\n',
      // Sentences of an article, as paragraphs of their own: a verb that is no call, an attribution.
      'Talks went on.\n\nLike Facebook, TikTok has been accused of harming teenagers’ mental health.\n\nThe vote is on Monday.\n',
      'Talks went on.\n\nShare prices of X rivals rose after the decision.\n\nThe vote is on Monday.\n',
      'Talks went on.\n\nFollow the money, the prosecutor told jurors, and it leads to a Telegram channel.\n\nThe vote is on Monday.\n',
      'Talks went on.\n\nDownload the government’s Digital ID app to prove your age, officials said.\n\nThe vote is on Monday.\n'
    ]) {
      expect(check(text), text).toEqual([])
      expect(corrected(lint, text)).toBe(text)
    }
  })
})

describe('boilerplate', () => {
  it('removes the seed’s closing “Leave a Comment” with the blank line before it', () => {
    const text = 'Xi decides to support Putin or stay out of the fight.\n\nLeave a Comment'
    expect(check(text)).toEqual([
      {
        reason: 'Page furniture, not article text: `Leave a Comment` (comment form): remove the line',
        ...at(text, 'Leave a Comment'),
        fixRange: rangeOf(text, '\nLeave a Comment'),
        expected: [''],
        fixable: true,
        ...w
      }
    ])
    expect(corrected(lint, text)).toBe('Xi decides to support Putin or stay out of the fight.\n')
    expect(corrected(lint, `${text}\n`)).toBe('Xi decides to support Putin or stay out of the fight.\n')
  })

  it('removes a furniture paragraph with the blank lines after it, and a line inside a block alone', () => {
    const text = 'Advertisement\n\nLeaders met in Brussels.\nRead more: Biden heads to Poland\n\nSHARE THIS ARTICLE\n\nThey agreed on sanctions.\n'
    expect(check(text)).toEqual([
      {
        reason: 'Page furniture, not article text: `Advertisement` (advertising slot): remove the line',
        ...at(text, 'Advertisement'),
        fixRange: rangeOf(text, 'Advertisement\n\n'),
        expected: [''],
        fixable: true,
        ...w
      },
      {
        reason: 'Page furniture, not article text: `Read more: Biden heads to Poland` (link to another article): remove the line',
        ...at(text, 'Read more: Biden heads to Poland'),
        fixRange: rangeOf(text, 'Read more: Biden heads to Poland\n'),
        expected: [''],
        fixable: true,
        ...w
      },
      {
        reason: 'Page furniture, not article text: `SHARE THIS ARTICLE` (sharing widget): remove the line',
        ...at(text, 'SHARE THIS ARTICLE'),
        fixRange: rangeOf(text, 'SHARE THIS ARTICLE\n\n'),
        expected: [''],
        fixable: true,
        ...w
      }
    ])
    expect(corrected(lint, text)).toBe('Leaders met in Brussels.\n\nThey agreed on sanctions.\n')
  })

  it('removes several furniture lines at the end in successive passes', () => {
    expect(corrected(lint, 'The end.\n\nShare this story\nClick here to subscribe to our newsletter\n12 comments\n')).toBe('The end.\n')
  })

  it('removes cookie prompts and photo credits on lines of their own', () => {
    const text = 'We use cookies to improve your experience.\nPhoto: Evan Vucci/AP\n\nLeaders met.\n'
    expect(corrected(lint, text)).toBe('Leaders met.\n')
  })

  // A caption ends with its credit, as it should: in a corpus of correct articles written blind, 15 were removed.
  it('suggests removing a photo credit at the end of a text line, without a fix: it may be a caption\'s', () => {
    const text = 'Biden spoke to troops in Rzeszow. (AP Photo/Evan Vucci)\n\nHe then flew to Warsaw. Evan Vucci/AFP via Getty Images\n'
    expect(check(text)).toEqual([
      {
        reason: 'Photo credit at the end of the text: `(AP Photo/Evan Vucci)`: remove it unless this is a caption',
        ...at(text, '(AP Photo/Evan Vucci)'),
        fixRange: rangeOf(text, ' (AP Photo/Evan Vucci)'),
        expected: [''],
        fixable: false,
        ...w
      },
      {
        reason: 'Photo credit at the end of the text: `Evan Vucci/AFP via Getty Images`: remove it unless this is a caption',
        ...at(text, 'Evan Vucci/AFP via Getty Images'),
        fixRange: rangeOf(text, ' Evan Vucci/AFP via Getty Images'),
        expected: [''],
        fixable: false,
        ...w
      }
    ])
    expect(corrected(lint, text)).toBe(text)
  })

  it('leaves article text that only starts like furniture alone', () => {
    for (const text of [
      'Share prices fell sharply on Monday.',
      'Getty Images reported higher sales.',
      'Related talks will resume in Geneva.',
      'Comments by the minister angered Warsaw.',
      'Copyright law is changing in the EU.',
      'Click here to read the full report, officials told reporters on Tuesday, adding that the document ran to 300 pages and covered every aspect of the sanctions regime in detail.'
    ]) {
      expect(check(text), text).toEqual([])
    }
  })

  it('gives the reason of the first pattern in the file that matches, whatever its kind', () => {
    const reasons = (yaml: string, text: string) =>
      findings(text, 'boilerplate', linterFor(boilerplate, 'boilerplate:\n  file: furniture.yml\n', {'furniture.yml': yaml})).map((found) => found.reason)
    const line = '  - line: Read more\n    reason: by line\n'
    const again = '  - line: read  more.\n    reason: by the same line again\n'
    const prefix = '  - prefix: Read\n    reason: by prefix\n'
    const regex = '  - regex: "^read"\n    reason: by regex\n'
    const reason = (why: string) => [`Page furniture, not article text: \`Read more\` (${why}): remove the line`]
    expect(reasons(`patterns:\n${line}${again}${prefix}${regex}`, 'Read more')).toEqual(reason('by line'))
    expect(reasons(`patterns:\n${again}${line}${prefix}`, 'Read more')).toEqual(reason('by the same line again'))
    expect(reasons(`patterns:\n${prefix}${line}`, 'Read more')).toEqual(reason('by prefix'))
    expect(reasons(`patterns:\n${regex}${line}`, 'Read more')).toEqual(reason('by regex'))
    expect(reasons(`patterns:\n${line}${regex}`, 'Read more')).toEqual(reason('by line'))
  })

  it('rejects an unsafe regular expression at load, naming file, line and column', () => {
    const yaml = 'patterns:\n  - line: Advertisement\n    reason: ad\n  - regex: "^(\\\\w+\\\\s?)+$"\n    reason: bad\n'
    const load = () => linterFor(boilerplate, 'boilerplate:\n  file: furniture.yml\n', {'furniture.yml': yaml})
    expect(load).toThrow(RulesError)
    expect(load).toThrow(/\/furniture\.yml:4:5: unsafe regular expression: exponential backtracking/)
  })
})
