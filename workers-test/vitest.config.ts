// Runs the runtime-neutral suite inside workerd with nodejs_compat, using Cloudflare's vitest pool.
// The pool always adds nodejs_compat_v2 to its own runner, so the row *without* nodejs_compat is a
// separate bundled run (test/runners/workerd-bare.mjs).
//   npx vitest run --config workers-test/vitest.config.ts [filter]
import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: fileURLToPath(new URL('./wrangler.jsonc', import.meta.url)) },
    }),
  ],
  test: {
    root,
    include: ['test/**/*.test.ts'],
    exclude: ['test/node/**', 'test/runners/**', 'test/browser/**', 'node_modules/**'],
  },
});
