/**
 * The worker pool of `--jobs`: warm workers prepared once and reused, a
 * task's error failing that task alone, a worker that cannot prepare failing
 * the start, a worker that stops failing its task; errors keep their class.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {idleCores, reviveLintError, workerCount} from '../../src/batch/lint-batch.js'
import {plainError, startPool} from '../../src/batch/pool.js'
import {RulesError} from '../../src/config/yaml.js'
import {errorLine, InputError} from '../../src/io/errors.js'
import {packageRoot} from '../../src/package-root.js'
import {CheckError} from '../../src/pipeline.js'

const script = path.join(packageRoot, 'tests', 'fixtures', 'batch', 'worker.mjs')

interface Done {
  task: string
  threadId: number
  prepared: number
  done: number
}

describe('the worker pool', () => {
  it('prepares each worker once and gives it one task after another', async () => {
    const pool = await startPool<string, Done>(script, 2, {})
    try {
      const tasks = Array.from({length: 12}, (_, index) => `task ${index}`)
      const results = await Promise.all(tasks.map((task) => pool.run(task)))
      expect(results.map((result) => result.task)).toEqual(tasks)
      const threads = [...new Set(results.map((result) => result.threadId))]
      expect(threads).toHaveLength(2)
      expect(results.every((result) => result.prepared === 1)).toBe(true)
      // Between them the two workers did all twelve, each counting its own.
      const counts = threads.map((thread) => Math.max(...results.filter((result) => result.threadId === thread).map((result) => result.done)))
      expect(counts[0]! + counts[1]!).toBe(12)
    } finally {
      await pool.close()
    }
  })

  it('fails a task that throws, with its error, and goes on with the others', async () => {
    const pool = await startPool<string, Done>(script, 2, {})
    try {
      const [bad, good] = await Promise.allSettled([pool.run('throw'), pool.run('fine')])
      expect(bad).toMatchObject({status: 'rejected', reason: {name: 'TypeError', message: 'a bad task'}})
      expect(good).toMatchObject({status: 'fulfilled', value: {task: 'fine'}})
    } finally {
      await pool.close()
    }
  })

  it('fails the start when a worker cannot prepare', async () => {
    await expect(startPool(script, 2, {fail: true})).rejects.toMatchObject({name: 'RangeError', message: 'cannot prepare'})
  })

  it('fails the task of a worker that stops, and the queue once no worker is left', async () => {
    const pool = await startPool<string, Done>(script, 1, {})
    const results = await Promise.allSettled([pool.run('exit'), pool.run('after')])
    expect(results).toMatchObject([
      {status: 'rejected', reason: {message: 'a worker thread stopped (exit 3)'}},
      {status: 'rejected', reason: {message: 'a worker thread stopped (exit 3)'}}
    ])
    await expect(pool.run('later')).rejects.toMatchObject({message: 'no worker thread is left'})
  })
})

describe('errors from a lint worker', () => {
  it.each([
    ['a rules error', new RulesError('/r/names.local.yml', 3, 6, 'duplicate person "Ana Pop"')],
    ['an input error', new InputError('drafts/a.txt', 'empty file')],
    ['a check that failed', new CheckError('spelling', new Error('boom'))]
  ])('%s is reported as in this thread', (_, error) => {
    const revived = reviveLintError(plainError(error))
    expect(revived).toBeInstanceOf(error.constructor)
    expect(errorLine(revived, 'drafts/a.txt')).toBe(errorLine(error, 'drafts/a.txt'))
  })
})

describe('--jobs auto', () => {
  const drafts = (count: number, kilobytes: number) => Array.from({length: count}, (_, index) => ({path: `${index}.txt`, text: 'x'.repeat(kilobytes * 1024), bom: false}))

  it('lints a small batch in this thread, and a large one over one worker per 256 KB, up to the idle cores and never more than drafts', () => {
    expect(workerCount('auto', [], 2)).toBe(0)
    expect(workerCount('auto', drafts(3, 5), 2)).toBe(0)
    expect(workerCount('auto', drafts(40, 1), 2)).toBe(0)
    expect(workerCount('auto', drafts(100, 5), 8)).toBe(1)
    expect(workerCount('auto', drafts(400, 5), 2)).toBe(2)
    expect(workerCount('auto', drafts(400, 5), 8)).toBe(7)
    expect(workerCount('auto', drafts(400, 5), 1)).toBe(1)
    expect(workerCount('auto', drafts(2, 1000), 4)).toBe(2)
  })

  it('leaves one core to V8\'s own threads, and the cores the load average says are busy', () => {
    expect(idleCores(2, 0)).toBe(1)
    expect(idleCores(4, 0)).toBe(3)
    expect(idleCores(4, 0.3)).toBe(3)
    expect(idleCores(4, 1.7)).toBe(2)
    expect(idleCores(4, 9)).toBe(1)
    expect(idleCores(1, 0)).toBe(1)
  })

  it('starts as many workers as asked, never more than drafts', () => {
    expect(workerCount(4, drafts(3, 1))).toBe(3)
    expect(workerCount(2, drafts(40, 1))).toBe(2)
  })
})
