/**
 * Runs the pull-request workflow's `run:` steps, in order, in a temporary
 * clone of this repository on a branch whose commit changes a draft, with
 * the environment GitHub provides, and checks what a reviewer would see:
 * for a pull request from this repository, and from a fork.
 * `npm ci` is the one step not run: the clone borrows this checkout's
 * node_modules and build instead of installing them again. The review job
 * runs reviewdog, which is not here: what it is given (the rdjson) is
 * checked, and its command line.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {RDFormatValidator} from '@umbrelladocs/rdformat-validator'
import {parse} from 'yaml'
import {packageRoot} from '../../src/package-root.js'
import {tempDir} from '../helpers.js'

interface Step {
  run?: string
  uses?: string
  env?: Record<string, string>
}

interface Job {
  steps: Step[]
  if?: string
  needs?: string
  permissions?: Record<string, string>
  outputs?: Record<string, string>
}

const workflow = parse(readFileSync(path.join(packageRoot, '.github', 'workflows', 'lint-article.yml'), 'utf8')) as {permissions: Record<string, string>; jobs: {lint: Job; review: Job}}

/** What the expressions the steps' environments use come to on GitHub, for a pull request from this repository or from a fork. */
function expressions(fork: boolean): Record<string, string> {
  return {'${{ github.base_ref }}': 'main', '${{ github.event.pull_request.head.repo.full_name != github.repository }}': String(fork)}
}

/**
 * A clone of this repository on a branch whose one commit is `change`, and the
 * workflow's `run:` steps run there in order, with the environment GitHub gives.
 */
function pullRequest(message: string, change: (repo: string) => void, options: {fork?: boolean} = {}) {
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
  const temp = path.join(work, 'runner-temp')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  mkdirSync(temp)
  const github = {GITHUB_BASE_REF: 'main', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: temp}
  const steps = workflow.jobs.lint.steps.filter((step) => step.run !== undefined && step.run.trim() !== 'npm ci')
  expect(steps).toHaveLength(1)
  const known = expressions(options.fork ?? false)
  const results = steps.map((step) => {
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, known[value] ?? value]))
    expect(Object.values(env).filter((value) => value.includes('${{'))).toEqual([])
    return spawnSync('bash', ['-e', '-o', 'pipefail', '-c', step.run!], {cwd: repo, encoding: 'utf8', env: {...process.env, ...github, ...env}})
  })
  const rdjson = path.join(temp, 'review', 'article-lint.rdjson')
  return {repo, lint: results[0]!, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8'), rdjson: existsSync(rdjson) ? readFileSync(rdjson, 'utf8') : undefined}
}

const FORK_NOTE =
  "\n**No suggested changes on this pull request:** it comes from a fork, and GitHub gives a fork's pull request no token that may write a review. The findings are the annotations on the changed lines; the corrected drafts, diffs and reports are in the `article-lint-output` artifact.\n"

/** A pull request that adds a paragraph with a mangled name after the headline of an existing draft. */
function addParagraph(repo: string): void {
  const draft = path.join(repo, 'drafts', 'biden-nato-summit.txt')
  writeFileSync(draft, readFileSync(draft, 'utf8').replace('\n\n', '\n\nGerman Chancellor Olaf Sholz said Europe stood united.\n\n'))
}

describe('the lint-article workflow, step by step', () => {
  it('annotates the changed lines, writes the summary and the artifacts, and fails on errors', () => {
    const {repo, lint, summary, output} = pullRequest('Add a paragraph', addParagraph)
    expect(lint.stderr).toBe('')
    expect(lint.status).toBe(1)
    // Only the changed paragraph is annotated, though the draft has older findings.
    expect(lint.stdout).toBe(
      '::error file=drafts/biden-nato-summit.txt,line=3,endLine=3,col=24,endColumn=29,title=article-lint name-misspelled::Unexpected `Sholz`, expected `Scholz` (Olaf Scholz, Chancellor (Germany) 2021–2025) (fixed in the corrected draft: Scholz)\n'
    )
    expect(output).toBe('status=1\nreview=true\n')
    expect(summary).toContain('## article-lint: 1 draft, 1 error, 0 warnings, 0 notes; 1 fixed, 0 remaining')
    expect(summary).not.toContain('No suggested changes')
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
    expect(output).toBe('status=1\nreview=true\n')
    expect(readdirSync(path.join(repo, 'out')).sort()).toEqual(['Über die "Lage".diff', 'Über die "Lage".fixed.txt', 'Über die "Lage".report.html', 'Über die "Lage".report.md'])
  })

  it('gives the review job the same findings as rdjson: the fix a suggestion on the line the pull request adds', async () => {
    const {rdjson} = pullRequest('Add a paragraph', addParagraph)
    const validator = new RDFormatValidator({strictMode: true, allowExtraFields: false})
    expect((await validator.validateString(rdjson!)).errors).toEqual([])
    const range = {start: {line: 3, column: 24}, end: {line: 3, column: 29}}
    expect(JSON.parse(rdjson!)).toEqual({
      source: {name: 'article-lint', url: 'https://github.com/article-lint/article-lint'},
      severity: 'ERROR',
      diagnostics: [
        {
          message: 'Unexpected `Sholz`, expected `Scholz` (Olaf Scholz, Chancellor (Germany) 2021–2025). Fixed in the corrected draft: Scholz.',
          location: {path: 'drafts/biden-nato-summit.txt', range},
          severity: 'ERROR',
          source: {name: 'article-lint'},
          code: {value: 'name-misspelled', url: 'https://github.com/article-lint/article-lint/blob/main/README.md#name-misspelled'},
          suggestions: [{range, text: 'Scholz'}]
        }
      ]
    })
  })

  it('a pull request from a fork: the annotations, summary and outputs as ever, a note on why there are no suggested changes, no review job', () => {
    const {repo, lint, summary, output, rdjson} = pullRequest('Add a paragraph', addParagraph, {fork: true})
    expect([lint.status, lint.stderr]).toEqual([1, ''])
    expect(lint.stdout).toBe(
      '::error file=drafts/biden-nato-summit.txt,line=3,endLine=3,col=24,endColumn=29,title=article-lint name-misspelled::Unexpected `Sholz`, expected `Scholz` (Olaf Scholz, Chancellor (Germany) 2021–2025) (fixed in the corrected draft: Scholz)\n'
    )
    expect(summary.startsWith('## article-lint: 1 draft, 1 error, 0 warnings, 0 notes; 1 fixed, 0 remaining')).toBe(true)
    expect(summary.endsWith(`</details>\n${FORK_NOTE}`)).toBe(true)
    // No `review=true`: the review job does not run.
    expect(output).toBe('status=1\n')
    expect(rdjson).toBeUndefined()
    expect(readdirSync(path.join(repo, 'out')).sort()).toEqual(['biden-nato-summit.diff', 'biden-nato-summit.fixed.txt', 'biden-nato-summit.report.html', 'biden-nato-summit.report.md'])
  })
})

describe('the review job', () => {
  const {lint, review} = workflow.jobs

  it('alone may write to the pull request; it runs after the lint job, whatever its verdict, when there are findings to post', () => {
    expect(workflow.permissions).toEqual({contents: 'read'})
    expect(lint.permissions).toBeUndefined()
    expect(review.permissions).toEqual({contents: 'read', 'pull-requests': 'write'})
    expect([review.needs, review.if, lint.outputs]).toEqual(['lint', "${{ !cancelled() && needs.lint.outputs.review == 'true' }}", {review: '${{ steps.lint.outputs.review }}'}])
  })

  it('runs nothing from the pull request: reviewdog, set up by its official action pinned by commit, posts the lint job’s rdjson', () => {
    expect(review.steps.map((step) => step.uses?.replace(/@[0-9a-f]{40}$/, '@SHA'))).toEqual([
      'actions/checkout@SHA',
      'actions/download-artifact@SHA',
      'reviewdog/action-setup@SHA',
      undefined
    ])
    const post = review.steps.at(-1)!
    expect(post.run).toBe('reviewdog -f=rdjson -name=article-lint -reporter=github-pr-review -filter-mode=added < "$FINDINGS"')
    expect(post.env).toEqual({REVIEWDOG_GITHUB_API_TOKEN: '${{ secrets.GITHUB_TOKEN }}', FINDINGS: '${{ runner.temp }}/review/article-lint.rdjson'})
  })
})
