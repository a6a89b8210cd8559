/** Running the built CLI as a child process, in a scratch copy of the repository. */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
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

/** `run` with extra environment variables; the tester's own colour settings are left out (the report's colour follows them). */
export function runWith(env: Record<string, string>, cwd: string, ...args: string[]) {
  const {code, stdout, stderr} = spawnCli({env: {...withoutColorSettings(process.env), ...env}}, cwd, ...args)
  return {code, stdout, stderr}
}

/** `run` with standard input. */
export function runWithInput(input: string | Buffer, cwd: string, ...args: string[]) {
  const {code, stdout, stderr} = spawnCli({env: withoutColorSettings(process.env), input}, cwd, ...args)
  return {code, stdout, stderr}
}

function withoutColorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const {NO_COLOR, FORCE_COLOR, ...rest} = env
  return rest
}

/**
 * `run` that is killed after `timeout` ms, so that a CLI that hangs fails its
 * test instead of blocking the test worker (vitest's timeout cannot stop a
 * synchronous spawn); `signal` says whether it was killed.
 */
export function runWithin(timeout: number, cwd: string, ...args: string[]) {
  return spawnCli({timeout, killSignal: 'SIGKILL'}, cwd, ...args)
}

function spawnCli(options: SpawnSyncOptions, cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {...options, cwd, encoding: 'utf8'})
  return {code: result.status, signal: result.signal, stdout: result.stdout as string, stderr: result.stderr as string}
}
