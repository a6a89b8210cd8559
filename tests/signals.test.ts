/**
 * SIGINT and SIGTERM leave no temp file and no half-written output set: the
 * run stops between two drafts. The signal is sent while a draft's temp files
 * are written and not yet renamed, held open by a pause that only tests set
 * (ARTICLE_LINT_TEST_WRITE_PAUSE_MS).
 */
import {spawn} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {cli, run, seed, workspace} from './cli-helpers.js'

const OUTPUTS = ['biden-nato-summit.diff', 'biden-nato-summit.fixed.txt', 'biden-nato-summit.report.html', 'biden-nato-summit.report.md']

async function until(condition: () => boolean, timeout: number): Promise<void> {
  for (const start = Date.now(); !condition(); await sleep(10)) if (Date.now() - start > timeout) throw new Error('timed out waiting')
}

describe('a signal during the writes', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130]
  ] as const)('%s: the draft’s outputs are written whole, the run stops there with exit %i, no temp file is left', async (signal, code) => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'second.txt'), seed)
    const out = path.join(cwd, 'out')
    const child = spawn(process.execPath, [cli, 'drafts'], {cwd, env: {...process.env, ARTICLE_LINT_TEST_WRITE_PAUSE_MS: '3000'}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (...end) => resolve(end)))
    await until(() => existsSync(out) && readdirSync(out).some((name) => name.includes('.tmp-')), 240_000)
    child.kill(signal)
    const [exit, killedBy] = await closed
    expect({exit, killedBy, stderr}).toEqual({exit: code, killedBy: null, stderr: `article-lint: stopped by ${signal} after 1 of 2 drafts; each draft's outputs are whole, new or as they were\n`})
    expect(readdirSync(out).sort()).toEqual(OUTPUTS)
    // The same outputs as a run that was not stopped.
    run(cwd, '--out', 'whole', 'drafts/biden-nato-summit.txt')
    for (const name of OUTPUTS) expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(cwd, 'whole', name), 'utf8'))
  }, 300_000)

  it('with worker threads: they end with the run, and lint none of the drafts left', async () => {
    const cwd = workspace()
    // Twelve drafts of 370 KB: a worker lints each in seconds, far longer than the run takes to stop. (The test's pause
    // also holds each cache entry's write in the main thread: with short drafts, results came back faster than it
    // kept them, and the stop was seen only after all twelve.)
    for (let index = 0; index < 12; index++) writeFileSync(path.join(cwd, 'drafts', `part-${index}.txt`), Array.from({length: 60}, () => seed.toString('utf8')).join('\n\n'))
    rmSync(path.join(cwd, 'drafts', 'biden-nato-summit.txt'))
    const out = path.join(cwd, 'out')
    const args = [cli, '--jobs', '2', '--cache', '--cache-location', 'kept', 'drafts']
    const child = spawn(process.execPath, args, {cwd, env: {...process.env, ARTICLE_LINT_TEST_WRITE_PAUSE_MS: '300'}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (...end) => resolve(end)))
    await until(() => existsSync(out) && readdirSync(out).some((name) => name.includes('.tmp-')), 240_000)
    child.kill('SIGTERM')
    const [exit, killedBy] = await closed
    expect({exit, killedBy, stderr}).toEqual({exit: 143, killedBy: null, stderr: "article-lint: stopped by SIGTERM after 1 of 12 drafts; each draft's outputs are whole, new or as they were\n"})
    // A result is kept as it comes back: workers that went on after the run stopped would have kept all twelve.
    expect(readdirSync(path.join(cwd, 'kept')).length).toBeLessThan(12)
    expect(readdirSync(out).filter((name) => name.includes('.tmp-'))).toEqual([])
  }, 300_000)
})

describe('--fix and an editor saving the draft during the run', () => {
  it('writes no fixes over the text the editor saved: the draft is left as they saved it, the run exits 2', async () => {
    const cwd = workspace()
    const draft = path.join(cwd, 'drafts', 'biden-nato-summit.txt')
    const out = path.join(cwd, 'out')
    // The pause holds the outputs' write, which comes before the fixes go into the draft.
    const child = spawn(process.execPath, [cli, '--fix', '--out', 'out', 'drafts'], {cwd, env: {...process.env, ARTICLE_LINT_TEST_WRITE_PAUSE_MS: '3000'}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    await until(() => existsSync(out) && readdirSync(out).some((name) => name.includes('.tmp-')), 240_000)
    const saved = `${seed}\nA line the editor added.\n`
    writeFileSync(draft, saved)
    expect({code: await closed, stderr}).toEqual({code: 2, stderr: 'article-lint: drafts/biden-nato-summit.txt: changed on disk while it was linted: the fixes were not written into it (lint it again)\n'})
    expect(readFileSync(draft, 'utf8')).toBe(saved)
  }, 300_000)
})
