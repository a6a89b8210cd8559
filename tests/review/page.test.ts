// The review page in a real browser (Debian's Chromium, playwright-core): the
// controls reached by role and accessible name, as a screen reader reaches them.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {packageRoot} from '../../src/package-root.js'
import {launchBrowser} from '../browser.js'
import {workspace} from '../cli-helpers.js'
import {review} from './review-helpers.js'

/** Kept after the run (gitignored): the page as the editor sees it. */
const SCREENSHOT = path.join(packageRoot, 'test-artifacts', 'review-seed.png')
const SEED = 'drafts/biden-nato-summit.txt'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The page for a draft of a fresh workspace, with what the browser reports going wrong. */
async function open(draft = SEED, setup?: (cwd: string) => void, options: {closeGraceMs?: number} = {}) {
  const cwd = workspace()
  setup?.(cwd)
  const {server, result} = await review(cwd, draft, options)
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  page.on('dialog', (dialog) => (errors.push(`dialog: ${dialog.message()}`), void dialog.dismiss()))
  await page.goto(server.url)
  // The script has asked for the first diff: every fix checked, as in the corrected draft.
  await page.locator('#status').filter({hasText: 'chosen'}).waitFor()
  return {cwd, server, result, page, errors, file: path.join(cwd, draft)}
}

const diffPanel = (page: Page) => page.getByLabel('Diff of your choices')

describe('the review page', () => {
  it('rejecting "Dudar → Duda" and saving writes the corrected draft with only that change undone', async () => {
    const {page, result, file, errors} = await open()
    const dudar = page.getByRole('checkbox', {name: 'Dudar → Duda'})
    await expect(dudar.isChecked()).resolves.toBe(true)
    await dudar.uncheck()
    await expect.poll(() => diffPanel(page).textContent()).not.toContain('Andrzej Duda.')
    // Accept the rest: every other fix is checked.
    const fixes = ['hanging in balance → hanging in the balance', 'Zelensky → Zelenskyy', 'Cyclone diplomacy → Whirlwind diplomacy', 'on locksteps → in lockstep', ', to weaken → (nothing)', 'Jane Sackie → Jen Psaki', '“ → ”␣', '␣, → (nothing)', 'Leave a Comment → (nothing)']
    for (const name of fixes) await page.getByRole('checkbox', {name, exact: true}).check()
    for (const box of await page.getByRole('checkbox', {name: 'Kiev → Kyiv'}).all()) await box.check()
    for (const box of await page.getByRole('checkbox', {name: '␣“ → (nothing)'}).all()) await box.check()
    expect(await page.getByRole('checkbox', {checked: true}).count()).toBe(13)
    await expect.poll(() => page.locator('#status').textContent()).toBe('13 changes chosen. The diff below is what Save will write.')
    expect(readFileSync(file)).toEqual(readFileSync(path.join(packageRoot, SEED)))

    await page.getByRole('button', {name: 'Save'}).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved drafts/biden-nato-summit.txt (13 changes).')
    expect(readFileSync(file)).toEqual(Buffer.from(result.output.replace('Polish President Andrzej Duda.', 'Polish President Andrzej Dudar.')))
    expect(await page.getByLabel('Diff written').textContent()).toContain('+White House Press Secretary Jen Psaki said')

    await page.getByRole('checkbox', {name: 'Dudar → Duda'}).scrollIntoViewIfNeeded()
    mkdirSync(path.dirname(SCREENSHOT), {recursive: true})
    await page.screenshot({path: SCREENSHOT})
    expect(errors).toEqual([])
  })

  it('offers several candidates as radio choices, and a replacement to type', async () => {
    const draft = 'Polish President Andrzej Dudar said the recieved aid was welcome in Poland, Estonia and Lithuania. Latvia.\n'
    const {page, file, errors} = await open('drafts/aid.txt', (cwd) => writeFileSync(path.join(cwd, 'drafts', 'aid.txt'), draft))
    const choices = page.getByRole('group', {name: 'Choose one'}).getByRole('radio')
    expect(await choices.evaluateAll((radios) => radios.map((radio) => [radio.parentElement!.textContent!.trim(), (radio as HTMLInputElement).checked]))).toEqual([
      ['Keep “recieved”', true],
      ['recieved → received', false],
      ['recieved → relieved', false]
    ])
    await page.getByRole('radio', {name: 'recieved → relieved'}).check()
    await page.getByRole('radio', {name: 'recieved → received'}).check()
    const latvia = page.getByRole('textbox', {name: 'Replace with'})
    expect(await latvia.inputValue()).toBe('Latvia.')
    await latvia.fill('and Latvia.')
    await expect.poll(() => diffPanel(page).textContent()).toContain('+Polish President Andrzej Duda said the received aid was welcome in Poland, Estonia and Lithuania. and Latvia.')
    await page.getByRole('button', {name: 'Save'}).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved drafts/aid.txt (3 changes).')
    expect(readFileSync(file, 'utf8')).toBe('Polish President Andrzej Duda said the received aid was welcome in Poland, Estonia and Lithuania. and Latvia.\n')
    expect(errors).toEqual([])
  })

  it('goes through the findings by keyboard: next, previous, accept, reject', async () => {
    const {page, result, file, errors} = await open()
    const current = () => page.evaluate(() => document.activeElement?.querySelector('.head')?.textContent ?? document.activeElement?.tagName)
    /** Press a key until the current finding's heading holds `text` (at most 30 times). */
    const pressUntil = async (key: string, text: string) => {
      const seen: Array<string | undefined> = []
      while (seen.length < 30 && !(await current())?.includes(text)) await page.keyboard.press(key), seen.push(await current())
      if (!(await current())?.includes(text)) throw new Error(`no finding with ${text}: ${seen.join(', ')}`)
    }
    await page.keyboard.press('j')
    expect(await current()).toBe('1 info readability-summary · line 1')
    await page.keyboard.press('j')
    expect(await current()).toBe('2 warning phrases · line 9')
    await page.keyboard.press('k')
    expect(await current()).toBe('1 info readability-summary · line 1')
    // On to the name: "n" is "j" too.
    await pressUntil('n', 'name-misspelled')
    expect(await current()).toBe('16 error name-misspelled · line 49')
    await page.keyboard.press('r')
    expect(await page.getByRole('checkbox', {name: 'Dudar → Duda'}).isChecked()).toBe(false)
    await expect.poll(() => page.locator('#status').textContent()).toBe('13 changes chosen. The diff below is what Save will write.')
    await page.keyboard.press('a')
    expect(await page.getByRole('checkbox', {name: 'Dudar → Duda'}).isChecked()).toBe(true)
    await page.keyboard.press('r')

    // Back to "locksteps" ("p" is "k"), whose suggestion overlaps the fix of "on locksteps": accepting both is refused, naming both.
    await pressUntil('p', 'spelling')
    expect(await current()).toBe('6 warning spelling · line 23')
    await page.keyboard.press('a')
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('“on locksteps → in lockstep” and “locksteps → lockstep” change the same text: choose one')
    await page.keyboard.press('r')
    // An empty alert is hidden: no longer in the accessibility tree.
    await expect.poll(() => page.getByRole('alert').count()).toBe(0)

    // Keys typed in a replacement are text, not commands; Escape goes back to the finding.
    const latvia = page.getByRole('textbox', {name: 'Replace with'}).nth(4)
    expect(await latvia.inputValue()).toBe('Latvia.')
    await latvia.focus()
    await page.keyboard.press('End')
    await page.keyboard.type(' jar')
    expect(await latvia.inputValue()).toBe('Latvia. jar')
    await page.keyboard.press('Escape')
    expect(await current()).toBe('14 warning fragment · line 41')
    await page.keyboard.press('r')
    expect(await latvia.inputValue()).toBe('Latvia.')

    await page.getByRole('button', {name: 'Save'}).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved drafts/biden-nato-summit.txt (13 changes).')
    expect(readFileSync(file, 'utf8')).toBe(result.output.replace('Polish President Andrzej Duda.', 'Polish President Andrzej Dudar.'))
    // The conflict's answer (409), as the browser logs it.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)'])
  })

  it('refuses to save over a draft changed on disk since the page loaded, and says so', async () => {
    const {page, file, errors} = await open()
    writeFileSync(file, 'Rewritten by someone else meanwhile.\n')
    await page.getByRole('button', {name: 'Save'}).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('drafts/biden-nato-summit.txt has changed on disk since this page was loaded: nothing was written. Reload the page to review the draft as it is now (your choices here will be lost).')
    expect(readFileSync(file, 'utf8')).toBe('Rewritten by someone else meanwhile.\n')
    expect(await page.getByRole('status').textContent()).toBe('14 changes chosen. The diff below is what Save will write.')
    // The browser logs the refusal itself; the page shows it.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)'])
  })

  it('marks a name as checked in rules/accepted-names.yml', async () => {
    const {page, cwd, errors} = await open()
    await page.getByRole('button', {name: 'Mark Elizabeth Schulz as checked'}).click()
    await expect.poll(() => page.locator('#finding-22 .accept-name').textContent()).toBe('Elizabeth Schulz added to rules/accepted-names.yml.')
    expect(readFileSync(path.join(cwd, 'rules', 'accepted-names.yml'), 'utf8')).toBe(
      '# Names your newsroom has checked: they are no longer listed as "names to\n# verify". One per line, as written in the article.\naccepted:\n  - Elizabeth Schulz\n'
    )
    expect(readFileSync(path.join(cwd, SEED))).toEqual(readFileSync(path.join(packageRoot, SEED)))
    expect(errors).toEqual([])
  })

  it('shows a hostile draft as text: no markup, no script runs', async () => {
    const hostile = 'Polish President Andrzej Dudar said <script>alert(1)</script> and <img src=x onerror=alert(2)> & done.\n\n</p></li><b>bold?</b><style>body{display:none}</style> Latvia.\n'
    const {page, errors} = await open('drafts/evil.txt', (cwd) => writeFileSync(path.join(cwd, 'drafts', 'evil.txt'), hostile))
    expect(await page.locator('p.text').allTextContents()).toEqual([
      'Polish President Andrzej Dudar2 said <script>alert(1)</script> and <img3 src=x onerror=alert(2)> & done.',
      '</p></li><b>bold?</b><style>body{display:none}</style> Latvia.'
    ])
    expect(await page.locator('article img, p.text img, p.text script, p.text b, p.text style').count()).toBe(0)
    expect(errors).toEqual([])
  })

  it('stops the server when the page is closed', async () => {
    const {page, server} = await open(SEED, undefined, {closeGraceMs: 100})
    await page.close({runBeforeUnload: true})
    expect(await server.stopped).toBe('closed')
  })
})
