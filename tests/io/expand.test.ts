import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs} from '../../src/io/expand.js'
import {tempDir} from '../helpers.js'

/** A folder of drafts with what a folder walk must pass over. */
function folder(): string {
  const cwd = tempDir()
  const files = ['drafts/a.txt', 'drafts/sub/b.md', 'drafts/notes.json', 'drafts/.draft.txt', 'drafts/.hidden/c.txt', 'drafts/node_modules/d.txt', 'other/e.txt', 'draft [1].txt']
  for (const file of files) {
    mkdirSync(path.dirname(path.join(cwd, file)), {recursive: true})
    writeFileSync(path.join(cwd, file), 'Text.\n')
  }
  symlinkSync('a.txt', path.join(cwd, 'drafts', 'link.txt'))
  symlinkSync('../other', path.join(cwd, 'drafts', 'linked'))
  return cwd
}

describe('expanding the command line’s paths', () => {
  it('takes from a folder its drafts, but no dot files or folders, node_modules or symbolic links', () => {
    const cwd = folder()
    expect(expandInputs(['drafts'], cwd)).toEqual([path.join(cwd, 'drafts/a.txt'), path.join(cwd, 'drafts/sub/b.md')])
  })

  it('expands a glob, and takes a path that exists as it is even with glob characters in its name', () => {
    const cwd = folder()
    // A glob matches what it says (node_modules too), as tinyglobby reads it.
    expect(expandInputs(['drafts/**/*.{txt,md}'], cwd)).toEqual(['drafts/a.txt', 'drafts/node_modules/d.txt', 'drafts/sub/b.md'].map((file) => path.join(cwd, file)))
    expect(expandInputs(['draft [1].txt'], cwd)).toEqual([path.join(cwd, 'draft [1].txt')])
  })

  it('says what is wrong with a path that finds nothing', () => {
    const cwd = folder()
    expect(() => expandInputs(['drafts/*.docx'], cwd)).toThrow('drafts/*.docx: no file matches this pattern')
    expect(() => expandInputs(['missing.txt'], cwd)).toThrow('missing.txt: no such file or directory')
    mkdirSync(path.join(cwd, 'empty'))
    expect(() => expandInputs(['empty'], cwd)).toThrow('empty: directory holds no drafts (.txt, .text, .md, .markdown, .html, .htm)')
  })
})
