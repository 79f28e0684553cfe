import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // End-to-end suites each start a local Bot API emulator on their own port; keep files in
    // separate workers but do not oversubscribe this 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
});
