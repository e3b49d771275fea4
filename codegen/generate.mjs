#!/usr/bin/env node
// Generates src/generated/ from the WorkOS OpenAPI spec.
//   node codegen/generate.mjs [--out <dir>]
// The spec path comes from WORKOS_OPENAPI_SPEC or ../shared/openapi/workos-openapi.yaml.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeOperations } from './analyze.mjs';
import { emitOperations } from './emit-operations.mjs';
import { loadSpec, PROJECT_ROOT, specPath } from './spec.mjs';

/** Returns `{ relativePath: content }` for every generated file. */
export function generate(spec) {
  const operations = analyzeOperations(spec);
  const files = {};
  files['operations.ts'] = emitOperations(operations);
  return files;
}

function writeAll(outDir, files) {
  rmSync(outDir, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = join(outDir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(PROJECT_ROOT, 'src', 'generated');
  const file = specPath();
  const files = generate(loadSpec(file));
  writeAll(outDir, files);
  console.log(`generated ${Object.keys(files).length} files into ${outDir} from ${file}`);
}

