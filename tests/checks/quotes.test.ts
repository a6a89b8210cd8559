import {describe, expect, it} from 'vitest'
import {brackets} from '../../src/checks/brackets.js'
import {punctuation} from '../../src/checks/punctuation.js'
import {quotes} from '../../src/checks/quotes.js'
import {readQuotes} from '../../src/text/quotations.js'
import {findings} from '../helpers.js'
import {at, corrected, linterFor} from './artifacts.js'

const lint = linterFor([quotes, brackets, punctuation])
const check = (text: string, ruleId: string) => findings(text, ruleId, lint)
const w = {severity: 'warning'} as const

describe('unmatched closing quotes', () => {
  it('are one finding for a run of the same mark, not one per mark', () => {
    const text = 'He said no”””” and left. Later” he came back.\n'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Unmatched closing quotes: 4 `”` in a row, and no quotation is open at this point of the paragraph', start: 10, end: 14, actual: '””””', expected: [], fixable: false, fixRange: undefined, ...w},
      {reason: 'Unmatched closing quote `”`: no quotation is open at this point of the paragraph', ...at(text, '”', 20), expected: [], fixable: false, ...w}
    ])
  })
})

describe('an unclosed quotation', () => {
  it('is closed before its attribution: a speech verb at once, or a short subject and one', () => {
    const text = '“We will not wait, said the minister.\n\nTalks went on.\n\n"Prices will fall, the central bank said in its statement.\n\nTalks went on.\n\n“How long must we wait? asked the delegate.\n'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Unclosed quotation: `said` after it shows where it ends; expected `”` after `wait,`', start: 0, end: text.indexOf(' said'), actual: '“We will not wait,', expected: ['“We will not wait,”'], fixable: true, fixRange: undefined, ...w},
      {reason: 'Unclosed quotation: `the central bank said` after it shows where it ends; expected `"` after `fall,`', start: text.indexOf('"Prices'), end: text.indexOf(' the central'), actual: '"Prices will fall,', expected: ['"Prices will fall,"'], fixable: true, fixRange: undefined, ...w},
      {reason: 'Unclosed quotation: `asked` after it shows where it ends; expected `”` after `wait?`', start: text.indexOf('“How'), end: text.indexOf(' asked'), actual: '“How long must we wait?', expected: ['“How long must we wait?”'], fixable: true, fixRange: undefined, ...w}
    ])
    expect(corrected(lint, text)).toBe(text.replace('wait, said', 'wait,” said').replace('fall, the', 'fall," the').replace('wait? asked', 'wait?” asked'))
  })

  it('stays report-only where no attribution shows its end, or another mark comes first', () => {
    for (const text of ['“We will see what happens next week.\n\nTalks went on.\n', '“We will see, he said, what “fair” means.\n\nTalks went on.\n'.replace('he said, what “fair”', 'what “fair” means, he said')]) {
      expect(check(text, 'quotes').map(({reason, fixable}) => ({reason, fixable}))[0]).toEqual({reason: 'Unmatched opening quote `“`: the quotation is not closed in this paragraph', fixable: false})
      expect(corrected(lint, text)).toBe(text)
    }
  })
})

describe('quotes', () => {
  it('repairs the seed’s “No plans“The: the glued mark closes the quotation', () => {
    const text = 'Jane Sackie said this week that “No plans“The White House has not explored that option for Biden to travel to Ukraine.”'
    expect(check(text, 'quotes')).toEqual([
      {
        reason: 'Misdirected quote `“` closes the quotation opened before `No` and touches `The`: expected `” `',
        ...at(text, '“', text.indexOf('plans')),
        expected: ['” '],
        fixable: true,
        ...w
      },
      // The final mark then closes nothing: which quotation it belonged to is the editor's call.
      {reason: 'Unmatched closing quote `”`: no quotation is open at this point of the paragraph', ...at(text, '”'), expected: [], fixable: false, ...w}
    ])
    expect(corrected(lint, text)).toBe(
      'Jane Sackie said this week that “No plans” The White House has not explored that option for Biden to travel to Ukraine.”'
    )
  })

  it('cleans the seed’s `completely.” , Stay united. “`: the stray comma and the dangling quote go', () => {
    const text = 'Biden said that “He never thought NATO would be stable – completely.” , Stay united. “'
    expect(check(text, 'punctuation-debris')).toEqual([
      {reason: 'Stray comma `,` after the end of a sentence: remove it', ...at(text, ' ,'), expected: [''], fixable: true, ...w}
    ])
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Dangling opening quote `“` at the end of the paragraph: remove it', ...at(text, ' “', text.indexOf('united')), expected: [''], fixable: true, ...w}
    ])
    expect(check(text, 'punctuation-spacing')).toEqual([])
    expect(corrected(lint, text)).toBe('Biden said that “He never thought NATO would be stable – completely.” Stay united.')
  })

  it('turns a misdirected mark whose position is certain', () => {
    const text = 'He called it ”a disgrace“ and left.'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Misdirected quote `”` opens a quotation: expected `“`', ...at(text, '”'), expected: ['“'], fixable: true, ...w},
      {reason: 'Misdirected quote `“` closes the quotation opened before `a`: expected `”`', ...at(text, '“'), expected: ['”'], fixable: true, ...w}
    ])
    expect(corrected(lint, text)).toBe('He called it “a disgrace” and left.')
  })

  it('adds the space a glued opening or closing mark needs', () => {
    expect(corrected(lint, 'He said“No plans.”The talks ended.')).toBe('He said “No plans.” The talks ended.')
    expect(check('He said“No plans.”', 'quotes')).toEqual([
      {reason: 'Opening quote `“` touches `said`: expected a space before it', start: 7, end: 8, actual: '“', expected: [' “'], fixable: true, ...w}
    ])
  })

  it('removes the space before a final closing mark', () => {
    const text = '“We will stay united. ”'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Unexpected space before the closing quote `”`', ...at(text, ' ”'), expected: ['”'], fixable: true, ...w}
    ])
  })

  it('turns an apostrophe inside a word the right way', () => {
    const text = 'Ukraine‘s leaders spoke.'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Misdirected apostrophe `‘`: expected `’`', ...at(text, '‘'), expected: ['’'], fixable: true, ...w}
    ])
    expect(corrected(lint, text)).toBe('Ukraine’s leaders spoke.')
  })

  it('turns the apostrophe of a decade the right way', () => {
    const text = 'Ties frozen since the ‘90s thawed.'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Misdirected apostrophe `‘`: expected `’`', ...at(text, '‘'), expected: ['’'], fixable: true, ...w}
    ])
    expect(corrected(lint, text)).toBe('Ties frozen since the ’90s thawed.')
  })

  it('reports a single quotation left open, never taking an apostrophe for a closing quote', () => {
    const text = 'She called it ‘a turning point.\n\nHe said ‘we will not retreat’ and the ‘allies’ plan’ stood.\n\n‘It will go on,\n\n‘and on,’ he said.'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Unmatched opening quote `‘`: the quotation is not closed in this paragraph', ...at(text, '‘'), expected: [], fixable: false, ...w}
    ])
  })

  it('reports what it cannot repair for certain', () => {
    const text = 'He said “we will win and left. Then “ she spoke.'
    expect(check(text, 'quotes')).toEqual([
      {reason: 'Unmatched opening quote `“`: the quotation is not closed in this paragraph', ...at(text, '“'), expected: [], fixable: false, ...w},
      {reason: 'Stray quote mark `“` between spaces: remove it or attach it to its quotation', ...at(text, '“', 20), expected: [], fixable: false, ...w}
    ])
    expect(corrected(lint, text)).toBe(text)
  })

  it('lets a quotation run on into a paragraph that opens with a quote mark (news style)', () => {
    const text = '“We will not give up,” he said. “We have come too far.\n\n“And we will finish the job.”'
    expect(check(text, 'quotes')).toEqual([])
  })

  it('pairs straight quotes by position and ignores inch marks', () => {
    expect(check('He said "no plans" and left. The player is 6\'2" tall.', 'quotes')).toEqual([])
  })
})

describe('brackets', () => {
  it('reports unbalanced and mismatched brackets, and ignores list markers', () => {
    const text = 'The agency (IPMA said so. The rules] apply.\na) first\nb) second. The fund [set up (in 2020) grew.'
    expect(check(text, 'brackets')).toEqual([
      {reason: 'Unmatched `(`: no `)` closes it in this paragraph', ...at(text, '('), expected: [], fixable: false, ...w},
      {reason: 'Unmatched `]`: no `[` opens it in this paragraph', ...at(text, ']'), expected: [], fixable: false, ...w},
      {reason: 'Unmatched `[`: no `]` closes it in this paragraph', ...at(text, '['), expected: [], fixable: false, ...w}
    ])
    expect(check('The fund (set up in 2020) and the board [of five] met.', 'brackets')).toEqual([])
  })

  // From a hostile-input review: a finding for each mark, and 100 KB of ")" took 1.15 GB.
  it('reports a run of the same unmatched mark once, with its count; a run of unmatched opening quotes too', () => {
    const text = 'He said )))) and left (( then.'
    expect(check(text, 'brackets')).toEqual([
      {reason: 'Unmatched `)`: 4 in a row, and no `(` opens them in this paragraph', ...at(text, '))))'), expected: [], fixable: false, ...w},
      {reason: 'Unmatched `(`: 2 in a row, and no `)` closes them in this paragraph', ...at(text, '(('), expected: [], fixable: false, ...w}
    ])
    const quotes = 'He said “““ and left.'
    expect(check(quotes, 'quotes')).toEqual([
      {reason: 'Unmatched opening quotes: 3 `“` in a row, and no quotation is closed in this paragraph', ...at(quotes, '“““'), expected: [], fixable: false, ...w}
    ])
  })
})

describe('punctuation', () => {
  it('removes a space before a comma, full stop, colon or question mark', () => {
    const text = 'Poland , Estonia and Lithuania agreed . Why ?'
    expect(check(text, 'punctuation-spacing')).toEqual([
      {reason: 'Unexpected space before `,`', ...at(text, ' ,'), expected: [','], fixable: true, ...w},
      {reason: 'Unexpected space before `.`', ...at(text, ' .'), expected: ['.'], fixable: true, ...w},
      {reason: 'Unexpected space before `?`', ...at(text, ' ?'), expected: ['?'], fixable: true, ...w}
    ])
    expect(corrected(lint, text)).toBe('Poland, Estonia and Lithuania agreed. Why?')
  })

  it('leaves a colon between numbers spaced: a score, a time, a ratio, a verse', () => {
    const text = 'Bayern won 2 : 1 at 10 : 45 on a 1 : 50,000 map, reading John 3 : 16. He said : no.'
    expect(check(text, 'punctuation-spacing').map(({actual}) => actual)).toEqual([' :'])
    expect(corrected(lint, text)).toBe('Bayern won 2 : 1 at 10 : 45 on a 1 : 50,000 map, reading John 3 : 16. He said: no.')
  })

  it('adds the missing space after a comma between words', () => {
    expect(corrected(lint, 'Poland,Estonia and Latvia agreed.')).toBe('Poland, Estonia and Latvia agreed.')
  })

  it('moves a space from before a comma to after it', () => {
    const text = 'The ministry said in a statement ,adding that talks would go on.'
    expect(check(text, 'punctuation-spacing')).toEqual([{reason: 'Space before `,` instead of after it', ...at(text, ' ,'), expected: [', '], fixable: true, ...w}])
    expect(corrected(lint, text)).toBe('The ministry said in a statement, adding that talks would go on.')
  })

  it('cleans doubled and stray marks', () => {
    const text = 'Poland,, Estonia and Russia,. Then it ended., and they left.'
    expect(check(text, 'punctuation-debris')).toEqual([
      {reason: 'Doubled `,`: keep one', ...at(text, ',,'), expected: [','], fixable: true, ...w},
      {reason: 'Stray `,` before the full stop: remove it', ...at(text, ',.'), expected: ['.'], fixable: true, ...w},
      {reason: 'Punctuation debris `.,`: keep the full stop or the comma', ...at(text, '.,'), expected: ['.', ','], fixable: false, ...w}
    ])
    expect(corrected(lint, text)).toBe('Poland, Estonia and Russia. Then it ended., and they left.')
  })

  it('takes a state\'s abbreviation for one only after a city and a comma, as written', () => {
    const text = 'He was ill., his spokesman said, and the pope led Mass., then left.'
    expect(check(text, 'punctuation-debris').map((finding) => finding.actual)).toEqual(['.,', '.,'])
  })

  it('leaves a comma before a decimal point alone: batting averages, calibres', () => {
    const text = 'Judge hit .322, .311 and .287 in three seasons, with a 9mm pistol, .38 revolver and rifle.'
    expect(check(text, 'punctuation-debris')).toEqual([])
    expect(corrected(lint, text)).toBe(text)
  })

  it('keeps one of two full stops ending a sentence', () => {
    const text = 'Kharkiv was shelled overnight, officials said.. Talks resume on Monday.'
    expect(check(text, 'punctuation-debris')).toEqual([{reason: 'Doubled `.`: keep one', ...at(text, '..'), expected: ['.'], fixable: true, ...w}])
    expect(corrected(lint, text)).toBe('Kharkiv was shelled overnight, officials said. Talks resume on Monday.')
  })

  it('leaves abbreviations, numbers, ellipses and decimals alone', () => {
    for (const text of [
      'The U.S., Canada and Acme Inc., a supplier, agreed at 9 a.m., officials said.',
      'The governor spoke in Sacramento, Calif., on Monday, and in Seattle, Wash., on Tuesday.',
      'Prices rose 3,500 euros, or 2.5%.',
      'He paused . . . and went on.',
      'He paused... and went on.',
      '“Why?” he asked.',
      'He said: “No.”'
    ]) {
      for (const ruleId of ['punctuation-spacing', 'punctuation-debris', 'quotes']) expect(check(text, ruleId), `${ruleId}: ${text}`).toEqual([])
    }
  })
})

describe('readQuotes', () => {
  it('gives the quotation spans other checks skip', () => {
    expect(readQuotes('He said “no plans” and “none”.').quotations).toEqual([
      {open: 8, end: 18},
      {open: 23, end: 29}
    ])
  })
})

describe('punctuation never inside a token', () => {
  it('leaves numbers, abbreviations, versions, addresses and codes as written, and still spaces a comma between two words', () => {
    const tokens = ['5,000', '3.5', 'U.S.', 'e.g.', 'Ph.D.', 'v2.1.3', 'example.com/news', 'press@example.org,x', 'H5N1,B-7', 'XK-12,4B', 'SKU 44,A9', 'grade A,B', 'EU,UK']
    for (const token of tokens) {
      const text = `The report lists ${token} as the reference.\n`
      expect(check(text, 'punctuation-spacing'), token).toEqual([])
      expect(corrected(lint, text)).toBe(text)
    }
    expect(corrected(lint, 'Russia,and Ukraine met.\n')).toBe('Russia, and Ukraine met.\n')
  })
})
