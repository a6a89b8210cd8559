/** The baseline: read a file and parse it with retext-english, nothing else. */
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

const text = readFileSync(process.argv[2]!, 'utf8')
unified().use(retextEnglish).parse(text)
