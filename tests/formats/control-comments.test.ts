import {beforeAll, describe, expect, it} from 'vitest'
import {loadFormats} from '../../src/formats/index.js'
import {lintMessages} from '../../src/messages.js'
import {linter} from '../helpers.js'

beforeAll(() => loadFormats(['a.md', 'a.html']))

/** Each message as `line rule actual`. */
const found = (text: string, file: string) =>
  lintMessages(linter().lint(text, file))
    .filter((message) => message.ruleId !== 'readability-summary')
    .map((message) => `${message.line} ${message.ruleId} ${message.actual}`)
    .sort()

describe('control comments', () => {
  it('switch one rule off and on again', () => {
    const text = 'They met in in Kiev.\n\n<!--article-lint disable phrases-->\n\nThey met in in Kiev.\n\n<!--article-lint enable phrases-->\n\nThey met in in Kiev.\n'
    expect(found(text, 'a.md')).toEqual(['1 phrases Kiev', '1 repeated-words in in', '5 repeated-words in in', '9 phrases Kiev', '9 repeated-words in in'])
  })

  it('switch every rule off without rule ids, and ignore only the next block', () => {
    const text = '<!--article-lint disable-->\n\nThey met in in Kiev.\n\n<!--article-lint enable-->\n\n<!--article-lint ignore repeated-words-->\nThey met in in Kiev.\n\nThey met in in Kiev.\n'
    expect(found(text, 'a.md')).toEqual(['10 phrases Kiev', '10 repeated-words in in', '8 phrases Kiev'])
  })

  it('work in HTML drafts too', () => {
    const text = '<p>They met in in Kiev.</p>\n<!--article-lint ignore-->\n<p>They met in in Kiev.</p>\n<p>They met in in Kiev.</p>\n'
    expect(found(text, 'a.html')).toEqual(['1 phrases Kiev', '1 repeated-words in in', '4 phrases Kiev', '4 repeated-words in in'])
  })

  it('name an unknown rule or keyword, and control nothing with it', () => {
    const text = '<!--article-lint disable name-mispelled-->\n\nThey met in in Kiev.\n\n<!--article-lint silence-->\n'
    const messages = lintMessages(linter().lint(text, 'a.md')).filter((message) => message.ruleId === 'control-comment')
    expect(messages.map((message) => [message.line, message.column, message.reason, message.severity])).toEqual([
      [1, 1, 'Unknown rule `name-mispelled` in a control comment: it controls nothing', 'warning'],
      [5, 1, 'Unknown keyword `silence` in a control comment: expected `enable`, `disable` or `ignore`', 'warning']
    ])
    expect(found(text, 'a.md')).toContain('3 phrases Kiev')
  })

  it.each(['constructor', '__proto__', 'hasOwnProperty', 'toString'])('name %s as an unknown rule, in any comment, and control nothing with it', (name) => {
    for (const [verb, file, text] of ['disable', 'enable', 'ignore'].flatMap((verb) => [
      [verb, 'a.md', `<!--article-lint ${verb} ${name}-->\nThey met in in Kiev.\n`],
      [verb, 'a.html', `<!--article-lint ${verb} ${name}--><p>They met in in Kiev.</p>\n`]
    ])) {
      const comment = `1 control-comment <!--article-lint ${verb} ${name}-->`
      expect(found(text!, file!), `${verb} in ${file}`).toEqual([comment, ...(file === 'a.md' ? ['2 phrases Kiev', '2 repeated-words in in'] : ['1 phrases Kiev', '1 repeated-words in in'])])
    }
    // Beside a known rule, the known one is controlled.
    expect(found(`<!--article-lint disable phrases ${name}-->\nThey met in in Kiev.\n`, 'a.md')).toEqual([`1 control-comment <!--article-lint disable phrases ${name}-->`, '2 repeated-words in in'])
  })
})
