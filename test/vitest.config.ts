// Minimal Node config so every area can run its tests while the runtime matrix is being built.
// The matrix work replaces this with one project per runtime.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['test/runners/**', 'node_modules/**'],
  },
});
