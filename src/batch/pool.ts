/**
 * A pool of warm worker threads (node:worker_threads) for `--jobs`: each
 * worker prepares once (the linter: rules loaded and indexed) and then takes
 * one task after another. Both ends of the protocol are here: `startPool` in
 * the main thread, `serveTasks` in a worker. A worker holds the process open
 * only while it has a task, so a run that ends early is never kept waiting.
 *
 * Why not piscina or tinypool: they start a worker by importing a module by
 * path, and the CLI is one bundle run from V8's code cache (src/launch.ts);
 * a worker here runs the same bundle through the same launcher, from the same
 * code cache, which is most of a warm start.
 */
import {parentPort, Worker, workerData} from 'node:worker_threads'

/** An error as plain data: what crosses between threads (a structured clone keeps no class). */
export interface PlainError {
  name: string
  message: string
  stack?: string
  /** The error's own fields (a file name, a line …). */
  fields: Record<string, unknown>
}

type Reply<Result> = {result: Result} | {error: PlainError}
type Started = {ready: true} | {ready: false; error: PlainError}

export interface Pool<Task, Result> {
  /** Run a task on the next free worker; rejects with the task's error as plain data. */
  run(task: Task): Promise<Result>
  close(): Promise<void>
}

interface Running {
  resolve(result: unknown): void
  reject(error: PlainError): void
}

/** Start `size` workers on `script` and wait until each has prepared; a worker that fails to prepare fails the start (with its error as plain data). */
export async function startPool<Task, Result>(script: string, size: number, data: unknown): Promise<Pool<Task, Result>> {
  const workers = Array.from({length: size}, () => new Worker(script, {workerData: data}))
  try {
    await Promise.all(workers.map(started))
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.terminate()))
    throw error
  }
  const idle = [...workers]
  const queue: Array<{task: Task} & Running> = []
  const running = new Map<Worker, Running>()
  let live = workers.length
  const next = (worker: Worker) => {
    const job = queue.shift()
    if (!job) {
      idle.push(worker)
      worker.unref()
      return
    }
    running.set(worker, job)
    worker.ref()
    worker.postMessage(job.task)
  }
  for (const worker of workers) {
    worker.on('message', (reply: Reply<Result>) => {
      const job = running.get(worker)!
      running.delete(worker)
      if ('error' in reply) job.reject(reply.error)
      else job.resolve(reply.result)
      next(worker)
    })
    // A worker that stops (a crash, out of memory, process.exit) fails its task; the others go on, and the queue fails with the last.
    let failure: unknown
    worker.on('error', (error) => (failure = error))
    worker.on('exit', (code) => {
      const error = plainError(failure ?? new Error(`a worker thread stopped (exit ${code})`))
      running.get(worker)?.reject(error)
      running.delete(worker)
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1)
      if (--live === 0) for (const job of queue.splice(0)) job.reject(error)
    })
    // After the listeners: adding a 'message' listener refs the worker's port again, and an idle worker must not keep
    // the process alive (a run that fails before its first task, such as a refused output plan, would never exit).
    worker.unref()
  }
  return {
    run: (task) =>
      new Promise<Result>((resolve, reject) => {
        if (live === 0) return reject(plainError(new Error('no worker thread is left')))
        queue.push({task, resolve: resolve as (result: unknown) => void, reject})
        const worker = idle.pop()
        if (worker) next(worker)
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()))
    }
  }
}

/** The first word of a worker: ready, or why it could not prepare. */
function started(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message: Started) => (message.ready ? resolve() : reject(message.error)))
    worker.once('error', (error) => reject(plainError(error)))
    worker.once('exit', (code) => reject(plainError(new Error(`a worker thread stopped before it was ready (exit ${code})`))))
  })
}

/** A worker's end: prepare with `start`, say so, then answer each task in turn. */
export function serveTasks<Task, Result>(start: (data: unknown) => Promise<(task: Task) => Promise<Result> | Result>): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks runs in a worker thread')
  start(workerData).then(
    (handle) => {
      port.on('message', async (task: Task) => {
        let reply: Reply<Result>
        try {
          reply = {result: await handle(task)}
        } catch (error) {
          reply = {error: plainError(error)}
        }
        port.postMessage(reply)
      })
      port.postMessage({ready: true} satisfies Started)
    },
    (error: unknown) => port.postMessage({ready: false, error: plainError(error)} satisfies Started)
  )
}

export function plainError(error: unknown): PlainError {
  if (!(error instanceof Error)) return {name: 'Error', message: String(error), fields: {}}
  return {name: error.name, message: error.message, stack: error.stack, fields: {...error}}
}

/** An Error from plain data: of the class `classes` names by its name (so `instanceof` holds), else a plain Error. */
export function revive(error: PlainError | Error, classes: Record<string, new (...args: never[]) => Error> = {}): Error {
  if (error instanceof Error) return error
  const prototype = classes[error.name]?.prototype ?? Error.prototype
  return Object.assign(Object.create(prototype) as Error, error.fields, {name: error.name, message: error.message, stack: error.stack})
}
