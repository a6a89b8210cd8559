// Fill the cache for this build, so the first `npm run lint-article` after an
// install runs as fast as later ones: the bundled rules, word lists and spelling index, and
// V8's code cache of a whole run of the command (see src/launch.ts).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

// A misspelling (the dictionary and its suggestions), an unknown word with no dictionary word one edit away (the
// suggester's two-edit index), a mangled and an unknown name, a doubled word, a calque.
const sample = 'Polish President Andrzej Dudar said the the plan was agreed.\n\nMayor Ostrenka Belzivorr announced new goverment plans on fentanyl for Kiev.\n'
const work = mkdtempSync(path.join(tmpdir(), 'article-lint-warm-'))
try {
  writeFileSync(path.join(work, 'sample.txt'), sample)
  // And as Markdown and HTML, so the code cache holds their readers too.
  writeFileSync(path.join(work, 'sample-markdown.md'), `---\ntitle: Talks in Kiev\n---\n\n# Talks\n\n${sample.replace('Dudar', '**Dudar**')}\n<!--article-lint disable spelling-->\n\n| a | b |\n| - | - |\n| [x](https://example.com) | \`y\` |\n`)
  writeFileSync(path.join(work, 'sample-html.html'), `<!doctype html><title>Talks</title><p>${sample.replace(/\n\n/g, '</p><p>')}</p><!--article-lint ignore--><p>x &amp; y</p>`)
  // The bundled article too: the code cache holds the functions this run compiles, and a real article reaches more of them.
  const article = 'drafts/biden-nato-summit.txt'
  const drafts = ['sample.txt', 'sample-markdown.md', 'sample-html.html'].map((name) => path.join(work, name)).concat(existsSync(article) ? [article] : [])
  const run = spawnSync(process.execPath, ['dist/article-lint.mjs', '--out', path.join(work, 'out'), ...drafts], {stdio: ['ignore', 'ignore', 'inherit']})
  if (run.status !== 0 && run.status !== 1) throw new Error(`warming the cache failed (exit ${run.status})`)
} finally {
  rmSync(work, {recursive: true, force: true})
}
