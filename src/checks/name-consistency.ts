/**
 * One person spelled two ways in one article ("Zelensky" … "Zelenskyy",
 * "Orbán" … "Orban"): one message listing each spelling where it first
 * appears and how often (a long article repeats a name a hundred times), fixed
 * to the gazetteer's spelling, or for an unlisted name to the spelling used
 * with a title or used most. Reads the spellings the names check gathered.
 */
import {z} from 'zod'
import {pointAt, report} from '../messages.js'
import type {Token} from '../names/mentions.js'
import {isConsistent, spellingOf} from '../names/spellings.js'
import {dataOf, defineCheck} from './check.js'

export const nameConsistency = defineCheck({
  name: 'name-consistency',
  needs: ['names'],
  rules: {
    'name-consistency': {
      severity: 'warning',
      description: 'One person spelled two ways in one article.',
      docs: 'name-consistency',
      messages: {
        'use-one': 'Name spelled {{count}} ways{{who}}: {{spellings}}; use `{{target}}`',
        'choose-one': 'Name spelled {{count}} ways{{who}}: {{spellings}}; choose one'
      }
    }
  },
  options: z.strictObject({}),
  plugin() {
    return (_tree, file) => {
      for (const group of dataOf(file, 'names').spellings) {
        if (isConsistent(group)) continue
        const byText = new Map<string, Token[]>()
        for (const token of group.occurrences) byText.set(token.text, (byText.get(token.text) ?? []).concat(token))
        const spellings = [...byText].map(([text, tokens]) => {
          const point = pointAt(file, tokens[0]!.start)
          const more = tokens.length > 1 ? ` and ${tokens.length - 1} more` : ''
          return `${text} (${point?.line}:${point?.column}${more})`
        })
        const wrong = group.occurrences.filter((token) => group.target === undefined || spellingOf(token.text) !== spellingOf(group.target))
        const first = wrong[0] ?? group.occurrences[0]!
        const data = {count: new Set(group.occurrences.map((t) => spellingOf(t.text))).size, who: group.person ? ` (${group.person.name})` : '', spellings: spellings.join(', ')}
        report(file, {
          ruleId: 'name-consistency',
          ...(group.target ? {messageId: 'use-one', data: {...data, target: group.target}} : {messageId: 'choose-one', data}),
          start: first.start,
          end: first.end,
          expected: group.target ? [group.target] : [...new Set(group.occurrences.map((t) => t.text))],
          fixable: Boolean(group.target),
          alsoAt: group.target ? wrong.slice(1).map(({start, end}) => ({start, end})) : undefined
        })
      }
    }
  }
})
