/**
 * "All outputs are written atomically (a temporary file, then a rename)": a
 * reader never sees a half-written output. Checked through a hard link to
 * the old output: a rename puts a new file (a new inode) at the name and
 * leaves the old one, still reachable through the link, as it was; a write
 * in place would change the one file both names point at.
 */
import {linkSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeAtomic} from '../../src/io/write-atomic.js'
import {REPORT_HEADING} from '../../src/report/annotated.js'
import {run, workspace} from '../cli-helpers.js'
import {tempDir} from '../helpers.js'

/** A file holding `text`, and a hard link to it that keeps its inode in view. */
function linkedFile(folder: string, name: string, text: string) {
  const file = path.join(folder, name)
  writeFileSync(file, text)
  const link = path.join(folder, `${name}.old-inode`)
  linkSync(file, link)
  return {file, link, inode: statSync(file).ino}
}

describe('atomic writes', () => {
  it('replace the target by a rename: the old file, through a hard link, keeps its old content', () => {
    const folder = tempDir()
    const {file, link, inode} = linkedFile(folder, 'out.txt', 'old report\n')
    writeAtomic(file, 'new report\n')
    expect(readFileSync(file, 'utf8')).toBe('new report\n')
    expect(statSync(file).ino).not.toBe(inode)
    expect(readFileSync(link, 'utf8')).toBe('old report\n')
    expect(readdirSync(folder).sort()).toEqual(['out.txt', 'out.txt.old-inode'])
  })

  it('are how the CLI writes each of its four outputs', () => {
    const cwd = workspace()
    const out = path.join(cwd, 'out')
    run(cwd, '--out', 'out')
    const names = ['biden-nato-summit.diff', 'biden-nato-summit.fixed.txt', 'biden-nato-summit.report.html', 'biden-nato-summit.report.md']
    const written = Object.fromEntries(names.map((name) => [name, readFileSync(path.join(out, name), 'utf8')]))
    // Outputs that hold something else (an older run's: its report says so) and are linked elsewhere too.
    const links = names.map((name) => linkedFile(out, name, `${REPORT_HEADING}older ${name}\n`))
    expect(run(cwd, '--out', 'out').code).toBe(1)
    for (const [index, name] of names.entries()) {
      expect(readFileSync(path.join(out, name), 'utf8')).toBe(written[name])
      expect(readFileSync(links[index]!.link, 'utf8')).toBe(`${REPORT_HEADING}older ${name}\n`)
    }
  })
})
