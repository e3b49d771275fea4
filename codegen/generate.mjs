#!/usr/bin/env node
// Generates src/generated/ from the WorkOS OpenAPI spec.
//   node codegen/generate.mjs [--out <dir>]
// The spec path comes from WORKOS_OPENAPI_SPEC or ../shared/openapi/workos-openapi.yaml.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeOperations } from './analyze.mjs';
import { componentUsage } from './components.mjs';
import { emitClient, emitIndex } from './emit-client.mjs';
import { emitEvents } from './emit-events.mjs';
import { emitModels, emitRuntime } from './emit-models.mjs';
import { emitOperations } from './emit-operations.mjs';
import { emitResource, resourceModulePath } from './emit-resources.mjs';
import { schemaName, typeName } from './schema-emit.mjs';
import { loadSpec, PROJECT_ROOT, specPath } from './spec.mjs';

/** Returns `{ relativePath: content }` for every generated file. */
export function generate(spec) {
  const operations = analyzeOperations(spec);
  const files = {};
  files['operations.ts'] = emitOperations(operations);
  const usage = componentUsage(spec, operations);
  files['runtime.ts'] = emitRuntime();
  files['models/components.ts'] = emitModels(spec, usage);
  files['events.ts'] = emitEvents(spec, usage);
  const byAccessor = new Map();
  for (const op of operations) {
    if (!byAccessor.has(op.accessor)) byAccessor.set(op.accessor, []);
    byAccessor.get(op.accessor).push(op);
  }
  const reserved = new Set(Object.keys(spec.components.schemas).flatMap((c) => [typeName(c), `${typeName(c)}Input`, schemaName(c)]));
  for (const [accessor, ops] of byAccessor) files[resourceModulePath(accessor)] = emitResource(spec, usage, accessor, ops, reserved);
  files['client.ts'] = emitClient(byAccessor);
  files['index.ts'] = emitIndex(byAccessor);
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

