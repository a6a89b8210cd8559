/**
 * Proper names in neither the gazetteer nor the dictionary, once per name,
 * for the editor to check and tick off. Names in the accepted-names file are
 * silent. The list also goes to `file.data.namesToVerify` for the reports.
 */
import {z} from 'zod'
import {location} from 'vfile-location'
import {report} from '../messages.js'
import {fold} from '../names/fold.js'
import {defineCheck} from './check.js'

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

const acceptedSchema = z.strictObject({accepted: z.array(z.string().trim().min(1)).default([])})

export const namesToVerify = defineCheck({
  name: 'names-to-verify',
  rules: {'name-to-verify': 'info'},
  options: z.strictObject({accepted: z.array(z.string()).default(['accepted-names.yml'])}),
  prepare(options, context) {
    const accepted = options.accepted.flatMap((file) => context.loadOptionalData(file, acceptedSchema, 'accepted@1')?.data.accepted ?? [])
    return {accepted: new Set(accepted.map(fold))}
  },
  plugin({accepted}) {
    return (_tree, file) => {
      const where = location(file)
      const byName = new Map<string, NameToVerify>()
      for (const mention of file.data.names?.toVerify ?? []) {
        const name = mention.tokens.map((token) => token.text).join(' ')
        if (accepted.has(fold(name)) || mention.tokens.every((token) => accepted.has(fold(token.text)))) continue
        const seen = byName.get(name)
        if (seen) {
          seen.count++
          continue
        }
        const point = where.toPoint(mention.start)
        byName.set(name, {name, line: point?.line ?? 1, column: point?.column ?? 1, count: 1})
        report(file, {
          ruleId: 'name-to-verify',
          reason: `Name to verify: \`${name}\` is in neither the gazetteer nor the dictionary`,
          start: mention.start,
          end: mention.end
        })
      }
      file.data.namesToVerify = [...byName.values()]
    }
  }
})
