/**
 * The review page's server: loopback only, every request checked before it
 * is read (the Host is this server's, an Origin if sent is this server's, the
 * path starts with the random token), and only two files it may write: the
 * draft under review, on Save, and the accepted-names file, on "mark as
 * checked". It stops when the last page that was open is closed (the page
 * sends a beacon on pagehide), or after a time with no request at all.
 */
import {createHash, randomBytes, timingSafeEqual} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {z} from 'zod'
import {writeIntoDraft} from '../io/outputs.js'
import {MAX_DRAFT_BYTES} from '../io/read-draft.js'
import {readRegularFile} from '../io/read-file.js'
import {packageRoot} from '../package-root.js'
import {acceptName} from './accepted-names.js'
import {applyChoices, ChoiceError, chosenEdits, ConflictError, type ReviewModel} from './model.js'
import {reviewPage} from './page.js'

export interface ReviewServerOptions {
  model: ReviewModel
  /** The draft's file: the one file Save writes. */
  draftFile: string
  /** Where "mark as checked" adds names, and that file as the page names it; none: the button is not offered. */
  acceptedNames?: {file: string; shown: string}
  /** Stop after this long without a request (a page that is open sends one every `heartbeatMs`). */
  idleMs: number
  /** After the last page closes, how long a reload has to come back before the server stops. */
  closeGraceMs?: number
}

export interface ReviewServer {
  /** The page's address, token included. */
  url: string
  /** Settles when the server has stopped, saying why. */
  stopped: Promise<'closed' | 'idle' | 'stopped'>
  stop(): void
}

/** The page's Content-Security-Policy: its own script and style, requests to itself, nothing else. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

const HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin'
}

const ASSETS: Record<string, string> = {'review.css': 'text/css; charset=utf-8', 'review.js': 'text/javascript; charset=utf-8'}

/** JSON bodies: choices and typed replacements, a few KB; a rewritten article at most. */
const MAX_BODY_BYTES = 4 * 1024 * 1024

const choicesSchema = z.strictObject({accepted: z.array(z.string()), typed: z.record(z.string(), z.string())})
const saveSchema = choicesSchema.extend({hash: z.string()})
const acceptNameSchema = z.strictObject({finding: z.number().int().nonnegative()})

/** The hash the page carries: of the draft's bytes as they were linted (a byte-order mark included). */
export function draftHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The draft's bytes: its text, after the byte-order mark it was read with. */
export function draftBytes(text: string, bom: boolean): Buffer {
  return Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8')
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const {model} = options
  const token = randomBytes(32).toString('hex')
  const assets = Object.fromEntries(Object.keys(ASSETS).map((name) => [name, readFileSync(path.join(packageRoot, 'src', 'review', 'assets', name))]))
  const hash = draftHash(draftBytes(model.original, model.bom))
  const heartbeatMs = Math.max(50, Math.min(60_000, Math.floor(options.idleMs / 3)))
  const page = reviewPage(model, {hash, heartbeatMs, ...(options.acceptedNames && {acceptedNames: options.acceptedNames.shown}), initialDiff: applyChoices(model, chosenEdits(model, {accepted: model.fixes.map((fix) => fix.id), typed: {}})).diff})
  const lifetime = new Lifetime(options.idleMs, options.closeGraceMs ?? 1500)

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(HEADERS)) response.setHeader(name, value)
    const refusal = refuse(request, port, token)
    if (refusal) return send(response, 403, 'text/plain; charset=utf-8', `${refusal}\n`)
    lifetime.touch()
    handle(request, response).catch((error: unknown) => sendJson(response, 500, {error: `internal error: ${error instanceof Error ? error.message : String(error)}`}))
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const route = url.pathname.slice(token.length + 2)
    const pageId = url.searchParams.get('page') ?? ''
    // The page's relative addresses (review.js, api/…) need the slash after the token.
    if (url.pathname === `/${token}`) return void response.writeHead(308, {location: `/${token}/`}).end()
    if (request.method === 'GET' && route === '') return send(response, 200, 'text/html; charset=utf-8', page)
    if (request.method === 'GET' && route in ASSETS) return send(response, 200, ASSETS[route]!, assets[route]!)
    if (!route.startsWith('api/')) return send(response, route === '' || route in ASSETS ? 405 : 404, 'text/plain; charset=utf-8', 'not here\n')
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'POST only\n')
    switch (route) {
      case 'api/heartbeat':
        lifetime.open(pageId)
        return send(response, 204)
      case 'api/close':
        lifetime.close(pageId)
        return send(response, 204)
      case 'api/preview':
        return answer(response, async () => {
          const edits = chosenEdits(model, choicesSchema.parse(await readJson(request)))
          return {diff: applyChoices(model, edits).diff, changes: edits.length}
        })
      case 'api/save':
        return answer(response, async () => save(saveSchema.parse(await readJson(request))))
      case 'api/accept-name':
        return answer(response, async () => acceptNameOf(acceptNameSchema.parse(await readJson(request)).finding))
      default:
        return send(response, 404, 'text/plain; charset=utf-8', 'not here\n')
    }
  }

  /** Write the draft with exactly the chosen changes, unless the file is no longer the one the page was made from. */
  function save(body: z.infer<typeof saveSchema>) {
    const edits = chosenEdits(model, body)
    let current: Buffer
    try {
      current = readRegularFile(options.draftFile, MAX_DRAFT_BYTES, 'a draft')
    } catch (error) {
      throw new ConflictError(`${model.path} cannot be read now (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): nothing was written`)
    }
    if (draftHash(current) !== body.hash) {
      throw new ConflictError(`${model.path} has changed on disk since this page was loaded: nothing was written. Reload the page to review the draft as it is now (your choices here will be lost).`)
    }
    const {text, diff} = applyChoices(model, edits)
    const bytes = draftBytes(text, model.bom)
    writeIntoDraft(options.draftFile, bytes)
    const changes = edits.length === 0 ? 'no changes: the draft as it was' : `${edits.length} ${edits.length === 1 ? 'change' : 'changes'}`
    return {message: `Saved ${model.path} (${changes}).`, diff, hash: draftHash(bytes)}
  }

  function acceptNameOf(id: number) {
    const name = model.findings[id]?.name
    if (name === undefined) throw new ChoiceError(`finding ${id} is not a name to verify`)
    if (!options.acceptedNames) throw new ConflictError('no config of your own to add the name to')
    const {file, shown} = options.acceptedNames
    return {message: acceptName(file, shown, name) ? `${name} added to ${shown}.` : `${name} is already in ${shown}.`}
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({host: '127.0.0.1', port: 0}, resolve)
  })
  const port = (server.address() as AddressInfo).port
  const stopped = lifetime.ended.then((why) => {
    server.close()
    server.closeAllConnections()
    return why
  })
  return {url: `http://127.0.0.1:${port}/${token}/`, stopped, stop: () => lifetime.end('stopped')}
}

/**
 * Why a request is refused before it is read, or undefined. The Host must
 * name this server (a DNS-rebinding page has its own name in it); an Origin,
 * when sent, must be this server's (another site's page); the path must
 * start with the token, compared in constant time.
 */
function refuse(request: IncomingMessage, port: number, token: string): string | undefined {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!own.includes(request.headers.host ?? '')) return 'refused: this server answers only to its own address (Host)'
  const origin = request.headers.origin
  if (origin !== undefined && !own.some((host) => origin === `http://${host}`)) return 'refused: a request from another site (Origin)'
  const given = (request.url ?? '').split('/')[1] ?? ''
  if (!sameSecret(given, token)) return 'refused: the address lacks the review token; use the address article-lint review printed'
  return undefined
}

function sameSecret(given: string, token: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(token))
}

/** Run a JSON API call: its result as 200; a bad request 400; a conflict (stale draft, two changes to one text) 409. */
async function answer(response: ServerResponse, call: () => Promise<object>): Promise<void> {
  try {
    sendJson(response, 200, await call())
  } catch (error) {
    if (error instanceof ConflictError) return sendJson(response, 409, {error: error.message})
    if (error instanceof ChoiceError || error instanceof BadRequest) return sendJson(response, 400, {error: error.message})
    if (error instanceof z.ZodError) return sendJson(response, 400, {error: `bad request: ${error.issues[0]?.message ?? 'invalid'}`})
    throw error
  }
}

class BadRequest extends Error {
  override name = 'BadRequest'
}

/** A JSON body (sent as application/json, which a plain cross-site form cannot), at most MAX_BODY_BYTES. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!/^application\/json(;|$)/u.test(request.headers['content-type'] ?? '')) throw new BadRequest('bad request: send JSON (Content-Type: application/json)')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new BadRequest('bad request: the body is too large')
    chunks.push(chunk)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new BadRequest('bad request: the body is not JSON')
  }
}

function send(response: ServerResponse, status: number, type?: string, body?: string | Buffer): void {
  if (type) response.setHeader('content-type', type)
  response.writeHead(status).end(body)
}

function sendJson(response: ServerResponse, status: number, body: object): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body))
}

/**
 * When the server stops: `idleMs` after the last request it accepted; or,
 * once every page that said it was open has said it closed, after a grace
 * for a reload to say it is open again.
 */
class Lifetime {
  private readonly pages = new Set<string>()
  private idle: NodeJS.Timeout | undefined
  private closing: NodeJS.Timeout | undefined
  private finish!: (why: 'closed' | 'idle' | 'stopped') => void
  readonly ended = new Promise<'closed' | 'idle' | 'stopped'>((resolve) => (this.finish = resolve))

  constructor(
    private readonly idleMs: number,
    private readonly graceMs: number
  ) {
    this.touch()
  }

  touch(): void {
    clearTimeout(this.idle)
    clearTimeout(this.closing)
    this.idle = setTimeout(() => this.end('idle'), this.idleMs)
  }

  open(page: string): void {
    this.pages.add(page)
  }

  close(page: string): void {
    this.pages.delete(page)
    if (this.pages.size === 0) this.closing = setTimeout(() => this.end('closed'), this.graceMs)
  }

  end(why: 'closed' | 'idle' | 'stopped'): void {
    clearTimeout(this.idle)
    clearTimeout(this.closing)
    this.finish(why)
  }
}
