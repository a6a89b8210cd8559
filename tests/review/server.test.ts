import {connect} from 'node:net'
import {chmodSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CSP} from '../../src/review/server.js'
import {workspace} from '../cli-helpers.js'
import {api, call, changedFiles, pageHash, review, snapshot} from './review-helpers.js'

const TOKEN_REFUSED = 'refused: the address lacks the review token; use the address article-lint review printed\n'
const HOST_REFUSED = 'refused: this server answers only to its own address (Host)\n'
const ORIGIN_REFUSED = 'refused: a request from another site (Origin)\n'

/** Whether anything answers on a host and port. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({host, port})
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

describe('the review server', () => {
  // One server for the tests that write nothing.
  const shared = review(workspace())

  it('listens on 127.0.0.1 only, at an address with a random token', async () => {
    const cwd = workspace()
    const {server} = await review(cwd)
    const {server: other} = await review(cwd)
    const url = new URL(server.url)
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{64}\/$/u)
    expect(url.pathname).not.toBe(new URL(other.url).pathname)
    expect(await reachable('127.0.0.1', Number(url.port))).toBe(true)
    expect(await reachable('::1', Number(url.port))).toBe(false)
  })

  it('refuses a request without its token, or with another, before reading it', async () => {
    const cwd = workspace()
    const {server} = await review(cwd)
    const {origin, pathname} = new URL(server.url)
    const token = pathname.slice(1, -1)
    const before = snapshot(cwd)
    for (const wrong of ['/', `/${'0'.repeat(64)}/`, `/${token.slice(0, -1)}/`, `/${token}x/`, `/${token.toUpperCase()}/`, '/favicon.ico']) {
      expect(await call(`${origin}${wrong}`)).toMatchObject({status: 403, body: TOKEN_REFUSED})
    }
    const save = await call(`${origin}/${'0'.repeat(64)}/api/save`, {method: 'POST', headers: {'content-type': 'application/json', origin}, body: JSON.stringify({accepted: [], typed: {}, hash: 'x'})})
    expect(save).toMatchObject({status: 403, body: TOKEN_REFUSED})
    expect(changedFiles(before, snapshot(cwd))).toEqual([])
    expect((await call(server.url)).status).toBe(200)
    // Without the slash after the token, the page's relative addresses would miss it.
    expect(await call(server.url.slice(0, -1))).toMatchObject({status: 308, headers: {location: `${pathname}`}})
  })

  it('refuses a Host that is not its own (DNS rebinding)', async () => {
    const {server} = await shared
    const {port} = new URL(server.url)
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, '127.0.0.1:1', `127.0.0.1`, `[::1]:${port}`]) {
      expect(await call(server.url, {headers: {host}})).toMatchObject({status: 403, body: HOST_REFUSED})
    }
    expect((await call(server.url, {headers: {host: `localhost:${port}`}})).status).toBe(200)
    expect((await call(server.url, {headers: {host: `127.0.0.1:${port}`}})).status).toBe(200)
  })

  it('refuses a request from another site (Origin), and takes its own', async () => {
    const {server} = await shared
    const {port} = new URL(server.url)
    const choices = {accepted: [], typed: {}}
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`, `http://127.0.0.1:${Number(port) + 1}`]) {
      expect(await api(server, 'api/preview', choices, {origin})).toMatchObject({status: 403, body: ORIGIN_REFUSED})
    }
    expect((await api(server, 'api/preview', choices, {origin: `http://localhost:${port}`})).status).toBe(200)
    expect(await api(server, 'api/preview', choices)).toMatchObject({status: 200, body: '{"diff":"","changes":0}'})
  })

  it('sends a strict Content-Security-Policy and nosniff with every answer', async () => {
    const {server} = await shared
    expect(CSP).toBe("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    const answers = [
      await call(server.url),
      await call(`${server.url}review.js`),
      await call(`${server.url}review.css`),
      await api(server, 'api/preview', {accepted: [], typed: {}}),
      await call(`${new URL(server.url).origin}/`),
      await call(server.url, {headers: {host: 'evil.example'}})
    ]
    expect(answers.map((answer) => [answer.status, answer.headers['content-type']])).toEqual([
      [200, 'text/html; charset=utf-8'],
      [200, 'text/javascript; charset=utf-8'],
      [200, 'text/css; charset=utf-8'],
      [200, 'application/json; charset=utf-8'],
      [403, 'text/plain; charset=utf-8'],
      [403, 'text/plain; charset=utf-8']
    ])
    for (const answer of answers) {
      expect(answer.headers).toMatchObject({'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store'})
    }
  })

  it('takes only JSON with the fields it knows', async () => {
    const {server} = await shared
    const hash = await pageHash(server)
    expect(await call(`${server.url}api/save`, {method: 'POST', headers: {'content-type': 'text/plain', origin: new URL(server.url).origin}, body: JSON.stringify({accepted: [], typed: {}, hash})})).toMatchObject({
      status: 400,
      body: '{"error":"bad request: send JSON (Content-Type: application/json)"}'
    })
    expect(await api(server, 'api/save', {accepted: [], typed: {}, hash, path: '../../etc/passwd'})).toMatchObject({status: 400, body: '{"error":"bad request: Unrecognized key: \\"path\\""}'})
    expect(await api(server, 'api/accept-name', {finding: 1})).toMatchObject({status: 400, body: '{"error":"finding 1 is not a name to verify"}'})
    expect(await call(`${server.url}api/preview`)).toMatchObject({status: 405, body: 'POST only\n'})
    expect(await api(server, 'review.js')).toMatchObject({status: 405})
    expect(await api(server, 'api/nothing')).toMatchObject({status: 404, body: 'not here\n'})
  })

  it('writes nothing before Save, then only the draft and the accepted-names file', async () => {
    const cwd = workspace()
    const {server, result} = await review(cwd)
    const draft = path.join(cwd, 'drafts', 'biden-nato-summit.txt')
    chmodSync(draft, 0o640)
    const before = snapshot(cwd)
    const everyFix = {accepted: await optionIds(server), typed: {}}
    const preview = await api(server, 'api/preview', everyFix)
    expect(JSON.parse(preview.body)).toEqual({diff: result.diff, changes: 14})
    expect(changedFiles(before, snapshot(cwd))).toEqual([])

    const name = result.messages.findIndex((message) => message.ruleId === 'name-to-verify')
    expect(await api(server, 'api/accept-name', {finding: name})).toMatchObject({status: 200, body: '{"message":"Elizabeth Schulz added to rules/accepted-names.yml."}'})
    expect(await api(server, 'api/accept-name', {finding: name})).toMatchObject({status: 200, body: '{"message":"Elizabeth Schulz is already in rules/accepted-names.yml."}'})
    const saved = await api(server, 'api/save', {...everyFix, hash: await pageHash(server)})
    expect(saved.status).toBe(200)
    expect(JSON.parse(saved.body)).toMatchObject({message: 'Saved drafts/biden-nato-summit.txt (14 changes).', diff: result.diff})

    const after = snapshot(cwd)
    expect(changedFiles(before, after)).toEqual(['drafts/biden-nato-summit.txt', 'rules/accepted-names.yml'])
    expect(after.get('drafts/biden-nato-summit.txt')).toBe(Buffer.from(result.output).toString('latin1'))
    expect(statSync(draft).mode & 0o777).toBe(0o640) // the draft keeps its permissions
    // The file's comments stay; the name is added as a list item.
    expect(after.get('rules/accepted-names.yml')).toBe(
      '# Names your newsroom has checked: they are no longer listed as "names to\n# verify". One per line, as written in the article.\naccepted:\n  - Elizabeth Schulz\n'
    )
  })

  it('refuses to save over a draft changed on disk since the page was loaded', async () => {
    const cwd = workspace()
    const {server} = await review(cwd)
    const hash = await pageHash(server)
    const draft = path.join(cwd, 'drafts', 'biden-nato-summit.txt')
    writeFileSync(draft, 'Edited meanwhile by someone else.\n')
    expect(await api(server, 'api/save', {accepted: [], typed: {}, hash})).toMatchObject({
      status: 409,
      body: JSON.stringify({error: 'drafts/biden-nato-summit.txt has changed on disk since this page was loaded: nothing was written. Reload the page to review the draft as it is now (your choices here will be lost).'})
    })
    expect(readFileSync(draft, 'utf8')).toBe('Edited meanwhile by someone else.\n')
  })

  it('saves a draft with a byte-order mark with its mark, and takes the hash of what it wrote for the next Save', async () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'bom.txt'), '\uFEFFPolish President Andrzej Dudar spoke.\n')
    const {server} = await review(cwd, 'drafts/bom.txt')
    const fix = (await optionIds(server))[0]!
    const first = JSON.parse((await api(server, 'api/save', {accepted: [fix], typed: {}, hash: await pageHash(server)})).body) as {hash: string}
    expect(readFileSync(path.join(cwd, 'drafts', 'bom.txt'), 'utf8')).toBe('\uFEFFPolish President Andrzej Duda spoke.\n')
    // Saving again (say, with the fix taken back) goes from the same draft: the page sends the hash the last Save gave.
    expect((await api(server, 'api/save', {accepted: [], typed: {}, hash: first.hash})).status).toBe(200)
    expect(readFileSync(path.join(cwd, 'drafts', 'bom.txt'), 'utf8')).toBe('\uFEFFPolish President Andrzej Dudar spoke.\n')
  })

  it('escapes the article: a hostile draft is text on the page, never markup', async () => {
    const cwd = workspace()
    const hostile = 'Polish President Andrzej Dudar said <script>alert(1)</script> and <img src=x onerror=alert(2)> "quoted" & done.\n\n</p></li><script src="https://evil.example/x.js"></script> Latvia.\n'
    writeFileSync(path.join(cwd, 'drafts', 'evil.txt'), hostile)
    const {server} = await review(cwd, 'drafts/evil.txt')
    const page = (await call(server.url)).body
    expect(page.match(/<script/gu)).toEqual(['<script'])
    expect(page).toContain('<script src="review.js" defer></script>')
    expect(page).not.toMatch(/<img|<\/p><\/li><script/u)
    expect(page).toContain('said &#x3C;script>alert(1)&#x3C;/script> and &#x3C;img src=x onerror=alert(2)> "quoted" &#x26; done.')
  })
})

describe('when the review server stops', () => {
  it('stops after the idle time with no request', async () => {
    const {server} = await review(workspace(), undefined, {idleMs: 300})
    const port = Number(new URL(server.url).port)
    expect(await server.stopped).toBe('idle')
    expect(await reachable('127.0.0.1', port)).toBe(false)
  })

  it('stops when the last open page is closed, unless a reload comes back within the grace', async () => {
    const {server} = await review(workspace(), undefined, {closeGraceMs: 200})
    let stopped: string | undefined
    void server.stopped.then((why) => (stopped = why))
    await api(server, 'api/heartbeat?page=a')
    await api(server, 'api/close?page=a')
    // A reload: the new page says it is open before the grace ends.
    await api(server, 'api/heartbeat?page=b')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(stopped).toBeUndefined()
    // Two tabs: closing one leaves the other.
    await api(server, 'api/heartbeat?page=c')
    await api(server, 'api/close?page=b')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(stopped).toBeUndefined()
    await api(server, 'api/close?page=c')
    expect(await server.stopped).toBe('closed')
  })
})

/** The fix checkboxes' option ids, read off the page as the script reads them. */
async function optionIds(server: Awaited<ReturnType<typeof review>>['server']): Promise<string[]> {
  const page = (await call(server.url)).body
  return [...page.matchAll(/<input type="checkbox" data-option="(fix-\d+)" checked>/gu)].map((match) => match[1]!)
}

describe('the page of a Markdown draft', () => {
  it('shows the prose as the reader sees it, its heading as a heading, and says where only the draft itself can be changed', async () => {
    const cwd = workspace()
    writeFileSync(path.join(cwd, 'drafts', 'summit.md'), '# Summit in *Warsaw*\n\nPolish President Andrzej **Dudar** said the rec&iacute;eved aid was welcome.\n')
    const {server} = await review(cwd, 'drafts/summit.md')
    const page = (await call(server.url)).body
    expect([...page.matchAll(/<p class="(text[^"]*)">(.*?)<\/p>/gu)].map((match) => [match[1], match[2]])).toEqual([
      ['text heading', 'Summit in Warsaw'],
      ['text', 'Polish President Andrzej <mark class="error" data-findings="1">Dudar</mark><sup><a class="ref" href="#finding-1" aria-label="finding 2">2</a></sup> said the <mark class="warning" data-findings="2">recíeved</mark><sup><a class="ref" href="#finding-2" aria-label="finding 3">3</a></sup> aid was welcome.']
    ])
    expect(page).toContain('<p class="note">Markup, an escape or a character reference lies in this text: change it in the draft itself.</p>')
  })
})
