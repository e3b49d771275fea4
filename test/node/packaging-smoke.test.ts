// Installability: pack the package as npm would publish it, install the tarball into a scratch
// project under the OS temp dir, and use it from Node ESM, Node CJS (require of ESM, Node >= 20.19),
// Deno, Bun, and a Worker bundled by esbuild without Node polyfills running in workerd without
// nodejs_compat. Each consumer imports every subpath of the exports map and makes one API call
// through the installed client.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helper without type declarations
import { codeEntries, readPackageJson, repoRoot } from '../runners/exports-map.mjs';

const root = repoRoot as string;
const pkg = readPackageJson() as { name: string; version: string };
const subpaths = (codeEntries() as Array<{ subpath: string }>).map((e) => e.subpath);
const specifiers = subpaths.map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
let scratch = '';

// The same check in every consumer: every entry loads and exports something, and the installed
// client sends one authenticated request through an injected fetch.
const body = (load: string): string => `
const specifiers = ${JSON.stringify(specifiers)};
const modules = ${load};
const empty = specifiers.filter((s, i) => Object.keys(modules[i]).length === 0);
const seen = [];
const workos = new modules[0].WorkOS({
  apiKey: 'sk_test_smoke',
  maxRetries: 0,
  fetch: async (request) => {
    seen.push(request.method + ' ' + request.url + ' ' + request.headers.get('authorization'));
    return new Response(JSON.stringify({ object: 'organization', id: 'org_1' }), { headers: { 'content-type': 'application/json' } });
  },
});
const org = await workos.request({ operation: 'smoke.get', method: 'GET', path: '/organizations/org_1' });
const result = JSON.stringify({ entries: modules.length, empty, id: org.id, seen });
`;
const esmProgram = `${specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}
${body(`[${specifiers.map((_, i) => `m${i}`).join(', ')}]`)}
console.log(result);
`;
const expected = (): unknown => ({
  entries: specifiers.length,
  empty: [],
  id: 'org_1',
  seen: ['GET https://api.workos.com/organizations/org_1 Bearer sk_test_smoke'],
});
const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { cwd: scratch, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
const lastJson = (out: string): unknown => JSON.parse(out.trim().split('\n').at(-1) ?? '');

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'workos-edge-smoke-'));
  // npm test builds just before the runtimes; a quick local run builds only when dist/ is missing
  // (several builds at once would race on dist/).
  if (!existsSync(join(root, 'dist/index.js'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/tsdown/dist/run.mjs')], { cwd: root, stdio: 'ignore' });
  }
  execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: root, stdio: 'ignore' });
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: scratch, stdio: 'ignore' });
  writeFileSync(join(scratch, 'esm.mjs'), esmProgram);
}, 240_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('installed tarball', () => {
  it('ships only dist/, README, LICENSE and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files.filter((f) => !f.startsWith('dist/')).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
  });

  it('works from Node ESM', () => {
    expect(lastJson(run(process.execPath, ['esm.mjs']))).toEqual(expected());
  });

  it('works from Node CJS via require(esm)', () => {
    const cjs = `(async () => {
const modules0 = ${JSON.stringify(specifiers)}.map((s) => require(s));
${body('modules0')}
console.log(result);
})().catch((e) => { console.error(e); process.exit(1); });`;
    writeFileSync(join(scratch, 'cjs.cjs'), cjs);
    expect(lastJson(run(process.execPath, ['cjs.cjs']))).toEqual(expected());
  });

  it('works from Deno (bare specifiers through the scratch package.json)', () => {
    const out = run(join(root, 'node_modules/.bin/deno'), ['run', '--no-prompt', '--allow-read', '--allow-env', 'esm.mjs']);
    expect(lastJson(out)).toEqual(expected());
  });

  it('works from Bun', () => {
    expect(lastJson(run(join(root, 'node_modules/.bin/bun'), ['esm.mjs']))).toEqual(expected());
  });

  it('works as a Worker bundled without Node polyfills, in workerd without nodejs_compat', async () => {
    const worker = `${specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}
export default {
  async fetch() {
    ${body(`[${specifiers.map((_, i) => `m${i}`).join(', ')}]`)}
    return new Response(result + '\\n' + typeof globalThis.process);
  },
};`;
    writeFileSync(join(scratch, 'worker.mjs'), worker);
    const out = await build({
      entryPoints: [join(scratch, 'worker.mjs')],
      absWorkingDir: scratch,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['browser', 'module', 'main'],
      logLevel: 'silent',
    });
    const mf = new Miniflare({ modules: true, script: out.outputFiles[0]!.text, compatibilityDate: '2026-04-26', compatibilityFlags: [] });
    try {
      const text = await (await mf.dispatchFetch('http://smoke.local/')).text();
      const [json, processType] = text.split('\n');
      expect(JSON.parse(json ?? '')).toEqual(expected());
      expect(processType).toBe('undefined');
    } finally {
      await mf.dispose();
    }
  });
});
