/** A closed stdout ends the run quietly, with its usual exit code. */
import {spawn, spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {cli, workspace} from './cli-helpers.js'

const DRAFT = 'drafts/biden-nato-summit.txt'

describe('a closed stdout', () => {
  it('closed before the report is written: exit 1 (the seed has errors), nothing on stderr', async () => {
    const cwd = workspace()
    const child = spawn(process.execPath, [cli, '--format', 'json', DRAFT], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    // The report comes after linting, a second or more from now: the pipe is closed before it.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (...end) => resolve(end)))
    expect({code, signal, stderr}).toEqual({code: 1, signal: null, stderr: ''})
  })

  it('`… | true` in a shell: the same, for every format', () => {
    const cwd = workspace()
    for (const format of ['stylish', 'json', 'github', 'markdown', 'sarif', 'rdjson']) {
      const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" --format ${format} ${DRAFT} 2>stderr.txt | true; echo "\${PIPESTATUS[0]}"; cat stderr.txt`], {cwd, encoding: 'utf8'})
      expect(result.stdout, format).toBe('1\n')
    }
  })
})
