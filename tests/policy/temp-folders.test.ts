/**
 * A test run leaves no temp folder behind: each run has a temp folder of its
 * own (tests/temp-root.ts, from the global setup), and a run that leaves
 * anything in it fails. Shown here on two scratch runs with this project's
 * vitest config: one whose test cleans up through helpers' tempDir, one whose
 * test does not.
 */
import {spawn} from 'node:child_process'
import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {packageRoot} from '../../src/package-root.js'
import {tempDir} from '../helpers.js'

function scratch(test: string): string {
  const root = tempDir()
  mkdirSync(path.join(root, 'tests'))
  symlinkSync(path.join(packageRoot, 'node_modules'), path.join(root, 'node_modules'))
  // The project's global setup less the build: the run's own temp folder, checked at the end.
  writeFileSync(path.join(root, 'tests', 'global-setup.ts'), `export {tempRoot as default} from ${JSON.stringify(path.join(packageRoot, 'tests', 'temp-root.ts'))}\n`)
  writeFileSync(path.join(root, 'tests', 'temp.test.ts'), test)
  return root
}

function vitest(root: string): Promise<{code: number | null; output: string}> {
  const bin = path.join(packageRoot, 'node_modules', 'vitest', 'vitest.mjs')
  const child = spawn(process.execPath, [bin, 'run', '--config', path.join(packageRoot, 'vitest.config.ts'), '--root', root], {cwd: root, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({code, output})))
}

describe('temp folders', () => {
  it('a run whose tests clean up passes; a run that leaves a folder fails, naming it', async () => {
    const helpers = JSON.stringify(path.join(packageRoot, 'tests', 'helpers.ts'))
    const [clean, leaky] = await Promise.all([
      vitest(scratch(`import {it} from 'vitest'\nimport {tempDir} from ${helpers}\nit('makes a folder', () => { tempDir() })\n`)),
      vitest(scratch(`import {mkdtempSync} from 'node:fs'\nimport {tmpdir} from 'node:os'\nimport path from 'node:path'\nimport {it} from 'vitest'\nit('makes a folder', () => { mkdtempSync(path.join(tmpdir(), 'article-lint-leak-')) })\n`))
    ])
    expect(clean.code, clean.output).toBe(0)
    expect(clean.output).not.toContain('temp folder')
    expect(leaky.code, leaky.output).toBe(1)
    expect(leaky.output).toMatch(/Tests +1 passed \(1\)\n/)
    expect(leaky.output).toMatch(/\nThe tests left 1 temp folder or file behind: article-lint-leak-\w{6}\n/)
  })
})
