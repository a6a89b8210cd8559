/** Starting the review server on a scratch copy of the repository, and talking to it as a browser or an attacker would. */
import {request} from 'node:http'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {afterAll} from 'vitest'
import {startReview} from '../../src/commands/review.js'
import type {ReviewServer} from '../../src/review/server.js'

const running: ReviewServer[] = []

afterAll(async () => {
  for (const server of running.splice(0)) {
    server.stop()
    await server.stopped
  }
})

/** The review server for a draft of `cwd` (stopped after the test file, if it has not stopped by itself). */
export async function review(cwd: string, draft = 'drafts/biden-nato-summit.txt', options: {idleMs?: number; closeGraceMs?: number} = {}) {
  const started = await startReview(draft, cwd, {idleMs: options.idleMs ?? 60_000, ...(options.closeGraceMs !== undefined && {closeGraceMs: options.closeGraceMs})})
  running.push(started.server)
  return started
}

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** One HTTP request with exactly these headers (a Host or an Origin of our choosing). */
export function call(url: string, options: {method?: string; headers?: Record<string, string>; body?: string} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(url, {method: options.method ?? 'GET', headers: options.headers ?? {}}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8')}))
    })
    sent.on('error', reject)
    sent.end(options.body)
  })
}

/** A JSON call to the page's API, as the page makes it (same origin). */
export function api(server: ReviewServer, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const {origin} = new URL(server.url)
  return call(`${server.url}${route}`, {method: 'POST', headers: {'content-type': 'application/json', origin, ...headers}, body: JSON.stringify(body ?? {})})
}

/** The content hash the page carries. */
export async function pageHash(server: ReviewServer): Promise<string> {
  const page = await call(server.url)
  return /data-hash="([0-9a-f]{64})"/u.exec(page.body)![1]!
}

/** Every file under a folder with its content: what a test compares before and after. */
export function snapshot(directory: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name)
      if (statSync(file).isDirectory()) walk(file)
      else files.set(path.relative(directory, file).split(path.sep).join('/'), readFileSync(file, 'latin1'))
    }
  }
  walk(directory)
  return files
}

/** The files that differ between two snapshots (added, removed or changed), sorted. */
export function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort()
}
