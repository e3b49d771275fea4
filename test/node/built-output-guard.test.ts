// The published JavaScript must run without Node: this scans dist/ (what npm and bundlers get) for
// Node specifiers, undeclared packages and Node globals, and proves on a fixture that the scan fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helper without type declarations
import { scanCode, scanDir } from '../runners/built-output-scan.mjs';
// @ts-expect-error: plain .mjs helper without type declarations
import { codeEntries, readPackageJson, repoRoot } from '../runners/exports-map.mjs';

type Violation = { file?: string; line: number; what: string };
const pkg = readPackageJson() as { dependencies: Record<string, string> };
const allowedPackages = Object.keys(pkg.dependencies);
const dist = join(repoRoot as string, 'dist');
const fixtures = join(repoRoot as string, 'test/runners/fixtures/built-output');

beforeAll(() => {
  if (!existsSync(join(dist, 'index.js'))) {
    execFileSync(process.execPath, [join(repoRoot as string, 'node_modules/tsdown/dist/run.mjs')], { cwd: repoRoot, stdio: 'ignore' });
  }
}, 120_000);

describe('built output guard', () => {
  it('builds every entry of the exports map with its types', () => {
    const entries = codeEntries() as Array<{ subpath: string; dist: string; types: string }>;
    expect(entries.length).toBeGreaterThan(1);
    for (const e of entries) {
      expect(existsSync(join(repoRoot as string, e.dist)), `${e.subpath} -> ${e.dist}`).toBe(true);
      expect(existsSync(join(repoRoot as string, e.types)), `${e.subpath} -> ${e.types}`).toBe(true);
    }
  });

  it('finds no Node specifier, undeclared package or Node global in dist/', () => {
    const violations = scanDir(dist, { allowedPackages }) as Violation[];
    expect(violations.map((v) => `${v.file}:${v.line} ${v.what}`)).toEqual([]);
  });

  it('allows exactly the guarded env read the build emits for src/core/env.ts', () => {
    const files = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    const withEnvRead = files.filter((f) => readFileSync(join(dist, f), 'utf8').includes('globalThis.process?.env'));
    expect(withEnvRead.length).toBeGreaterThanOrEqual(1);
    expect(scanCode('const a = globalThis.process?.env?.["X"];', { allowedPackages })).toEqual([]);
    expect((scanCode('const a = globalThis.process.env.X;', { allowedPackages }) as Violation[]).map((v) => v.what)).toEqual([
      'uses globalThis.process',
    ]);
    expect((scanCode('const a = globalThis.process?.exit;', { allowedPackages }) as Violation[]).map((v) => v.what)).toEqual([
      'uses globalThis.process',
    ]);
  });

  it('fails on a file with each forbidden construct (fixture)', () => {
    const violations = scanDir(fixtures, { allowedPackages: ['jose', 'valibot'] }) as Violation[];
    expect(violations.map((v) => `${v.file}:${v.line} ${v.what}`)).toEqual([
      'bad.js:2 imports Node built-in "node:fs"',
      'bad.js:3 imports Node built-in "crypto"',
      'bad.js:4 imports "ws", which is not a declared runtime dependency',
      'bad.js:5 references Buffer',
      'bad.js:6 references process',
      'bad.js:7 references __dirname',
      'bad.js:8 references require',
      'bad.js:9 references setImmediate',
      'bad.js:10 references global',
      'bad.js:11 uses globalThis.Buffer',
      'bad.js:12 uses globalThis.process',
      'bad.js:13 imports Node built-in "node:path"',
    ]);
  });
});
