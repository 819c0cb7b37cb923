// The reader checks: real PDF and OOXML readers from Debian (poppler-utils, qpdf, LibreOffice,
// python3-docx) open what `dts build` wrote. Run with `npm run test:readers`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    setupFiles: ['tests/setup.ts'],
  },
});
