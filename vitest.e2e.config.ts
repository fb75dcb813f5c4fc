import { defineConfig } from 'vitest/config';

// The browser layer: real Chromium against the built site (`npm run test:e2e`
// after `npm run build`; .ci/run does both). One file at a time: two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
