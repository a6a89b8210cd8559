/**
 * The archive workflow (.github/workflows/lint-archive.yml), shown whole in
 * the README, run step by step: each shard's lint step, the artifacts as
 * download-artifact lays them out, then the merge job's steps. The merged
 * SARIF log and job summary are exactly an unsharded run's.
 */
import {spawnSync} from 'node:child_process'
import {cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {packageRoot} from '../../src/package-root.js'
import {run, workspace} from '../cli-helpers.js'

interface Step {
  run?: string
  env?: Record<string, string>
}

const file = path.join(packageRoot, '.github', 'workflows', 'lint-archive.yml')
const text = readFileSync(file, 'utf8')
const workflow = parse(text) as {jobs: {lint: {strategy: {matrix: {shard: number[]}}; steps: Step[]}; merge: {steps: Step[]}}}
const runSteps = (steps: readonly Step[]) => steps.filter((step) => step.run !== undefined && step.run.trim() !== 'npm ci')

describe('the archive workflow', () => {
  it('is shown whole in the README', () => {
    expect(readFileSync(path.join(packageRoot, 'README.md'), 'utf8')).toContain(`\`\`\`yaml\n${text}\`\`\``)
  })

  it('lints every shard, merges their reports into exactly an unsharded run’s, and fails on errors', {timeout: 300_000}, () => {
    const cwd = workspace()
    const articles = path.join(packageRoot, 'tests', 'fixtures', 'names-eval')
    for (const name of readdirSync(articles).filter((entry) => entry.endsWith('.txt')).slice(0, 7)) cpSync(path.join(articles, name), path.join(cwd, 'drafts', name))
    for (const shared of ['node_modules', 'dist']) symlinkSync(path.join(packageRoot, shared), path.join(cwd, shared))
    const bash = (script: string, env: Record<string, string>) => spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {cwd, encoding: 'utf8', env: {...process.env, ...env}})

    const shards = workflow.jobs.lint.strategy.matrix.shard
    expect(shards).toEqual([1, 2, 3, 4])
    const [lint] = runSteps(workflow.jobs.lint.steps)
    for (const shard of shards) {
      const result = bash(lint!.run!, {SHARD: String(shard)})
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0) // findings fail the merge job, not the shard
      // actions/download-artifact with a pattern puts each artifact in a folder of its name.
      cpSync(path.join(cwd, 'shard'), path.join(cwd, 'shards', `article-lint-shard-${shard}`), {recursive: true})
      rmSync(path.join(cwd, 'shard'), {recursive: true}) // each shard's job starts from a fresh checkout
    }
    expect(readdirSync(path.join(cwd, 'shards')).map((name) => readFileSync(path.join(cwd, 'shards', name, 'status'), 'utf8'))).toContain('1\n')

    const summary = path.join(cwd, 'step-summary.md')
    writeFileSync(summary, '')
    const [merge, verdict] = runSteps(workflow.jobs.merge.steps)
    expect(bash(merge!.run!, {GITHUB_STEP_SUMMARY: summary})).toMatchObject({status: 0, stderr: ''})
    expect(bash(verdict!.run!, {})).toMatchObject({status: 1})

    const whole = run(cwd, '--format', 'sarif', '--summary', 'whole.md', '--out', 'whole', 'drafts')
    expect(readFileSync(path.join(cwd, 'article-lint.sarif'), 'utf8')).toBe(whole.stdout)
    expect(readFileSync(summary, 'utf8')).toBe(readFileSync(path.join(cwd, 'whole.md'), 'utf8'))
  })
})
