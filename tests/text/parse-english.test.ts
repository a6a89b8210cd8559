import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextEnglishWindowed, {WindowedParseEnglish} from '../../src/text/parse-english.js'

const root = path.join(import.meta.dirname, '..', '..')
const seed = readFileSync(path.join(root, 'drafts', 'biden-nato-summit.txt'), 'utf8')

function windowed(text: string, window: number) {
  const parser = new WindowedParseEnglish()
  parser.window = window
  return parser.parse(text)
}

/** Pieces that exercise every sentence plugin: elisions ("ol'", "'tis", "rock 'n' roll", "w/"), initialisms, hyphens, slashes, ampersands, line breaks. */
const PIECES = [
  ...['a', 'Biden', 'ol', 'o', 'n', 'w', 'U', 'S', 'tis', 'twas', 'em', 'cause', '90s', 'Mr', 'etc', 'Inc', 'don', 't', 'rock', 'roll', 'café', 'x2', '42', '3'],
  ...["'", '’', '.', ',', '-', '/', '&', '!', '?', '…', '“', '”', '"', '(', ')', ':', ';', '*', '😀'],
  ...[' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', ' \n \n'],
  ...[" ol' ", ' o’ ', " 'n' ", ' w/ ', 'U.S.', " 'tis ", '’90s', "don't", 'long-term', 'A&B']
]

describe('the windowed English parser', () => {
  it('builds the tree retext-english builds, on generated text, with windows as small as one token', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), {maxLength: 80}), fc.integer({min: 1, max: 6}), (pieces, window) => {
        const text = pieces.join('')
        expect(windowed(text, window)).toEqual(new ParseEnglish().parse(text))
      }),
      {numRuns: 2000}
    )
  })

  it('does not start a window at an elision that reads the white space before it ("… ol’ …")', () => {
    const text = "they sang ol' songs"
    const tree = windowed(text, 2) // a window could end after "sang "
    expect(tree).toEqual(new ParseEnglish().parse(text))
    const sentence = (tree.children[0] as Paragraph).children[0] as Sentence
    expect(sentence.children.filter((node) => node.type === 'WordNode').map((node) => toString(node))).toEqual(['they', 'sang', "ol'", 'songs'])
  })

  it('gives parse-latin’s blank-line plugin only the sentences it can break, and it is found among the paragraph plugins', () => {
    const plugins = new WindowedParseEnglish().tokenizeParagraphPlugins
    const replaced = plugins.filter((plugin, index) => plugin !== ParseEnglish.prototype.tokenizeParagraphPlugins[index])
    expect(replaced).toHaveLength(1)
    const text = 'One line.\n\nTwo lines\n\nin one sentence, \r\n and a CR LF.\r\n\r\nEnd'
    expect(windowed(text, 1024)).toEqual(new ParseEnglish().parse(text))
  })

  it('parses whole when another plugin adds sentence extensions, whose reach it cannot know', () => {
    const text = Array.from({length: 3}, () => seed).join('\n\n')
    const seen = (plugin: typeof retextEnglish) => {
      const lengths: number[] = []
      const processor = unified().use(plugin).data('nlcstSentenceExtensions', [(sentence: Sentence) => void lengths.push(sentence.children.length)])
      return {tree: processor.parse(text), lengths}
    }
    const windowed = seen(retextEnglishWindowed)
    expect(windowed.lengths).toHaveLength(1) // the whole text, as parse-latin gives it to the sentence plugins
    expect(windowed).toEqual(seen(retextEnglish))
  })

  it('builds the same tree as retext-english, with its default windows, on the drafts and fixtures', () => {
    const fixtures = path.join(root, 'tests', 'fixtures')
    const texts = [
      seed,
      Array.from({length: 5}, () => seed).join('\n\n'),
      ...readdirSync(fixtures, {recursive: true, encoding: 'utf8'})
        .filter((file) => file.endsWith('.txt'))
        .map((file) => readFileSync(path.join(fixtures, file), 'utf8'))
    ]
    const plain = unified().use(retextEnglish)
    const fast = unified().use(retextEnglishWindowed)
    for (const text of texts) expect(fast.parse(text)).toEqual(plain.parse(text))
  })
})
