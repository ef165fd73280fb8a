import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build tests run `astro build`, which takes seconds; give them room.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Pin the zone so date logic behaves the same on every machine.
    env: { TZ: 'Asia/Shanghai' },
  },
});
