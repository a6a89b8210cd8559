import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Snapshots are reviewed, never written by a test run, in CI or not: a missing or different
    // snapshot file fails. Write them on purpose with `npm test -- -u`, then review the diff.
    update: 'none',
    // @actions/workflow-parser imports JSON without an import attribute, which Node 20
    // refuses; inlined, Vite transforms the import instead.
    server: {deps: {inline: ['@actions/workflow-parser']}}
  }
})
