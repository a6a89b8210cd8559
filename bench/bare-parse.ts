/** The baseline: read each file named and parse it with retext-english, nothing else. */
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

const parser = unified().use(retextEnglish)
for (const file of process.argv.slice(2)) parser.parse(readFileSync(file, 'utf8'))
