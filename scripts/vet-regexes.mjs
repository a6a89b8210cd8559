// Vet the bundled rules' regular expressions once, at build time, and ship the
// verdicts (dist/regex-verdicts.json): a run then loads recheck only for a
// pattern a user wrote. A bundled pattern found unsafe fails the build.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {regexVerdict, SHIPPED_VERDICTS, verdictKey} from '../dist/src/text/safe-regex.js'

const rules = 'rules'
const files = [...readdirSync(rules).map((name) => path.join(rules, name)), ...readdirSync(path.join(rules, 'calques')).map((name) => path.join(rules, 'calques', name))].filter((file) => file.endsWith('.yml'))
const wanted = []
for (const file of files) {
  const data = parse(readFileSync(file, 'utf8')) ?? {}
  for (const entry of Array.isArray(data.phrases) ? data.phrases : []) if (entry.regex) wanted.push([entry.regex, entry.caseSensitive ? 'u' : 'iu', file])
  for (const entry of Array.isArray(data.patterns) ? data.patterns : []) if (entry.regex) wanted.push([entry.regex, 'iu', file])
}
const verdicts = {}
for (const [source, flags, file] of wanted) {
  // A minute each: the build must not fail because a busy machine slowed recheck down.
  const verdict = regexVerdict(source, flags, 60_000)
  if (!verdict.safe) throw new Error(`${file}: ${verdict.why}: ${source}`)
  verdicts[verdictKey(source, flags)] = verdict
}
writeFileSync(SHIPPED_VERDICTS, `${JSON.stringify(verdicts)}\n`)
