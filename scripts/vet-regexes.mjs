// The bundled rules' regular expressions, vetted by recheck: their verdicts are
// committed in rules/regex-verdicts.json (and ship with the rules), so a run
// loads recheck only for a pattern a user wrote, and a build runs recheck only
// for a bundled pattern the file does not hold yet (then writes it: commit it).
// A bundled pattern found unsafe fails the build.
import {readFileSync, writeFileSync} from 'node:fs'
import {bundledPatterns} from '../dist/src/text/bundled-patterns.js'
import {regexVerdict, SHIPPED_VERDICTS, verdictKey} from '../dist/src/text/safe-regex.js'

const verdicts = {}
for (const {source, flags, file} of bundledPatterns('rules')) {
  // A minute each: the build must not fail because a busy machine slowed recheck down.
  const verdict = regexVerdict(source, flags, 60_000)
  if (!verdict.safe) throw new Error(`${file}: ${verdict.why}: ${source}`)
  verdicts[verdictKey(source, flags)] = verdict
}
const text = `${JSON.stringify(verdicts, null, 1)}\n`
let committed = ''
try {
  committed = readFileSync(SHIPPED_VERDICTS, 'utf8')
} catch {}
if (text !== committed) writeFileSync(SHIPPED_VERDICTS, text)
