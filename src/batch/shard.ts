/**
 * `--shard i/n`: this run lints the drafts whose path hashes to shard i of n,
 * so a matrix of n CI jobs lints an archive between them. By hash, not by
 * sorting and slicing (Jest and Vitest slice a hash-sorted list; Playwright
 * slices the list as it is): a draft's shard depends on its own path alone,
 * so adding or removing other drafts moves no draft to another shard, and
 * each shard's result cache stays warm. The path is the one reports show,
 * relative to the working directory with forward slashes: the same on every
 * runner that starts in the repository's root.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {UsageError} from '../io/errors.js'

export interface Shard {
  /** From 1. */
  index: number
  count: number
}

export function parseShard(value: string): Shard {
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard "${value}": use i/n, with 1 ≤ i ≤ n (e.g. 2/4)`)
  return {index, count}
}

/** The files of this shard, in their order. */
export function inShard(files: readonly string[], shard: Shard, cwd: string): string[] {
  return files.filter((file) => shardOf(path.relative(cwd, file).split(path.sep).join('/'), shard.count) === shard.index)
}

/** The shard (from 1) a path belongs to among `count`. */
export function shardOf(shown: string, count: number): number {
  return (createHash('sha256').update(shown).digest().readUInt32BE(0) % count) + 1
}
