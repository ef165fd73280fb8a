import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Pin the zone so date logic behaves the same on every machine.
    env: { TZ: 'Asia/Shanghai' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/importer/**/*.test.ts', 'test/check/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          // Browser tests (test/e2e) read the same build, served on 127.0.0.1.
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // The demo site is built once for all build tests (test/build/demo-build.ts).
          globalSetup: ['test/build/demo-build.ts'],
          // Each test runs `astro build`, which takes seconds.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
