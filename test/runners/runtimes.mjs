// The matrix rows, in run order: test-all.mjs runs `node <args>` for each, and the README's
// "Runtime support" table is checked against runtime/version/import here.
/**
 * The runtime rows, in run order. `runtime`/`version`/`import` feed the README's "Runtime support"
 * table, which test/node/packaging-readme.test.ts keeps equal to this list.
 */
export const RUNTIMES = [
  { step: 'node20', runtime: 'Node.js', version: '20.20 (any ≥ 20.19)', import: "`import … from '@workos-edge/sdk'` or `require('@workos-edge/sdk')`", args: ['test/runners/node.mjs'] },
  { step: 'node22', runtime: 'Node.js', version: '22.23', import: "`import … from '@workos-edge/sdk'` or `require('@workos-edge/sdk')`", args: ['test/runners/node.mjs', '22'] },
  { step: 'node24', runtime: 'Node.js', version: '24.21', import: "`import … from '@workos-edge/sdk'` or `require('@workos-edge/sdk')`", args: ['test/runners/node.mjs', '24'] },
  { step: 'workerd-compat', runtime: 'Cloudflare Workers (with `nodejs_compat`)', version: 'workerd 2026-04-26', import: "`import … from '@workos-edge/sdk'` (bundled by wrangler)", args: ['test/runners/workerd-compat.mjs'] },
  { step: 'workerd-bare', runtime: 'Cloudflare Workers (without `nodejs_compat`)', version: 'workerd 2026-04-26', import: "`import … from '@workos-edge/sdk'` (bundled by wrangler)", args: ['test/runners/workerd-bare.mjs'] },
  { step: 'edge-runtime', runtime: 'Vercel Edge / Next.js middleware', version: 'edge-runtime 4.0.1', import: "`import … from '@workos-edge/sdk'`", args: ['test/runners/edge-runtime.mjs'] },
  { step: 'deno', runtime: 'Deno', version: '2.9.6', import: "`import … from 'npm:@workos-edge/sdk'` or `jsr:@workos-edge/sdk`", args: ['test/runners/deno.mjs'] },
  { step: 'bun', runtime: 'Bun', version: '1.4.5', import: "`import … from '@workos-edge/sdk'`", args: ['test/runners/bun.mjs'] },
  { step: 'chromium', runtime: 'Browsers (Chromium)', version: 'Chromium 156 (Debian 12)', import: "`import … from '@workos-edge/sdk/authkit'` via your bundler (public PKCE client, no API key)", args: ['test/runners/chromium.mjs'] },
];
