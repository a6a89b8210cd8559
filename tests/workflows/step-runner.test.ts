/**
 * Runs the pull-request workflow's `run:` steps, in order, in a temporary
 * clone of this repository on a branch whose commit changes a draft, with
 * the environment GitHub provides, and checks what a reviewer would see.
 * `npm ci` is the one step not run: the clone borrows this checkout's
 * node_modules and build instead of installing them again.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {packageRoot} from '../../src/package-root.js'
import {tempDir} from '../helpers.js'

interface Step {
  run?: string
  env?: Record<string, string>
}

const workflow = parse(readFileSync(path.join(packageRoot, '.github', 'workflows', 'lint-article.yml'), 'utf8')) as {jobs: {lint: {steps: Step[]}}}

/**
 * A clone of this repository on a branch whose one commit is `change`, and the
 * workflow's `run:` steps run there in order, with the environment GitHub gives.
 */
function pullRequest(message: string, change: (repo: string) => void) {
  const work = tempDir()
  const repo = path.join(work, 'repo')
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, encoding: 'utf8'})
  execFileSync('git', ['clone', '--quiet', '--no-local', packageRoot, repo])
  git('config', 'user.email', 'ci@example.com')
  git('config', 'user.name', 'CI')
  for (const shared of ['node_modules', 'dist']) symlinkSync(path.join(packageRoot, shared), path.join(repo, shared))
  git('checkout', '--quiet', '-b', 'edit')
  change(repo)
  git('add', '--all')
  git('commit', '--quiet', '-m', message)

  const summary = path.join(work, 'summary.md')
  const output = path.join(work, 'output.txt')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const github = {GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output}
  const steps = workflow.jobs.lint.steps.filter((step) => step.run !== undefined && step.run.trim() !== 'npm ci')
  expect(steps).toHaveLength(1)
  const results = steps.map((step) => {
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, value.replace('${{ github.base_ref }}', github.GITHUB_BASE_REF)]))
    return spawnSync('bash', ['-e', '-o', 'pipefail', '-c', step.run!], {cwd: repo, encoding: 'utf8', env: {...process.env, ...github, ...env}})
  })
  return {repo, lint: results[0]!, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8')}
}

describe('the lint-article workflow, step by step', () => {
  it('annotates the changed lines, writes the summary and the artifacts, and fails on errors', () => {
    // A pull request that adds a paragraph with a mangled name after the headline of an existing draft.
    const {repo, lint, summary, output} = pullRequest('Add a paragraph', (repo) => {
      const draft = path.join(repo, 'drafts', 'biden-nato-summit.txt')
      writeFileSync(draft, readFileSync(draft, 'utf8').replace('\n\n', '\n\nGerman Chancellor Olaf Sholz said Europe stood united.\n\n'))
    })
    expect(lint.stderr).toBe('')
    expect(lint.status).toBe(1)
    // Only the changed paragraph is annotated, though the draft has older findings.
    expect(lint.stdout).toBe(
      '::error file=drafts/biden-nato-summit.txt,line=3,endLine=3,col=24,endColumn=29,title=article-lint name-misspelled::Unexpected `Sholz`, expected `Scholz` (Olaf Scholz, Chancellor (Germany) 2021–2025) (fixed in the corrected draft: Scholz)\n'
    )
    expect(output).toBe('status=1\n')
    expect(summary).toContain('## article-lint: 1 draft, 1 error, 0 warnings, 0 notes; 1 fixed, 0 remaining')
    expect(summary).toContain('+German Chancellor Olaf Scholz said Europe stood united.')
    expect(readdirSync(path.join(repo, 'out')).sort()).toEqual(['biden-nato-summit.diff', 'biden-nato-summit.fixed.txt', 'biden-nato-summit.report.html', 'biden-nato-summit.report.md'])
  })

  it('lints a draft whose name git would quote (a non-ASCII letter, a space, a quote)', () => {
    const name = 'Über die "Lage".txt'
    const {repo, lint, output} = pullRequest('Add a draft', (repo) => {
      writeFileSync(path.join(repo, 'drafts', name), 'German Chancellor Olaf Sholz said Europe stood united.\n')
    })
    expect(lint.stderr).toBe('')
    expect(lint.status).toBe(1)
    // A new draft is linted whole: its readability notice, and the error.
    expect(lint.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      `::error file=drafts/${name},line=1,endLine=1,col=24,endColumn=29,title=article-lint name-misspelled::Unexpected \`Sholz\`, expected \`Scholz\` (Olaf Scholz, Chancellor (Germany) 2021–2025) (fixed in the corrected draft: Scholz)`
    ])
    expect(output).toBe('status=1\n')
    expect(readdirSync(path.join(repo, 'out')).sort()).toEqual(['Über die "Lage".diff', 'Über die "Lage".fixed.txt', 'Über die "Lage".report.html', 'Über die "Lage".report.md'])
  })
})
