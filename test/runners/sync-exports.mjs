#!/usr/bin/env node
// Mirrors package.json "exports" into jsr.json and deno.json ("./x" -> "./src/<p>.ts") and checks
// that each npm entry has types next to it and a source file behind it.
//   node test/runners/sync-exports.mjs           rewrite jsr.json / deno.json exports
//   node test/runners/sync-exports.mjs --check   exit 1 when anything is out of sync (used by tests)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeEntries, readPackageJson, repoRoot } from './exports-map.mjs';

const check = process.argv.includes('--check');
const pkg = readPackageJson();
const problems = [];
const entries = codeEntries(pkg);

for (const e of entries) {
  const target = pkg.exports[e.subpath];
  if (typeof target !== 'object' || target.types !== e.types) {
    problems.push(`package.json exports["${e.subpath}"] must be { "types": "${e.types}", "default": "${e.dist}" }`);
  }
  if (!existsSync(join(repoRoot, e.src))) problems.push(`exports["${e.subpath}"] points at ${e.src}, which does not exist`);
}

const wanted = Object.fromEntries(entries.map((e) => [e.subpath, e.src]));
for (const file of ['jsr.json', 'deno.json']) {
  const path = join(repoRoot, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const same = JSON.stringify(json.exports) === JSON.stringify(wanted) && json.version === pkg.version && json.license === pkg.license;
  if (same) continue;
  if (check) {
    problems.push(`${file} exports/version/license differ from package.json (run: node test/runners/sync-exports.mjs)`);
  } else {
    json.exports = wanted;
    json.version = pkg.version;
    json.license = pkg.license;
    writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
    console.log(`updated ${file}`);
  }
}

if (problems.length > 0) {
  for (const p of problems) console.error(`sync-exports: ${p}`);
  process.exit(1);
}
if (check) console.log(`sync-exports: ${entries.length} entries in sync`);
