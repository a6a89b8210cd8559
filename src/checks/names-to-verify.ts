/**
 * Proper names in neither the gazetteer nor the dictionary, once per name,
 * for the editor to check and tick off; a surname alone after the full name
 * ("Sadovyi" after "Andriy Sadovyi") is a further mention of it. Names in the
 * accepted-names file, and their surnames alone, are silent. The list also
 * goes to `file.data.namesToVerify` for the reports.
 */
import {z} from 'zod'
import {pointAt, report} from '../messages.js'
import {fold} from '../names/fold.js'
import {dataOf, defineCheck} from './check.js'
import {describe} from './names.js'

export interface NameToVerify {
  name: string
  line: number
  column: number
  count: number
}

declare module 'vfile' {
  interface DataMap {
    namesToVerify: NameToVerify[]
  }
}

export const acceptedSchema = z.strictObject({accepted: z.array(z.string().trim().min(1)).default([])})

export const namesToVerify = defineCheck({
  name: 'names-to-verify',
  fixes: false,
  needs: ['names'],
  rules: {
    'name-to-verify': {
      severity: 'info',
      description: 'A proper name in neither the gazetteer nor the dictionary.',
      docs: 'name-to-verify',
      messages: {
        unknown: 'Name to verify: `{{name}}` is in neither the gazetteer nor the dictionary',
        'unknown-near': 'Name to verify: `{{name}}` is in neither the gazetteer nor the dictionary; nearest listed: {{nearest}}'
      }
    }
  },
  options: z.strictObject({accepted: z.array(z.string()).default(['accepted-names.yml'])}),
  prepare(options, context) {
    const accepted = options.accepted.flatMap((file) => context.loadOptionalData(file, acceptedSchema, 'accepted@1')?.data.accepted ?? [])
    return {accepted: new Set(accepted.map(fold)), acceptedSurnames: new Set(accepted.map((name) => fold(name.split(/\s+/).at(-1)!)))}
  },
  plugin({accepted, acceptedSurnames}) {
    return (_tree, file) => {
      const byName = new Map<string, NameToVerify>()
      /** Full names listed so far, by their folded surname. */
      const bySurname = new Map<string, NameToVerify>()
      const {resolutions, toVerify} = dataOf(file, 'names')
      // A listed person near the name whom the article gives no ground (src/names/resolve.ts): worth a look, not a suggestion.
      const nearest = new Map(resolutions.flatMap(({mention, candidates}) => (candidates[0] ? [[mention, candidates[0]] as const] : [])))
      for (const mention of toVerify) {
        const name = mention.tokens.map((token) => token.text).join(' ')
        if (accepted.has(fold(name)) || mention.tokens.every((token) => accepted.has(fold(token.text)))) continue
        const alone = mention.tokens.length === 1 ? fold(name) : undefined
        if (alone !== undefined && acceptedSurnames.has(alone)) continue
        const seen = byName.get(name) ?? (alone === undefined ? undefined : bySurname.get(alone))
        if (seen) {
          seen.count++
          continue
        }
        const point = pointAt(file, mention.start)
        const entry = {name, line: point?.line ?? 1, column: point?.column ?? 1, count: 1}
        byName.set(name, entry)
        if (mention.tokens.length > 1) bySurname.set(fold(mention.tokens.at(-1)!.text), entry)
        const near = nearest.get(mention)
        report(file, {
          ruleId: 'name-to-verify',
          ...(near ? {messageId: 'unknown-near', data: {name, nearest: describe(near)}} : {messageId: 'unknown', data: {name}}),
          start: mention.start,
          end: mention.end
        })
      }
      file.data.namesToVerify = [...byName.values()]
    }
  }
})
