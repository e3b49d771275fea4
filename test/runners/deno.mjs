#!/usr/bin/env node
// Row "Deno": `deno test` over a generated entry that imports every neutral test file. deno.json maps
// `vitest` to the shim (Deno cannot load vitest); the shim runs the suite at load time and each
// outcome is registered as its own Deno.test, so Deno's own summary carries the counts.
import { join } from 'node:path';
import { neutralTestFiles, writeEntry } from './discover.mjs';
import { plain, reportResult, run } from './lib.mjs';
import { repoRoot } from './exports-map.mjs';

const files = neutralTestFiles();
const entry = writeEntry(
  'deno.test',
  files,
  `const outcomes: Array<{ name: string; status: string; error?: string }> = [];
await runRegistered({ onTestEnd: (name, status, error) => void outcomes.push({ name, status, ...(error ? { error } : {}) }) });
for (const o of outcomes) {
  Deno.test({
    name: o.name,
    ignore: o.status === 'skipped',
    fn() {
      if (o.status === 'failed') throw new Error(o.error);
    },
  });
}`,
);

const deno = join(repoRoot, 'node_modules/.bin/deno');
const { code, output } = await run(
  deno,
  ['test', '--no-check', '--config', 'deno.json', '--allow-env', '--allow-read=.', '--no-prompt', entry],
  { env: { NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } },
);
const m = /(ok|FAILED) \| (\d+) passed \| (\d+) failed(?: \| (\d+) ignored)?/.exec(plain(output));
if (!m) {
  reportResult({ passed: 0, failed: 1, skipped: 0, note: `deno exited ${code} without a summary` });
} else {
  const failed = Number(m[3]);
  reportResult({ passed: Number(m[2]), failed: code !== 0 && failed === 0 ? 1 : failed, skipped: Number(m[4] ?? 0) });
}
