// Loads the OpenAPI document and resolves local `$ref`s.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The project root (the folder holding `codegen/`). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `WORKOS_OPENAPI_SPEC`, or the shared spec next to the project. */
export function specPath() {
  return process.env.WORKOS_OPENAPI_SPEC ?? resolve(PROJECT_ROOT, '../shared/openapi/workos-openapi.yaml');
}

export function loadSpec(file = specPath()) {
  return parse(readFileSync(file, 'utf8'));
}

/** `#/components/schemas/Organization` → `Organization`. */
export function refName(ref) {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`Unsupported $ref ${ref}: only component schemas are handled`);
  return ref.slice(prefix.length);
}

/** Follows `$ref`s until a concrete schema. */
export function deref(spec, schema) {
  let current = schema;
  const seen = new Set();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`Circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    const target = spec.components?.schemas?.[refName(current.$ref)];
    if (target === undefined) throw new Error(`Unresolved $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
