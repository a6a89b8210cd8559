import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Paragraph, Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {loadFormats, readMarkup} from '../../src/formats/index.js'
import {fragments} from '../../src/checks/fragments.js'
import {isHeading, isHeadingLine} from '../../src/text/headings.js'
import {findings} from '../helpers.js'
import {at, corrected, linterFor} from './artifacts.js'

const lint = linterFor(fragments)
const check = (text: string) => findings(text, 'fragment', lint)

describe('fragments', () => {
  it('reports the seed’s “Latvia.” and offers no fix', () => {
    const text = 'Troops from NATO countries bordering Poland, Estonia, Lithuania and Russia. Latvia.\n\nThe next paragraph goes on.'
    expect(check(text)).toEqual([
      {
        reason: 'Sentence fragment `Latvia.`: one word without a verb; join it to the sentence before or complete it',
        ...at(text, 'Latvia.'),
        expected: [],
        fixable: false,
        severity: 'warning'
      }
    ])
    expect(corrected(lint, text)).toBe(text)
  })

  it('joins the third item of a broken pair to it, and keeps a common noun lowercase', () => {
    const text = 'The delegation visited Chile and Peru. Bolivia.\n\nThe battery uses iron and phosphate. Manganese.\n'
    expect(check(text)).toEqual([
      {reason: 'Sentence fragment `Bolivia.`: the last item of the list before it (`Chile, Peru and Bolivia.`)', ...at(text, 'Bolivia.'), expected: [', Peru and Bolivia.'], fixable: true, fixRange: {start: text.indexOf(' and Peru'), end: text.indexOf('Bolivia.') + 8}, severity: 'warning'},
      {reason: 'Sentence fragment `Manganese.`: the last item of the list before it (`iron, phosphate and manganese.`)', ...at(text, 'Manganese.'), expected: [', phosphate and manganese.'], fixable: true, fixRange: {start: text.indexOf(' and phosphate'), end: text.indexOf('Manganese.') + 10}, severity: 'warning'}
    ])
    expect(corrected(lint, text)).toBe('The delegation visited Chile, Peru and Bolivia.\n\nThe battery uses iron, phosphate and manganese.\n')
  })

  it('never makes an adverb or a "no" the last item of a list', () => {
    for (const text of ['The club has sacked its manager and sporting director. Again.', 'He was asked whether he would resign and said no. Twice.', 'They promised to cut taxes and raise spending. Not anymore.']) {
      expect(check(text).map(({reason, fixable}) => ({reason, fixable})), text).toEqual([{reason: `Sentence fragment \`${text.slice(text.lastIndexOf('. ') + 2)}\`: ${text.endsWith('anymore.') ? 'two words' : 'one word'} without a verb; join it to the sentence before or complete it`, fixable: false}])
      expect(corrected(lint, text)).toBe(text)
    }
  })

  it('reads the pair in the last clause: an earlier clause’s comma does not make it a list of three', () => {
    expect(corrected(lint, 'The team will be received in Madrid, and later by the councils of Valencia and Seville. Bilbao.\n')).toBe(
      'The team will be received in Madrid, and later by the councils of Valencia, Seville and Bilbao.\n'
    )
    expect(corrected(lint, 'Funds reached the towns, but not the villages of Tete and Manica. Niassa.\n')).toBe('Funds reached the towns, but not the villages of Tete, Manica and Niassa.\n')
  })

  it('leaves a list of three or more as written, with or without the serial comma, and a clause with two “and”s', () => {
    for (const text of [
      'Leaders came from Paris, Lyon and Marseille. Toulouse.\n',
      'Leaders came from Paris, Lyon, and Marseille. Toulouse.\n',
      'Talks with Spain and France and Italy. Malta.\n'
    ]) {
      expect(check(text).map((message) => message.reason)).toEqual([`Sentence fragment \`${text.includes('Malta') ? 'Malta.' : 'Toulouse.'}\`: one word without a verb; join it to the sentence before or complete it`])
      expect(corrected(lint, text)).toBe(text)
    }
  })

  it('writes the serial comma where the house style asks for it', () => {
    const serial = linterFor(fragments, 'fragments:\n  serialComma: true\n')
    expect(corrected(serial, 'The delegation visited Chile and Peru. Bolivia.\n')).toBe('The delegation visited Chile, Peru, and Bolivia.\n')
  })

  it('reports a two-word fragment', () => {
    const text = 'The summit ended late. Big day.'
    expect(check(text)).toEqual([
      {
        reason: 'Sentence fragment `Big day.`: two words without a verb; join it to the sentence before or complete it',
        ...at(text, 'Big day.'),
        expected: [],
        fixable: false,
        severity: 'warning'
      }
    ])
  })

  it('never flags headings, datelines, bylines, list items, quotations, questions or short clauses', () => {
    for (const text of [
      'Cyclone diplomacy on display\n\nBiden will spend most of his trip in Brussels.',
      'Latvia\n\nThe Baltic state borders Russia.',
      'KYIV. The capital was quiet on Sunday.',
      'By Reuters.\n\nLeaders met.',
      'The plan has three parts:\n\n1. Energy.\n2. Sanctions.\n- Aid.',
      'Asked about a visit, she said: “No. Not now.”',
      '“Never.” That was his answer.',
      'What next? Nobody knows.',
      'He declined. Talks failed. Prices rose. It worked.',
      'No. 10 Downing Street said so.'
    ]) {
      expect(check(text), text).toEqual([])
    }
  })

  it('never flags the list items of a Markdown or HTML draft, whose markers are not in the prose', async () => {
    await loadFormats(['a.md', 'a.html'])
    const inMarkup = (text: string, path: string) => findings(text, 'fragment', {lint: (draft: string) => lint.lint(draft, path), lintForFixes: (draft: string) => lint.lintForFixes(draft, path)})
    expect(inMarkup('- First point of the talks.\n- Energy security.\n- Ukraine.\n\n1. Sanctions.\n', 'a.md')).toEqual([])
    expect(inMarkup('<ul><li>Energy security.</li><li>Ukraine.</li></ul>\n', 'a.html')).toEqual([])
    // The same words in a paragraph of their own are still a fragment.
    expect(inMarkup('The talks went on.\n\nUkraine.\n', 'a.md').map(({actual}) => actual)).toEqual(['Ukraine.'])
  })
})

describe('headings', () => {
  const paragraphsOf = (text: string) => (unified().use(retextEnglish).parse(text) as Root).children.filter((node): node is Paragraph => node.type === 'ParagraphNode')

  it('tells a heading line from a sentence', () => {
    expect(isHeadingLine('Cyclone diplomacy on display')).toBe(true)
    expect(isHeadingLine('Focus on the millions of displaced Ukrainian, US troops')).toBe(true)
    expect(isHeadingLine('Biden is heading to the NATO summit in a showdown with Putin over Ukraine')).toBe(true)
    expect(isHeadingLine('Leaders met in Brussels.')).toBe(false)
    expect(isHeadingLine('What comes next?')).toBe(false)
    expect(isHeadingLine('“We will win,” he said')).toBe(true)
    expect(isHeadingLine('lowercase start is not a heading')).toBe(false)
    expect(isHeadingLine('Two lines\nare a paragraph')).toBe(false)
    expect(isHeadingLine(Array.from({length: 21}, () => 'Word').join(' '))).toBe(false)
  })

  it('tells a heading paragraph from a text paragraph', () => {
    const document = 'Putin, China is watching\n\nBiden said on Monday that he knew Putin. He left.'
    const [heading, text] = paragraphsOf(document)
    expect(isHeading(heading!, new VFile(document))).toBe(true)
    expect(isHeading(text!, new VFile(document))).toBe(false)
  })

  it('takes a Markdown draft’s headings from its syntax, punctuated or not', async () => {
    await loadFormats(['a.md'])
    const draft = '## Will NATO hold?\n\nShort line alone\n'
    const markup = readMarkup(draft, 'a.md', {frontMatterProse: []})
    const file = new VFile(draft)
    file.data.prose = markup.prose
    const [question, line] = paragraphsOf(markup.prose.text)
    expect([isHeading(question!, file), isHeading(line!, file)]).toEqual([true, false])
    expect(isHeading(paragraphsOf(draft)[1]!, new VFile(draft))).toBe(true) // as plain text, the short line reads as a heading
  })
})
