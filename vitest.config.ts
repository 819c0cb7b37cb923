import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    pool: 'threads',
    setupFiles: ['tests/setup.ts'],
  },
});
