/**
 * The diff applies where reviewers apply it: with `git apply` and with
 * `patch -p1`, for any file name and any text (byte-order mark, CRLF, lone
 * CR, no final line break), and its file headers are the ones git writes.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {unifiedDiff} from '../src/diff.js'
import {applyEdits, type Edit} from '../src/fix/edits.js'
import {tempDir} from './helpers.js'

const BOM = '\uFEFF'

/** git as a reviewer runs it, whatever this machine's own git config says. */
function git(cwd: string, ...args: string[]) {
  const env = {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1'}
  return spawnSync('git', args, {cwd, encoding: 'utf8', env})
}

function repository(): string {
  const repo = tempDir()
  expect(git(repo, 'init', '-q').status).toBe(0)
  mkdirSync(path.join(repo, 'drafts'))
  return repo
}

describe('the diff’s file headers', () => {
  // One line changed: git's own diff of it has the same hunk, so the whole diff can be compared.
  const names = ['plain.txt', 'a b.txt', ' lead.txt', 'ü.txt', 'ü b.txt', 'q"uote.txt', 'back\\slash.txt', 't\tab.txt', 'new\nline.txt', "it's.txt", 'x*?.txt', 'del\x7f.txt']
  it.each(names.map((name) => [JSON.stringify(name), name]))('are what git diff writes for %s', (_, name) => {
    const repo = repository()
    const draft = path.join('drafts', name)
    for (const bom of [false, true]) {
      const original = 'Leaders met.\nThe Kiev talks\nended.\n'
      writeFileSync(path.join(repo, draft), (bom ? BOM : '') + original)
      expect(git(repo, 'add', '--', draft).status).toBe(0)
      const edits: Edit[] = [{start: 17, end: 21, text: 'Kyiv'}]
      writeFileSync(path.join(repo, draft), (bom ? BOM : '') + applyEdits(original, edits))
      const theirs = git(repo, 'diff', '--no-color', '--no-ext-diff', '--', draft).stdout
      // Without the `diff --git` and `index` lines, which need object ids.
      expect(unifiedDiff(`drafts/${name}`, original, edits, {bom})).toBe(theirs.split('\n').slice(2).join('\n'))
    }
  })

  it('end a name with a space with a TAB, as git does, and C-quote a name git quotes', () => {
    const edits = [{start: 0, end: 1, text: 'B'}]
    expect(unifiedDiff('drafts/a b.txt', 'a\n', edits)).toBe('--- a/drafts/a b.txt\t\n+++ b/drafts/a b.txt\t\n@@ -1,1 +1,1 @@\n-a\n+B\n')
    expect(unifiedDiff('drafts/ü.txt', 'a\n', edits)).toBe('--- "a/drafts/\\303\\274.txt"\n+++ "b/drafts/\\303\\274.txt"\n@@ -1,1 +1,1 @@\n-a\n+B\n')
  })

  it('put the byte-order mark in line 1, where the file has it', () => {
    expect(unifiedDiff('x.txt', 'a\n', [{start: 0, end: 0, text: 'B'}], {bom: true})).toBe('--- a/x.txt\n+++ b/x.txt\n@@ -1,1 +1,1 @@\n-\uFEFFa\n+\uFEFFBa\n')
  })
})

const NAME_PIECES = ['a', 'Z', '1', '-', '.', ' ', '  ', 'ü', 'ß', '中', '😀', '\u00a0', '"', "'", '\\', '\t', '\n', '\r', '*', '#', '$', '\x7f']
const TEXT_PIECES = ['Kiev', 'ü', '😀', ' ', '\t', '\n', '\n\n', '\r\n', '\r', BOM, '-- x', '++ y', '\\ z', '@@ -1 +1 @@']

/** A draft as pieces, and separate edits that start and end between pieces (so never inside a character). */
const draftAndEdits = fc.array(fc.constantFrom(...TEXT_PIECES), {maxLength: 30}).chain((pieces) => {
  const boundaries = [0]
  for (const piece of pieces) boundaries.push(boundaries.at(-1)! + piece.length)
  const replacement = fc.array(fc.constantFrom(...TEXT_PIECES), {maxLength: 3}).map((parts) => parts.join(''))
  const edits = fc
    .uniqueArray(fc.nat(pieces.length), {maxLength: 8})
    .chain((at) => {
      const sorted = [...at].sort((a, b) => a - b)
      const pairs = sorted.flatMap((start, index) => (index % 2 === 0 && index + 1 < sorted.length ? [[start, sorted[index + 1]!]] : []))
      return fc.tuple(...pairs.map(([start, end]) => fc.tuple(fc.boolean(), replacement).map(([insert, text]): Edit => ({start: boundaries[start!]!, end: insert ? boundaries[start!]! : boundaries[end!]!, text}))))
    })
    .map((list) => list.filter((edit) => edit.start !== edit.end || edit.text !== ''))
  return fc.tuple(fc.constant(pieces.join('')), edits)
})

const fileName = fc.array(fc.constantFrom(...NAME_PIECES), {minLength: 1, maxLength: 6}).map((pieces) => `${pieces.join('')}.txt`)

describe('the diff, for any name and any text', () => {
  it('applies with git apply and with patch -p1, and yields exactly the edited text', () => {
    const repo = repository()
    const apply = {
      git: () => git(repo, 'apply', '--whitespace=nowarn', 'x.diff'),
      patch: () => spawnSync('patch', ['-p1', '--force', '--fuzz=0', '--no-backup-if-mismatch', '--quiet', '-i', 'x.diff'], {cwd: repo, encoding: 'utf8'})
    }
    fc.assert(
      fc.property(fileName, draftAndEdits, fc.boolean(), (name, [text, edits], bom) => {
        const draft = path.join(repo, 'drafts', name)
        const before = (bom ? BOM : '') + text
        const after = (bom ? BOM : '') + applyEdits(text, edits)
        const diff = unifiedDiff(`drafts/${name}`, text, edits, {bom})
        expect(diff === '').toBe(before === after)
        if (diff === '') return
        writeFileSync(path.join(repo, 'x.diff'), diff)
        for (const [tool, run] of Object.entries(apply)) {
          writeFileSync(draft, before)
          const result = run()
          expect({tool, status: result.status, stderr: result.stderr}).toEqual({tool, status: 0, stderr: ''})
          expect(readFileSync(draft, 'utf8')).toBe(after)
        }
        rmSync(draft)
      }),
      {numRuns: 80, seed: 20261127}
    )
  })
})
