// `article-lint review` as a user runs it: the built command, and `npm run review`.
import {spawn} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {REVIEW_USAGE} from '../../src/commands/review.js'
import {packageRoot} from '../../src/package-root.js'
import {cli, run, workspace} from '../cli-helpers.js'
import {tempDir} from '../helpers.js'
import {api, call} from './review-helpers.js'

/** Start a command that serves a page; resolves with its address once printed, and with its end. */
function serve(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ended = new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => child.on('close', (code) => resolve({code, stdout, stderr})))
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = /^Open (http:\S+)$/mu.exec(stdout)
      if (found) resolve(found[1]!)
    })
    void ended.then(() => reject(new Error(`ended before printing an address: ${stdout}${stderr}`)))
  })
  return {url, ended, kill: () => child.kill()}
}

describe('article-lint review', () => {
  it('prints its usage', () => {
    expect(run(workspace(), 'review', '--help')).toEqual({code: 0, stdout: `${REVIEW_USAGE}\n`, stderr: ''})
  })

  it('wants one draft, and minutes above 0', () => {
    const cwd = workspace()
    expect(run(cwd, 'review')).toEqual({code: 2, stdout: '', stderr: 'article-lint: review: name one draft to review (article-lint review --help)\n'})
    expect(run(cwd, 'review', 'drafts')).toEqual({code: 2, stdout: '', stderr: 'article-lint: drafts: a folder or a glob: name one draft to review\n'})
    expect(run(cwd, 'review', 'drafts/none.txt')).toEqual({code: 2, stdout: '', stderr: 'article-lint: drafts/none.txt: no such file or directory\n'})
    expect(run(cwd, 'review', '--idle', '0', 'drafts/biden-nato-summit.txt')).toEqual({code: 2, stdout: '', stderr: 'article-lint: review: --idle must be a number of minutes above 0 (got "0")\n'})
    expect(run(cwd, 'review', '--open-it', 'drafts/biden-nato-summit.txt')).toEqual({code: 2, stdout: '', stderr: "article-lint: review: Unknown option '--open-it'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--open-it\"\n"})
  })

  it('serves the page until it is closed, then ends with exit code 0', async () => {
    const cwd = workspace()
    const served = serve(process.execPath, [cli, 'review', 'drafts/biden-nato-summit.txt', '--no-open'], cwd)
    const url = await served.url
    const page = await call(url)
    expect([page.status, page.body.slice(0, 15)]).toEqual([200, '<!doctype html>'])
    const server = {url, stopped: served.ended.then(() => 'closed' as const), stop: served.kill}
    await api(server, 'api/heartbeat?page=one')
    await api(server, 'api/close?page=one')
    const {code, stdout, stderr} = await served.ended
    expect({code, stderr}).toEqual({code: 0, stderr: ''})
    expect(stdout.replace(url, 'URL')).toBe(
      'Reviewing drafts/biden-nato-summit.txt: 24 findings, 14 fixed in the corrected draft.\nOpen URL\n(The server stops when the page is closed, after 30 min with nothing from it, or on Ctrl-C.)\nReview server stopped: the page was closed.\n'
    )
  })

  it.runIf(process.platform === 'linux')('opens the page with xdg-open, and serves it all the same where there is none', async () => {
    const cwd = workspace()
    // An xdg-open that notes what it was asked to open, first on the PATH; then a PATH with none.
    const bin = tempDir()
    writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${path.join(bin, 'opened')}"\n`, {mode: 0o755})
    for (const PATH of [`${bin}:${process.env.PATH}`, path.dirname(process.execPath)]) {
      const served = serve(process.execPath, [cli, 'review', 'drafts/biden-nato-summit.txt', '--idle', '0.03'], cwd, {...process.env, PATH})
      const url = await served.url
      expect((await served.ended).code).toBe(0)
      if (PATH.startsWith(bin)) expect(readFileSync(path.join(bin, 'opened'), 'utf8')).toBe(url)
    }
  })

  it('runs as npm run review, and stops after --idle minutes with nothing from the page', async () => {
    // In the repository, as its README says; nothing is written.
    const served = serve('npm', ['run', '--silent', 'review', '--', 'drafts/biden-nato-summit.txt', '--no-open', '--idle', '0.01'], packageRoot)
    const url = await served.url
    const {code, stdout} = await served.ended
    expect(code).toBe(0)
    expect(stdout.replace(url, 'URL')).toBe(
      'Reviewing drafts/biden-nato-summit.txt: 24 findings, 14 fixed in the corrected draft.\nOpen URL\n(The server stops when the page is closed, after 0.01 min with nothing from it, or on Ctrl-C.)\nReview server stopped: nothing from the page for 0.01 min.\n'
    )
  })
})
