/**
 * Debian's Chromium driven by playwright-core, as a reader's browser: never a
 * browser download (.ci/run installs the chromium package). Headless, with a
 * fresh profile in the test run's temp folder, and without the background
 * connections this machine's closed network refuses.
 */
import {chromium, type BrowserContext} from 'playwright-core'
import {tempDir} from './helpers.js'

/** Debian's chromium; another installed Chromium or Chrome where there is none (GitHub's Ubuntu runners have Chrome: tests.yml). */
export const CHROMIUM = process.env.ARTICLE_LINT_CHROMIUM || '/usr/bin/chromium'

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** One browser (a persistent context on a new, empty profile) for a test file; close it in afterAll. */
export async function launchBrowser(): Promise<BrowserContext> {
  const browser = await chromium.launchPersistentContext(tempDir('article-lint-chromium-'), {executablePath: CHROMIUM, args: ARGS, viewport: {width: 1280, height: 900}})
  // An element that never comes fails its test in 15 s, instead of waiting out the test's time.
  browser.setDefaultTimeout(15_000)
  return browser
}
