// Entries come from package.json "exports" (the one map of entry points): "./x" -> dist/<p>.js is
// built from src/<p>.ts. Add a subpath there, then run `node test/runners/sync-exports.mjs`.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsdown';

type ExportTarget = string | { types?: string; default?: string };
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, ExportTarget>;
};

const entry: Record<string, string> = {};
for (const target of Object.values(pkg.exports)) {
  const dist = typeof target === 'string' ? target : target.default;
  if (!dist?.startsWith('./dist/') || !dist.endsWith('.js')) continue;
  const name = dist.slice('./dist/'.length, -'.js'.length);
  entry[name] = `src/${name}.ts`;
}

export default defineConfig({
  entry,
  outDir: 'dist',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  // One dist file per source module: with "sideEffects": false, bundlers then drop whole unused
  // modules, as they do from src. Merged chunks would keep them (pkce-url grew 2.7 KB -> 4.6 KB).
  unbundle: true,
  clean: true,
  sourcemap: false,
  // tsdown keeps "dependencies" (jose, valibot, oauth4webapi) as imports, so users dedupe them.
  outExtensions: () => ({ js: '.js', dts: '.d.ts' }),
});
