import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // Components take their words from WXT's generated i18n module, as in the build.
  resolve: { alias: { '#i18n': resolve(import.meta.dirname, '.wxt/i18n/index.ts') } },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
  },
});
