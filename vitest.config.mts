import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    pool: 'threads',
    // Tests that spawn the CLI or the language server wait on child processes; on a loaded
    // 2-core CI machine 5 s is too tight. (No test asserts on time.)
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
