#!/usr/bin/env node
// `npm test`: typecheck, build, the neutral suite in every runtime of the matrix, then the
// packaging checks. Each step's output goes to test/runners/.generated/logs/<step>.log (printed
// when the step fails, or live with --verbose). Ends with a table and the plain line
// `N passed, N failed` (tests summed over runtimes, plus one per check). Exits 1 if anything
// failed or a runtime ran zero tests.
//
//   npm test                          everything
//   npm test -- --only deno,bun       just these steps (names: see the table / RUNTIMES below)
//   npm test -- --skip chromium       everything but these
//   npm test -- --verbose             stream every step's output
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedDir } from './discover.mjs';
import { RESULT_PREFIX, plain, run } from './lib.mjs';
import { repoRoot } from './exports-map.mjs';
import { RUNTIMES } from './runtimes.mjs';

const argv = process.argv.slice(2);
const listArg = (flag) => {
  const i = argv.indexOf(flag);
  return i >= 0 && argv[i + 1] ? argv[i + 1].split(',') : undefined;
};
const only = listArg('--only');
const skip = listArg('--skip') ?? [];
const verbose = argv.includes('--verbose');
const logsDir = join(generatedDir, 'logs');
mkdirSync(logsDir, { recursive: true });

const node = process.execPath;
const bin = (name) => join(repoRoot, 'node_modules/.bin', name);
const MIN = 60_000;


/** Makes the npm-shipped binaries real when install scripts were skipped (npm 11, --ignore-scripts). */
async function ensureBinaries() {
  const fixes = [
    { name: 'bun', check: [bin('bun'), ['--version']], install: 'node_modules/bun/install.js' },
    { name: 'deno', check: [bin('deno'), ['--version']], install: 'node_modules/deno/install.cjs' },
    { name: 'workerd', check: [bin('workerd'), ['--version']], install: 'node_modules/workerd/install.js' },
    { name: 'esbuild', check: [bin('esbuild'), ['--version']], install: 'node_modules/esbuild/install.js' },
  ];
  let log = '';
  let ok = true;
  for (const f of fixes) {
    let r = await run(f.check[0], f.check[1], { quiet: true, timeoutMs: MIN });
    if (r.code !== 0 && existsSync(join(repoRoot, f.install))) {
      log += `${f.name}: not runnable, running ${f.install}\n`;
      const dir = join(repoRoot, f.install, '..');
      await run(node, [join(repoRoot, f.install)], { quiet: true, cwd: dir, timeoutMs: 5 * MIN });
      r = await run(f.check[0], f.check[1], { quiet: true, timeoutMs: MIN });
    }
    log += `${f.name}: ${r.code === 0 ? plain(r.output).trim().split('\n')[0] : `BROKEN (${plain(r.output).trim().slice(0, 200)})`}\n`;
    ok &&= r.code === 0;
  }
  return { code: ok ? 0 : 1, output: log };
}

const checks = {
  binaries: { kind: 'setup', fn: ensureBinaries },
  typecheck: { kind: 'check', cmd: [node, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']] },
  'typecheck-tests': { kind: 'check', cmd: [node, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'test/tsconfig.json', '--noEmit']] },
  'typecheck-shim': { kind: 'check', cmd: [node, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'test/runners/tsconfig.json', '--noEmit']] },
  'exports-sync': { kind: 'check', cmd: [node, ['test/runners/sync-exports.mjs', '--check']] },
  build: { kind: 'check', cmd: [node, [join(repoRoot, 'node_modules/tsdown/dist/run.mjs')]] },
  publint: { kind: 'check', cmd: [bin('publint'), ['--strict']] },
  attw: { kind: 'check', cmd: [bin('attw'), ['--pack', '.', '--profile', 'esm-only']] },
  'jsr-dry-run': { kind: 'check', cmd: [bin('deno'), ['publish', '--dry-run', '--allow-dirty']] },
  'require-esm': {
    kind: 'check',
    // Node >= 20.19 loads ESM through require(); the package ships no CommonJS build.
    cmd: [node, ['-e', "const s = require('@workos-edge/sdk'); if (typeof s.WorkOS !== 'function') throw new Error('WorkOS missing'); console.log(process.version, 'require(esm) ok,', Object.keys(s).length, 'exports')"]],
  },
  size: { kind: 'check', cmd: [node, ['test/perf/size.mjs', '--no-build']] },
};

const plan = [
  'binaries',
  'typecheck',
  'typecheck-tests',
  'typecheck-shim',
  'exports-sync',
  'build',
  ...RUNTIMES.map((r) => r.step),
  'publint',
  'attw',
  'jsr-dry-run',
  'require-esm',
  'size',
].filter((s) => (!only || only.includes(s)) && !skip.includes(s));

if (only) {
  const known = new Set([...Object.keys(checks), ...RUNTIMES.map((r) => r.step)]);
  const unknown = only.filter((s) => !known.has(s));
  if (unknown.length) {
    console.error(`unknown step(s): ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
    process.exit(2);
  }
}

const rows = [];
const started = Date.now();
for (const step of plan) {
  const runtime = RUNTIMES.find((r) => r.step === step);
  const check = checks[step];
  process.stdout.write(`▶ ${step} … `);
  if (verbose) process.stdout.write('\n');
  const t0 = Date.now();
  const env = { NO_COLOR: '1', FORCE_COLOR: '0', CI: process.env.CI ?? '' };
  let result;
  if (check?.fn) result = await check.fn();
  else if (check) result = await run(check.cmd[0], check.cmd[1], { quiet: !verbose, env, timeoutMs: 10 * MIN });
  else result = await run(node, runtime.args, { quiet: !verbose, env, timeoutMs: 12 * MIN });
  const seconds = (Date.now() - t0) / 1000;
  const logFile = join(logsDir, `${step}.log`);
  writeFileSync(logFile, result.output);

  let row;
  if (runtime) {
    const line = plain(result.output).split('\n').reverse().find((l) => l.startsWith(RESULT_PREFIX));
    const counts = line ? JSON.parse(line.slice(RESULT_PREFIX.length)) : { passed: 0, failed: 0, skipped: 0 };
    const zero = counts.passed + counts.failed === 0;
    const ok = result.code === 0 && counts.failed === 0 && !zero;
    // A runtime that crashed before reporting, or ran nothing, still counts as one failure.
    const failed = counts.failed + (ok || counts.failed > 0 ? 0 : 1);
    row = { step, kind: 'runtime', passed: counts.passed, failed, skipped: counts.skipped ?? 0, ok, seconds };
  } else {
    const ok = result.code === 0;
    row = { step, kind: check.kind, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, ok, seconds };
  }
  rows.push(row);
  console.log(
    `${row.ok ? 'ok' : 'FAILED'} (${row.kind === 'runtime' ? `${row.passed} passed, ${row.failed} failed, ` : ''}${seconds.toFixed(1)} s)`,
  );
  if (!row.ok && !verbose) {
    const tail = plain(result.output).trimEnd().split('\n').slice(-40).join('\n');
    console.log(`  --- last lines of ${logFile} ---\n${tail.replace(/^/gm, '  ')}\n`);
  }
}

const total = { passed: 0, failed: 0 };
const table = [['step', 'kind', 'passed', 'failed', 'skipped', 'time', 'status']];
for (const r of rows) {
  total.passed += r.passed;
  total.failed += r.failed;
  table.push([r.step, r.kind, String(r.passed), String(r.failed), String(r.skipped), `${r.seconds.toFixed(1)} s`, r.ok ? 'ok' : 'FAILED']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log('\n' + table.map((row) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n'));
console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${logsDir}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = rows.every((r) => r.ok) && rows.length > 0 ? 0 : 1;
