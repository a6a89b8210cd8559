/**
 * Snapshot files are reviewed by hand and never written by a test run: with
 * this project's vitest config, a missing snapshot file fails as a mismatch
 * does, in CI and out of it, and neither is written. (vitest's default writes
 * a missing file snapshot and passes, unless CI is set.)
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {packageRoot} from '../../src/package-root.js'
import {tempDir} from '../helpers.js'

/** A scratch project run with this project's vitest.config.ts: one test whose snapshot is missing, one whose snapshot differs. */
function scratch(): string {
  const root = tempDir()
  mkdirSync(path.join(root, 'tests'))
  symlinkSync(path.join(packageRoot, 'node_modules'), path.join(root, 'node_modules'))
  // The config's global setup builds the project; here it has nothing to do.
  writeFileSync(path.join(root, 'tests', 'global-setup.ts'), 'export default function setup(): void {}\n')
  writeFileSync(
    path.join(root, 'tests', 'report.test.ts'),
    [
      "import {expect, it} from 'vitest'",
      "it('missing', async () => { await expect('new report\\n').toMatchFileSnapshot('missing.txt') })",
      "it('different', async () => { await expect('new report\\n').toMatchFileSnapshot('different.txt') })",
      ''
    ].join('\n')
  )
  writeFileSync(path.join(root, 'tests', 'different.txt'), 'reviewed report\n')
  return root
}

function vitest(root: string, env: NodeJS.ProcessEnv): Promise<{code: number | null; output: string}> {
  const bin = path.join(packageRoot, 'node_modules', 'vitest', 'vitest.mjs')
  const child = spawn(process.execPath, [bin, 'run', '--config', path.join(packageRoot, 'vitest.config.ts'), '--root', root], {cwd: root, env: {...env, NO_COLOR: '1', FORCE_COLOR: '0'}})
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code) => resolve({code, output})))
}

describe('file snapshots', () => {
  it('fail when missing or different, and are not written, with CI=true and without CI', async () => {
    const {CI: _, GITHUB_ACTIONS: __, ...local} = process.env
    const runs = await Promise.all([
      [{...process.env, CI: 'true'}, scratch()],
      [local, scratch()]
    ].map(async ([env, root]) => ({root: root as string, ...(await vitest(root as string, env as NodeJS.ProcessEnv))})))
    for (const {root, code, output} of runs) {
      expect(code, output).toBe(1)
      expect(output).toContain('Snapshot `missing 1` mismatched')
      expect(output).toContain('Snapshot `different 1` mismatched')
      expect(output).toMatch(/Tests +2 failed \(2\)\n/)
      expect(existsSync(path.join(root, 'tests', 'missing.txt'))).toBe(false)
      expect(readFileSync(path.join(root, 'tests', 'different.txt'), 'utf8')).toBe('reviewed report\n')
    }
  })
})
