import { defineConfig } from 'vitest/config';

// Two layers run by `npm test` (the browser layer has its own config):
// unit tests beside the code and in tests/unit; checks on the built site in tests/build.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // Whole-seed imports and command runs take seconds each on a busy two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
