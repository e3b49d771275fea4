#!/usr/bin/env node
// `npm run size`: bundles each scenario in test/perf/size/<name>.ts (a small user program importing
// the package by its public subpaths) the way a Worker or browser build would — esbuild, minified,
// ESM, platform browser, conditions workerd/worker/browser — and compares gzipped bytes with the
// budget on the scenario's first line (`// budget-gzip: <bytes>`). Exits 1 over budget.
//   node test/perf/size.mjs            build dist/ with tsdown first, then measure dist/
//   node test/perf/size.mjs --no-build measure the existing dist/ (npm test builds just before)
//   node test/perf/size.mjs --src      measure straight from src/ (no build)
//   node test/perf/size.mjs --json     also print the rows as JSON
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { codeEntries, readPackageJson, repoRoot } from '../runners/exports-map.mjs';

const args = new Set(process.argv.slice(2));
const fromSrc = args.has('--src');
const pkg = readPackageJson();
const scenarioDir = join(repoRoot, 'test/perf/size');

if (!fromSrc && !args.has('--no-build')) {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/tsdown/dist/run.mjs')], { cwd: repoRoot, stdio: 'ignore' });
}
if (!fromSrc && !existsSync(join(repoRoot, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` or pass --src');
  process.exit(1);
}

const targets = new Map(codeEntries(pkg).map((e) => [e.subpath, join(repoRoot, fromSrc ? e.src : e.dist)]));

/** Resolves `@workos-edge/sdk[/x]` through the exports map, like an installed copy would. */
const selfReference = {
  name: 'self-reference',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${pkg.name.replace('/', '\\/')}(\\/.*)?$`) }, (a) => {
      const subpath = `.${a.path.slice(pkg.name.length)}`;
      const target = targets.get(subpath);
      if (!target) return { errors: [{ text: `${a.path} is not in package.json "exports"` }] };
      return { path: target };
    });
  },
};

const scenarios = existsSync(scenarioDir) ? readdirSync(scenarioDir).filter((f) => f.endsWith('.ts')).sort() : [];
const rows = [];
for (const file of scenarios) {
  const path = join(scenarioDir, file);
  const firstLine = readFileSync(path, 'utf8').split('\n', 1)[0];
  const budget = /^\/\/\s*budget-gzip:\s*(\d+)/.exec(firstLine);
  const out = await build({
    entryPoints: [path],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    legalComments: 'none',
    plugins: [selfReference],
    logLevel: 'error',
  });
  const code = out.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const limit = budget ? Number(budget[1]) : undefined;
  rows.push({ scenario: file.replace(/\.ts$/, ''), minified: code.length, gzip, budget: limit, ok: limit === undefined || gzip <= limit });
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(`bundle sizes (esbuild minified ESM, browser/workerd conditions, from ${fromSrc ? 'src/' : 'dist/'})\n`);
const header = ['scenario', 'minified', 'gzip', 'budget (gzip)', ''];
const table = rows.map((r) => [
  r.scenario,
  `${r.minified} B`,
  `${r.gzip} B (${kb(r.gzip)})`,
  r.budget === undefined ? 'none' : `${r.budget} B`,
  r.ok ? 'ok' : `OVER by ${r.gzip - r.budget} B`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
for (const row of [header, ...table]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
if (args.has('--json')) console.log(JSON.stringify(rows));

const over = rows.filter((r) => !r.ok);
console.log(`\n${rows.length - over.length} passed, ${over.length} failed`);
if (rows.length === 0) {
  console.error('no scenarios in test/perf/size/');
  process.exit(1);
}
process.exit(over.length > 0 ? 1 : 0);
