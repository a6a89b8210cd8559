/**
 * The seed draft as Markdown and as HTML: the same prose errors found and
 * fixed as in the plain text, and every byte outside the prose unchanged.
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadFormats} from '../../src/formats/index.js'
import {decodeDraft} from '../../src/io/read-draft.js'
import {packageRoot} from '../../src/package-root.js'
import {lintDraft, type FileResult} from '../../src/run.js'
import {linter, tempDir} from '../helpers.js'

const fixtures = path.join(packageRoot, 'tests', 'fixtures', 'formats')
const read = (name: string) => readFileSync(name.startsWith('drafts') ? path.join(packageRoot, name) : path.join(fixtures, name), 'utf8')
const lint = (name: string, text = read(name)) => lintDraft(linter(), decodeDraft(name, Buffer.from(text)), name, {fix: true})
/** Each finding but the readability summary: its rule, line, column, text, and whether its fix was made. */
const placed = (result: FileResult) => result.messages.filter((message) => message.ruleId !== 'readability-summary').map((message) => [message.ruleId, message.line, message.column, message.actual, result.fixed.has(message)])
/** What the fixes did: each fixed message's rule, the text it replaced and its replacement. */
const fixes = (result: FileResult) => [...result.fixed].map((message) => `${message.ruleId}: ${message.actual} → ${message.expected![0]}`).sort()

beforeAll(() => loadFormats(['a.md', 'a.html']))

const seedFixes = () => fixes(lint('drafts/biden-nato-summit.txt'))

describe('a Markdown draft', () => {
  const draft = () => read('biden-nato-summit.md')

  it('places a finding that only a later fix pass made where it is in the draft, past the markup before it', () => {
    // The space before the second comma is a finding only once pass 1 has joined the commas: its message is made from the fix.
    const result = lint('a.md', '# **Big** title\n\nThe talks went on , , and on.\n')
    const fixed = result.messages.filter((message) => result.fixed.has(message))
    expect(fixed.map((message) => [message.ruleId, message.line, message.column, message.actual, message.expected])).toEqual([
      ['punctuation-spacing', 3, 18, ' , ,', [',']],
      ['punctuation-debris', 3, 19, ', ,', [',']]
    ])
    expect(result.output).toBe('# **Big** title\n\nThe talks went on, and on.\n')
  })

  it('gets the plain text’s fixes, and the front matter’s prose fields theirs', () => {
    // Only the boilerplate line differs: in Markdown its block keeps its blank lines.
    const plain = seedFixes().map((fix) => fix.replace('Leave a Comment\n\n', 'Leave a Comment'))
    expect(fixes(lint('biden-nato-summit.md'))).toEqual([...plain, 'phrases: Kiev → Kyiv', 'repeated-words: the the → the'].sort())
  })

  it('reads a front-matter field written over several lines (a block scalar, a folded plain scalar) at the draft’s own offsets, and fixes it there', () => {
    const text = '---\ndescription: |\n  The the leaders met in Kiev.\n\n  They agreed.\nsummary: >-\n  Polish President Andrzej Dudar spoke\r\n  in Kiev today.\ntitle: Talks with\n  the the leaders\n---\n\nThe talks went on.\n'
    const result = lint('a.md', text)
    expect(placed(result)).toEqual([
      ['repeated-words', 3, 3, 'The the', true],
      ['phrases', 3, 26, 'Kiev', true],
      ['name-misspelled', 7, 28, 'Dudar', true],
      ['phrases', 8, 6, 'Kiev', true],
      ['repeated-words', 10, 3, 'the the', true]
    ])
    expect(result.output).toBe(text.replace('The the', 'The').replaceAll('Kiev', 'Kyiv').replace('Dudar', 'Duda').replace('the the', 'the'))
  })

  it('finds a run of one word after markup, and fixes it there (the run’s text is the prose’s, not the draft’s at the prose’s offsets)', () => {
    for (const [name, text] of [['a.md', '# Talks\n\nThey agreed agreed agreed on a plan.\n'], ['a.html', '<h1>Talks</h1><p>They agreed agreed agreed on a plan.</p>\n']] as const) {
      const result = lint(name, text)
      expect(result.messages.filter((message) => message.ruleId === 'repeated-words').map((message) => [message.reason, message.actual])).toEqual([['`agreed` 3 times in a row: keep one', 'agreed agreed agreed']])
      expect(result.output).toBe(text.replace('agreed agreed agreed', 'agreed'))
    }
  })

  it('places findings on a list item’s or a block quote’s later lines, past their indentation and "> ", and fixes them there', () => {
    const item = '1. The talks in Warsaw on Tuesday were opened by Polish President Andrzej\n   Duda, who spoke for an hour in Kiev.\n'
    const itemResult = lint('a.md', item)
    expect(placed(itemResult)).toEqual([['phrases', 2, 35, 'Kiev', true]])
    expect(itemResult.output).toBe(item.replace('Kiev', 'Kyiv'))
    // In a block quote (a quotation: reported, not fixed), a run that goes on past a line's "> ".
    const quoted = lint('a.md', '> They agreed agreed\n> agreed on a plan.\n').messages.find((message) => message.ruleId === 'repeated-words')!
    expect([quoted.line, quoted.column, quoted.place && 'end' in quoted.place && [quoted.place.end.line, quoted.place.end.column]]).toEqual([1, 8, [2, 9]])
  })

  it('places findings in quoted front-matter strings past their escapes (\\u00e9, \\t, a line-ending backslash)', () => {
    for (const text of ['+++\ntitle = "Caf\\u00e9 talks in Kiev"\n+++\n\nThe plan was agreed.\n', '---\ntitle: "Caf\\u00e9\\ttalks in Kiev"\n---\n\nThe plan was agreed.\n']) {
      const result = lint('a.md', text)
      expect(placed(result)).toEqual([['phrases', 2, 29, 'Kiev', true]])
      expect(result.output).toBe(text.replace('Kiev', 'Kyiv'))
    }
    const continued = '+++\ndescription = """\nThe talks were held in \\\n    Kiev on Monday."""\n+++\n\nThe plan was agreed.\n'
    expect(placed(lint('a.md', continued))).toEqual([['phrases', 4, 5, 'Kiev', true]])
  })

  it('reads TOML front matter’s top-level prose fields (basic, literal and multi-line strings), and no other table’s', () => {
    const text = '+++\ntitle = "Talks in Kiev"\ndescription = """\nThe the leaders met.\nPolish President Andrzej Dudar spoke."""\nsummary = \'Talks in Kiev\'\ndraft = true\n[params]\ntitle = "Kiev"\n+++\n\nThe plan was agreed.\n'
    const result = lint('a.md', text)
    expect(placed(result)).toEqual([
      ['phrases', 2, 19, 'Kiev', true],
      ['repeated-words', 4, 1, 'The the', true],
      ['name-misspelled', 5, 26, 'Dudar', true],
      ['phrases', 6, 21, 'Kiev', true]
    ])
    expect(result.output).toBe(text.replace('Kiev', 'Kyiv').replace('The the', 'The').replace('Dudar', 'Duda').replace("'Talks in Kiev'", "'Talks in Kyiv'"))
    // A string with escapes is read as decoded and left as it is; a `key = ` line inside another string, or an array's line, misleads nothing.
    const tricky = '+++\nsummary = """\ntitle = "Old"\n"""\nmatrix = [\n  [1, 2],\n]\ntitle = "Talks talks in Warsaw"\ndescription = """He said \\"nothing\\" and "no""""\n+++\n\nThe plan was agreed.\n'
    const trickyResult = lint('a.md', tricky)
    expect(placed(trickyResult)).toEqual([['repeated-words', 8, 10, 'Talks talks', true]])
    expect(trickyResult.output).toBe(tricky.replace('Talks talks', 'Talks'))
    // A `title = ` line inside another string is not the title, even with the same text; an empty title heads nothing.
    const inside = '+++\nnotes = """\ntitle = "Talks in Kiev"\n"""\ntitle = "Talks in Kiev"\n+++\n\nThe plan was agreed.\n'
    expect(placed(lint('a.md', inside))).toEqual([['phrases', 5, 19, 'Kiev', true]])
    expect(placed(lint('a.md', '+++\ntitle = ""\n+++\n\nPoland.\n\nThe plan was agreed by all of them.\n')).map(([rule]) => rule)).toEqual(['fragment'])
    // TOML that does not parse is not read for prose, as YAML that does not.
    expect(lint('a.md', '+++\ntitle = "Talks in Kiev\n+++\n\nThe plan was agreed.\n').messages.filter((message) => message.ruleId === 'phrases')).toEqual([])
  })

  it('keeps every byte outside the prose: front-matter keys, code, comments, URLs, images', () => {
    const output = lint('biden-nato-summit.md').output
    const notProse = (text: string) => [
      text.split('---')[1]!.split('\n').filter((line) => !/^(title|description):/.test(line)),
      text.match(/```[\s\S]*?```/g),
      text.match(/`[^`\n]+`/g),
      text.match(/<!--[\s\S]*?-->/g),
      text.match(/\]\([^)]*\)/g),
      text.match(/!\[[^\]]*\]/g)
    ]
    expect(notProse(output)).toEqual(notProse(draft()))
    expect(output).toContain('image: /img/kiev-summit.jpg\naliases: [/news/kiev-summit/]')
    expect(output).toContain('[Jen Psaki](https://example.com/kiev/psaki)')
    expect(output).toContain('**Andrzej Duda**')
    expect(output).toContain('```js\n// the the Kiev\nconst city = "Kiev"\n```')
    expect(output).toContain('title: "Biden heads to Europe as Kyiv waits"')
  })

  it('reports no spelling of tags or keys, and places findings on the draft’s lines', () => {
    const result = lint('biden-nato-summit.md')
    expect(result.messages.filter((message) => message.ruleId === 'spelling').map((message) => message.actual)).toEqual(['locksteps'])
    const dudar = result.messages.find((message) => message.actual === 'Dudar')!
    expect([dudar.line, dudar.column]).toEqual([58, 200])
  })

  it('comes out with a diff git applies and a corrected draft a second run leaves as it is', () => {
    const result = lint('biden-nato-summit.md')
    expect(lint('biden-nato-summit.md', result.output).output).toBe(result.output)
    const repo = tempDir()
    writeFileSync(path.join(repo, 'biden-nato-summit.md'), draft())
    writeFileSync(path.join(repo, 'fix.diff'), result.diff)
    execFileSync('git', ['init', '-q'], {cwd: repo})
    execFileSync('git', ['apply', 'fix.diff'], {cwd: repo})
    expect(readFileSync(path.join(repo, 'biden-nato-summit.md'), 'utf8')).toBe(result.output)
  })
})

describe('an HTML draft', () => {
  it('gets the plain text’s fixes', () => {
    expect(fixes(lint('biden-nato-summit.html'))).toEqual(seedFixes().map((fix) => fix.replace('Leave a Comment\n\n', 'Leave a Comment')))
  })

  it('keeps every tag, attribute, script, code block and comment as it was', () => {
    const {output} = lint('biden-nato-summit.html')
    const outside = (html: string) => html.replace(/>[^<]*</g, '><')
    expect(outside(output)).toEqual(outside(read('biden-nato-summit.html')))
    expect(output).toContain('<script>var note = "the the Kiev";</script>')
    expect(output).toContain('<pre>// the the Kiev</pre>')
    expect(output).toContain('<a href="https://example.com/kiev/psaki">Jen Psaki</a>')
  })

  it('leaves the legacy preformatted elements as it leaves <pre>', () => {
    const draft = '<p>Leaders met in in Brussels.</p>\n<xmp>the the Kiev</xmp>\n<listing>the the Kiev</listing>\n<plaintext>the the Kiev\n'
    expect(lint('x.html', draft).output).toBe(draft.replace('in in', 'in'))
  })

  it('reads a character reference, and fixes around it but nothing that spans one', () => {
    const result = lint('x.html', '<p>Polish President Andrzej Dudar&rsquo;s visit. Leaders met in in Brussels.</p>\n<p>Polish President Andrzej Du&shy;dar arrived.</p>\n')
    expect(result.output).toBe('<p>Polish President Andrzej Duda&rsquo;s visit. Leaders met in Brussels.</p>\n<p>Polish President Andrzej Du&shy;dar arrived.</p>\n')
  })
})

describe('the names corpus as Markdown and as HTML', () => {
  it('scores as the plain text does: every gold error found, the same fixes', async () => {
    const {evaluate} = await import('../../scripts/eval.js')
    const plain = evaluate().totals
    expect(plain).toEqual({errors: 98, detected: 97, fixed: 94, wrongFixes: 2, falseFixes: 2, controls: 16, controlsChanged: 0, controlChanges: 0, controlFindings: 2, keeps: 0, keepsChanged: 0})
    expect(evaluate({format: 'md'}).totals).toEqual(plain)
    expect(evaluate({format: 'html'}).totals).toEqual(plain)
  })
})

describe('the annotated report of a Markdown draft', () => {
  it('shows code and other syntax as it is, not annotated, and no front-matter fence as a rule', async () => {
    const {annotatedReport} = await import('../../src/report/annotated.js')
    const report = annotatedReport(lint('biden-nato-summit.md'), {fixed: 'a.fixed.md', diff: 'a.diff'})
    expect(report).toContain('\n````\n```js\n// the the Kiev\nconst city = "Kiev"\n```\n````\n')
    expect(report).toContain('\n```\n<!-- a comment: the the Kiev -->\n```\n')
    expect(report).toContain('\n\\---\ntitle: "Biden heads to Europe as <del>Kiev</del> <ins>Kyiv</ins><sup>1</sup> waits"\n')
  })
})

describe('a block quote', () => {
  it('is a quotation: a doubled phrase in it is the speaker’s, reported but not fixed', () => {
    const text = 'Basically, to weaken, to weaken, or to go around sanctions.\n\n> Basically, to weaken, to weaken, or to go around sanctions.\n'
    const result = lint('quote.md', text)
    expect(result.messages.filter((message) => message.ruleId === 'repeated-phrase').map((message) => [message.line, message.messageId, message.fixable])).toEqual([
      [1, 'adjacent', true],
      [3, 'quoted', false]
    ])
    expect(result.output).toBe('Basically, to weaken, or to go around sanctions.\n\n> Basically, to weaken, to weaken, or to go around sanctions.\n')
  })
})

describe('headings from the syntax', () => {
  it('start where the heading’s text starts, an underlined (setext) heading after a paragraph too', async () => {
    const {readMarkup} = await import('../../src/formats/index.js')
    const markup = readMarkup('They spoke well.\n\nTalks in Riga\n=====\n\n## Next steps?\n', 'a.md', {frontMatterProse: []})
    expect([...markup.prose.headings!].map((at) => markup.prose.text.slice(at, at + 5))).toEqual(['Talks', 'Next '])
  })
})

describe('inline code and images', () => {
  it('stand in the sentence as a word does: no space before the full stop, no fragment, mapped onto the whole code', async () => {
    const {readMarkup} = await import('../../src/formats/index.js')
    const markdown = readMarkup('Editors run `npm test`. Press ![the icon](a.png) to save.\n', 'a.md', {frontMatterProse: []})
    expect(markdown.prose.text).toBe('Editors run \uFFFC. Press \uFFFC to save.')
    const code = markdown.prose.text.indexOf('\uFFFC')
    expect([markdown.prose.toSource(code), markdown.prose.toSource(code + 1, true)]).toEqual([12, 22])
    expect(markdown.prose.isVerbatim(code, code + 1)).toBe(false)
    const html = readMarkup('<p>Editors run <code>npm test</code>. Press <img src="a.png"> to save.</p>', 'a.html', {frontMatterProse: []})
    expect(html.prose.text).toBe('Editors run \uFFFC. Press \uFFFC to save.')
    expect(placed(lint('a.md', 'The desk runs `npm test`. Then it runs `npm test` `npm run build`.\n'))).toEqual([])
    expect(placed(lint('a.html', '<p>The desk runs <code>npm test</code>. Then it runs <kbd>Enter</kbd>.</p>\n'))).toEqual([])
  })

  it('alone in a block are no sentence: an image as a paragraph leaves the prose and its sentence count alone', async () => {
    const {readMarkup} = await import('../../src/formats/index.js')
    const markdown = readMarkup('![The summit](a.png)\n\nThe leaders met.\n\n`code`\n', 'a.md', {frontMatterProse: []})
    expect(markdown.prose.text).toBe('The leaders met.')
    const html = readMarkup('<figure><img src="a.png"><figcaption>The leaders met.</figcaption></figure><p><code>x</code></p>', 'a.html', {frontMatterProse: []})
    expect(html.prose.text).toBe('The leaders met.')
  })

  it('keep the fixes beside them', () => {
    const result = lint('a.md', 'The the desk runs `npm test` , then it it publishes.\n')
    expect(result.output).toBe('The desk runs `npm test`, then it publishes.\n')
  })
})

describe('line breaks in markup', () => {
  // From a hostile-input review: names a <br> apart were read as one person, "Emmanuel Macron Olaf Scholz Andrzej Dudar".
  it('end a line, as in plain text: <br> in HTML, a hard break in Markdown', async () => {
    const {readMarkup} = await import('../../src/formats/index.js')
    expect(readMarkup('<p>Speakers:<br>Emmanuel Macron<br>Andrzej Dudar</p>', 'a.html', {frontMatterProse: []}).prose.text).toBe('Speakers:\nEmmanuel Macron\nAndrzej Dudar')
    expect(readMarkup('Speakers:\\\nEmmanuel Macron  \nAndrzej Dudar\n', 'a.md', {frontMatterProse: []}).prose.text).toBe('Speakers:\nEmmanuel Macron  \nAndrzej Dudar')
    expect(placed(lint('a.html', '<p>Speakers in Warsaw:<br>Emmanuel Macron<br>Polish President Andrzej Dudar</p>\n')).map(([rule, , , actual]) => `${rule} ${actual}`)).toEqual(['name-misspelled Dudar'])
  })
})

describe('page furniture in Markdown', () => {
  // From a hostile-input review: "**Advertisement**" lost its text and left "****", which renders as a rule.
  it('is removed when the line holds it alone, and only reported when markup is around it', () => {
    const text = '---\ntitle: Advertisement\n---\n\nThe talks went on.\n\n**Advertisement**\n\nAdvertisement\n=============\n\n[Advertisement](http://ads.example)\n\nAdvertisement\n\nThe talks ended.\n'
    const result = lint('a.md', text)
    expect(placed(result).filter(([rule]) => rule === 'boilerplate').map(([, line, , , fixed]) => [line, fixed])).toEqual([
      [2, false],
      [7, false],
      [9, false],
      [12, false],
      [14, true]
    ])
    expect(result.output).toBe(text.replace('\n\nAdvertisement\n\nThe talks ended.', '\n\n\n\nThe talks ended.'))
  })
})
