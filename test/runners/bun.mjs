#!/usr/bin/env node
// Row "Bun": `bun test` on the neutral files, unchanged (Bun maps `vitest` imports to bun:test).
import { join } from 'node:path';
import { neutralTestFiles } from './discover.mjs';
import { plain, reportResult, run } from './lib.mjs';
import { repoRoot } from './exports-map.mjs';

const files = neutralTestFiles();
const bun = join(repoRoot, 'node_modules/.bin/bun');
const { code, output } = await run(bun, ['test', '--timeout', '20000', ...files.map((f) => `./${f}`)], {
  env: { NO_COLOR: '1', FORCE_COLOR: '0' },
});
const text = plain(output);
const pass = /^\s*(\d+) pass$/m.exec(text);
const fail = /^\s*(\d+) fail$/m.exec(text);
const skip = /^\s*(\d+) skip$/m.exec(text);
// "N errors" are failures outside any test (a file that throws while loading, an unhandled rejection).
const errors = /^\s*(\d+) errors?$/m.exec(text);
if (!pass) {
  reportResult({ passed: 0, failed: 1, skipped: 0, note: `bun exited ${code} without a summary` });
} else {
  let failed = Number(fail?.[1] ?? 0) + Number(errors?.[1] ?? 0);
  if (code !== 0 && failed === 0) failed = 1;
  reportResult({ passed: Number(pass[1]), failed, skipped: Number(skip?.[1] ?? 0) });
}
