import { defineConfig } from 'vitest/config';

// Unit tests of the front end's pure logic (timeline model, dates, selection, formats): plain
// Node, no DOM. Components are covered by the Playwright suites in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
    environment: 'node',
  },
});
