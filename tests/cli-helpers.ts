/** Running the built CLI as a child process, in a scratch copy of the repository. */
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {packageRoot} from '../src/package-root.js'
import {tempDir} from './helpers.js'

export const cli = path.join(packageRoot, 'dist', 'article-lint.mjs')
export const seed = readFileSync(path.join(packageRoot, 'drafts', 'biden-nato-summit.txt'))

/** A scratch repository holding the seed draft and the bundled rules. */
export function workspace(): string {
  const directory = tempDir()
  mkdirSync(path.join(directory, 'drafts'))
  writeFileSync(path.join(directory, 'drafts', 'biden-nato-summit.txt'), seed)
  cpSync(path.join(packageRoot, 'rules'), path.join(directory, 'rules'), {recursive: true})
  return directory
}

export function run(cwd: string, ...args: string[]) {
  return runWith({}, cwd, ...args)
}

/** `run` with extra environment variables. */
export function runWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', env: {...process.env, ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

