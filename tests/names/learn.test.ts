/** What `names learn` counts in an archive, which names it learns, and the learned-names file. */
import {parseDocument} from 'yaml'
import {describe, expect, it} from 'vitest'
import {checks} from '../../src/checks/index.js'
import {loadConfig} from '../../src/config/config.js'
import {rulesText} from '../../src/io/rules-file.js'
import {byName, learnNames, mergeLearned, NameTally, type NameCount} from '../../src/names/learn.js'
import {loadLearned, type LearnedName} from '../../src/names/learned.js'
import {configFile, linter} from '../helpers.js'

const names = (text: string) => linter().lint(text).data.names!

describe('counting an archive’s names', () => {
  it('counts the full names of people, listed or not, by mentions and articles, under the spelling used most', () => {
    const tally = new NameTally()
    tally.add(names('Folake Adeyemi, the Lagos finance commissioner, met Polish President Andrzej Duda. Folake Adeyemi said the talks went well. Adeyemi left.\n'))
    tally.add(names('Lagos commissioner Folake Adéyemi spoke to the Financial Times in New York. She met President-elect Donald Trump.\n'))
    expect(tally.articles).toBe(2)
    // A lone surname is not counted; nor are names of no person ("Financial Times", "New York"); a listed person's name is the words matched to them.
    expect(tally.counts()).toEqual([
      {name: 'Folake Adeyemi', count: 3, articles: 2},
      {name: 'Andrzej Duda', count: 1, articles: 1},
      {name: 'Donald Trump', count: 1, articles: 1}
    ])
  })
})

describe('learning the names used consistently', () => {
  const count = (name: string, mentions: number, articles = 2): NameCount => ({name, count: mentions, articles})

  it('learns a name used in enough articles that no other spelling of the person rivals', () => {
    const learned = learnNames([count('Sundar Pichai', 10, 4), count('Sundar Pichay', 1, 1), count('Tim Cook', 2, 2), count('Ann Lee', 3, 1)], 2)
    // One slip in ten (not more than a tenth) does not stop the name; the slip itself is not learned.
    expect(learned).toEqual({
      names: [
        {name: 'Sundar Pichai', count: 10, articles: 4},
        {name: 'Tim Cook', count: 2, articles: 2}
      ],
      conflicts: [],
      rare: 2
    })
    expect(learnNames([count('Ann Lee', 3, 1)], 1).names).toEqual([{name: 'Ann Lee', count: 3, articles: 1}])
  })

  it('learns neither of two spellings that rival each other, and gives them as a conflict', () => {
    const pichai = count('Sundar Pichai', 10, 4)
    const pichay = count('Sundar Pichay', 2, 1)
    expect(learnNames([pichai, pichay], 2)).toEqual({names: [], conflicts: [[pichai, pichay]], rare: 1})
    // Both used widely: one conflict, not two.
    const both = [count('Sundar Pichai', 6, 3), count('Sundar Pichay', 5, 2)]
    expect(learnNames(both, 2).conflicts).toEqual([both])
    // A spelling that is itself the slip (a tenth or less of the other's mentions) is no conflict: the other is learned.
    expect(learnNames([count('Sundar Pichai', 30, 9), count('Sundar Pichay', 3, 2)], 2)).toEqual({names: [{name: 'Sundar Pichai', count: 30, articles: 9}], conflicts: [], rare: 0})
  })

  it('tells one person’s spellings as the names check does: same first name, surnames one edit apart; a shorter or longer form is not a rival', () => {
    const learned = learnNames(
      [count('Martin Schulz', 5), count('Olaf Scholz', 5), count('Mohammad Haneef Atmar', 5), count('Mohammad Atmar', 5), count('Yemi Cardoso', 5), count('Olayemi Cardoso', 5)],
      2
    )
    expect(learned.names.map((name) => name.name)).toEqual(['Martin Schulz', 'Mohammad Atmar', 'Mohammad Haneef Atmar', 'Olaf Scholz', 'Olayemi Cardoso', 'Yemi Cardoso'])
    expect(learnNames([count('Mohammad Haneef Atmar', 5), count('Mohammad Hanif Atmar', 5)], 2).names).toEqual([])
  })

  it('sorts names as folded, then as written', () => {
    expect(['Zoe Ball', 'Łukasz Kowal', 'Lukasz Kowal', 'Anna Ek'].sort(byName)).toEqual(['Anna Ek', 'Lukasz Kowal', 'Łukasz Kowal', 'Zoe Ball'])
  })
})

describe('the learned-names file', () => {
  const learned = (name: string, count: number, articles: number): LearnedName => ({name, count, articles})

  it('merges a scan: new counts for the names it learned, the others kept, sorted, comments kept', () => {
    const text = ['# Ours.', 'learned:', '  - {name: Tim Cook, count: 9, articles: 3} # the Apple one', '  - {name: Ann Lee, count: 2, articles: 2}', '  - {name: Bo Park, count: 4, articles: 2}', ''].join('\n')
    const doc = parseDocument(text)
    const existing = (doc.toJS() as {learned: LearnedName[]}).learned
    const counts = mergeLearned(doc, existing, [learned('Tim Cook', 12, 5), learned('Bo Park', 4, 2), learned('Cem Öz', 2, 2)])
    expect(counts).toEqual({added: 1, updated: 1, unchanged: 1})
    expect(rulesText(doc)).toBe(
      ['# Ours.', 'learned:', '  - {name: Ann Lee, count: 2, articles: 2}', '  - {name: Bo Park, count: 4, articles: 2}', '  - {name: Cem Öz, count: 2, articles: 2}', '  - {name: Tim Cook, count: 12, articles: 5} # the Apple one', ''].join('\n')
    )
  })

  it('loads for a check through its config, and is refused with a line and column when wrong', () => {
    const context = (content?: string) => loadConfig(configFile('{}\n', content === undefined ? {} : {'names.learned.yml': content}), checks).context
    expect(loadLearned('names.learned.yml', context())).toEqual([])
    expect(loadLearned('names.learned.yml', context('# Ours.\nlearned:\n  - {name: Folake Adeyemi, count: 6, articles: 4}\n'))).toEqual([learned('Folake Adeyemi', 6, 4)])
    const problem = (content: string) => {
      try {
        loadLearned('names.learned.yml', context(content))
      } catch (error) {
        return (error as Error).message.replace(/^.*\//, '')
      }
      return 'no error'
    }
    expect(problem('learned:\n  - {name: Folake Adeyemi, count: 6, articles: 4}\n  - {name: Folake Adéyemi, count: 1, articles: 1}\n')).toBe('names.learned.yml:3:6: duplicate name "Folake Adéyemi": keep one entry')
    expect(problem('learned:\n  - {name: Adeyemi, count: 6, articles: 4}\n')).toBe('names.learned.yml:2:6: must be a full name, two words or more at learned.0.name')
    expect(problem('learned:\n  - {name: Folake Adeyemi, count: 2, articles: 4}\n')).toBe('names.learned.yml:2:38: articles must not exceed count: each article mentions the name at least once at learned.0.articles')
    expect(problem('learned:\n  - {name: Folake Adeyemi, count: 2}\n')).toBe('names.learned.yml:2:5: Invalid input: expected number, received undefined at learned.0.articles')
  })
})
