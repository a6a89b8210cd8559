/**
 * A user's regular expression in a rules file, with recheck installed (a
 * devDependency here) and without it (an optional peer a newsroom need not
 * install). recheck's absence is made where it is loaded, loadOptional in
 * src/package-data.ts; everything else is the real check and config loading.
 * Each test loads the modules afresh, so safe-regex.ts meets recheck (or
 * not) for the first time.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {rulesFile} from '../checks/artifacts.js'
import {configFile, plain} from '../helpers.js'
import {packageRoot} from '../../src/package-root.js'

afterEach(() => {
  vi.doUnmock('../../src/package-data.js')
})

/**
 * A linter of the named checks (and those they need) from a config and the files beside it, made by
 * modules loaded afresh with recheck installed or not. Only src/ is loaded afresh: the test helpers
 * keep the temp folders they make, to remove them.
 */
async function linterWithRecheck(installed: boolean) {
  vi.resetModules()
  vi.doMock('../../src/package-data.js', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../src/package-data.js')>()
    return {...real, loadOptional: <T>(name: string): T | undefined => (name === 'recheck' && !installed ? undefined : real.loadOptional<T>(name))}
  })
  const {checks} = await import('../../src/checks/index.js')
  const {loadConfig} = await import('../../src/config/config.js')
  const {createLinter} = await import('../../src/pipeline.js')
  const {lintMessages} = await import('../../src/messages.js')
  return (names: readonly string[], yaml: string, files: Record<string, string> = {}) => {
    const list = checks.filter((check) => names.includes(check.name) || names.some((name) => checks.find((one) => one.name === name)?.needs?.includes(check.name)))
    const linter = createLinter(loadConfig(configFile(yaml, files), list), list)
    return (text: string, ruleId: string) => lintMessages(linter.lint(text)).filter((message) => message.ruleId === ruleId).map(plain)
  }
}

// Not among the bundled rules' verdicts (rules/regex-verdicts.json), so only recheck can vet it.
const ownRegex = '(?<![\\p{L}\\p{N}_])newly-elected(?![\\p{L}\\p{N}_])'
const phrasesFile = `phrases:\n  - pattern: Kiev\n    replacement: Kyiv\n    reason: style\n  - regex: ${JSON.stringify(ownRegex)}\n    replacement: newly elected\n    reason: house style\n`

describe('a regular expression a user wrote', () => {
  it('is vetted by recheck when it is installed, and used', async () => {
    const linter = await linterWithRecheck(true)
    const findings = linter(['phrases'], 'phrases:\n  file: mine.yml\n', {'mine.yml': phrasesFile})
    expect(findings('The newly-elected mayor spoke.\n', 'phrases').map(({actual, expected}) => [actual, expected])).toEqual([['newly-elected', ['newly elected']]])
  })

  it('is refused when recheck is installed and finds it unsafe', async () => {
    const linter = await linterWithRecheck(true)
    const yaml = phrasesFile.replace(JSON.stringify(ownRegex), '"(a|a)*b"')
    expect(() => linter(['phrases'], 'phrases:\n  file: mine.yml\n', {'mine.yml': yaml})).toThrow(/\/mine\.yml:5:5: unsafe regular expression: exponential backtracking/)
  })

  it('is refused without recheck, naming file, line and column and how to install it', async () => {
    const linter = await linterWithRecheck(false)
    let error: Error | undefined
    try {
      linter(['phrases'], 'phrases:\n  file: mine.yml\n', {'mine.yml': phrasesFile})
    } catch (thrown) {
      error = thrown as Error
    }
    const file = error?.message.split(':')[0] ?? ''
    expect(path.basename(file)).toBe('mine.yml')
    expect(error?.message).toBe(
      `${file}:5:5: cannot vet this regular expression for catastrophic backtracking: install the optional package recheck (npm i -D recheck), or write the entry without a regex: ${JSON.stringify(ownRegex)}`
    )
  })

  it('is refused without recheck in a boilerplate file too', async () => {
    const linter = await linterWithRecheck(false)
    const yaml = 'patterns:\n  - line: Advertisement\n    reason: ad\n  - regex: "^sponsored by \\\\w+$"\n    reason: sponsor\n'
    expect(() => linter(['boilerplate'], 'boilerplate:\n  file: furniture.yml\n', {'furniture.yml': yaml})).toThrow(
      /\/furniture\.yml:4:5: cannot vet this regular expression for catastrophic backtracking: install the optional package recheck \(npm i -D recheck\), or write the entry without a regex: "\^sponsored by \\\\w\+\$"$/
    )
  })
})

describe('the bundled rules without recheck', () => {
  it('load and lint: their regular expressions were vetted at build time', async () => {
    const linter = await linterWithRecheck(false)
    const findings = linter(['phrases', 'boilerplate'], `phrases:\n  file: [${JSON.stringify(rulesFile('phrases.yml'))}, ${JSON.stringify(rulesFile('calques/'))}]\nboilerplate:\n  file: ${JSON.stringify(rulesFile('boilerplate.yml'))}\n`)
    expect(findings('Talks went on.\n\n12 comments\n', 'boilerplate').map(({actual}) => actual)).toEqual(['12 comments'])
    expect(findings('A decision is expected in the nearest weeks.\n', 'phrases').map(({actual, expected}) => [actual, expected])).toEqual([['in the nearest weeks', ['in the coming weeks']]])
  })
})

describe('the committed verdicts (rules/regex-verdicts.json)', () => {
  // The build vets only what the file lacks, so a fresh install never runs recheck: the file must be whole and current.
  it('hold a safe verdict for every bundled pattern, and nothing else: what the build would write', async () => {
    const {bundledPatterns} = await import('../../src/text/bundled-patterns.js')
    const {SHIPPED_VERDICTS, verdictKey} = await import('../../src/text/safe-regex.js')
    const committed = JSON.parse(readFileSync(SHIPPED_VERDICTS, 'utf8')) as Record<string, unknown>
    const wanted = bundledPatterns(path.join(packageRoot, 'rules'))
    expect(wanted.length).toBeGreaterThan(600)
    expect(Object.keys(committed).sort()).toEqual([...new Set(wanted.map(({source, flags}) => verdictKey(source, flags)))].sort())
    expect(Object.values(committed).every((verdict) => JSON.stringify(verdict) === '{"safe":true}')).toBe(true)
  })
})
