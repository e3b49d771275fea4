// The package.json "exports" map is the single source of truth for entry points. Everything that
// needs the list of entries (tsdown, jsr.json/deno.json, the size aliases, the README check) derives
// it here so a new subpath is added in exactly one place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function readPackageJson() {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
}

/**
 * Returns one row per code entry of the exports map:
 * `{ subpath: './webhooks', name: 'webhooks/index', dist: './dist/webhooks/index.js', src: './src/webhooks/index.ts' }`.
 * `./package.json` and other non-code entries are skipped.
 */
export function codeEntries(pkg = readPackageJson()) {
  const rows = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const dist = typeof target === 'string' ? target : target?.default ?? target?.import;
    if (typeof dist !== 'string' || !dist.startsWith('./dist/') || !dist.endsWith('.js')) continue;
    const name = dist.slice('./dist/'.length, -'.js'.length);
    rows.push({ subpath, name, dist, types: `./dist/${name}.d.ts`, src: `./src/${name}.ts` });
  }
  return rows;
}
