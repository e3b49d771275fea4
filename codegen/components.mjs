// Which component schemas are decoded (reachable from responses), which are only typed
// (reachable from request params), and in which module each lives.
import { deref, refName } from './spec.mjs';
import { isSecretField } from './secrets.mjs';

/** Components emitted in events.ts (the webhook/event union), not in models. */
export const EVENT_COMPONENTS = new Set(['EventSchema', 'EventList']);

export function refsOf(schema, acc = new Set()) {
  if (Array.isArray(schema)) for (const s of schema) refsOf(s, acc);
  else if (schema && typeof schema === 'object') {
    if (typeof schema.$ref === 'string') acc.add(refName(schema.$ref));
    for (const [k, value] of Object.entries(schema)) if (k !== 'example' && k !== 'examples') refsOf(value, acc);
  }
  return acc;
}

function closure(spec, roots) {
  const out = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop();
    if (out.has(name)) continue;
    out.add(name);
    for (const next of refsOf(spec.components.schemas[name])) queue.push(next);
  }
  return out;
}

/** Whether a component (transitively) holds a secret string field. */
export function secretHolders(spec) {
  const schemas = spec.components.schemas;
  const direct = (name) => {
    let found = false;
    const walk = (s, owner) => {
      if (!s || typeof s !== 'object' || found) return;
      if (Array.isArray(s)) return s.forEach((x) => walk(x, owner));
      for (const [prop, value] of Object.entries(s.properties ?? {})) {
        const types = Array.isArray(value?.type) ? value.type : [value?.type];
        if (isSecretField(prop, owner) && types.includes('string') && !value.enum && !('const' in value)) found = true;
      }
      for (const [k, value] of Object.entries(s)) if (k !== 'example' && k !== 'examples') walk(value, undefined);
    };
    walk(schemas[name], name);
    return found;
  };
  const result = new Set(Object.keys(schemas).filter(direct));
  let changed = true;
  while (changed) {
    changed = false;
    for (const name of Object.keys(schemas)) {
      if (result.has(name)) continue;
      if ([...refsOf(schemas[name])].some((r) => result.has(r))) {
        result.add(name);
        changed = true;
      }
    }
  }
  return result;
}

export function componentUsage(spec, operations) {
  const outRoots = new Set();
  const inRoots = new Set();
  for (const op of operations) {
    if (op.response.schema) refsOf(op.response.schema, outRoots);
    if (op.body) refsOf(op.body.schema, inRoots);
    for (const p of [...op.pathParams, ...op.queryParams, ...op.headerParams]) refsOf(p.schema, inRoots);
  }
  const output = closure(spec, outRoots);
  const input = closure(spec, inRoots);
  return { output, input, secret: secretHolders(spec) };
}

/** Dependency-first order so each `const` schema is declared before it is used. */
export function topoSort(spec, names) {
  const sorted = [];
  const state = new Map();
  const visit = (name) => {
    if (state.get(name) === 2) return;
    if (state.get(name) === 1) throw new Error(`Recursive schema ${name} is not supported`);
    state.set(name, 1);
    for (const dep of [...refsOf(spec.components.schemas[name])].sort()) if (names.has(dep)) visit(dep);
    state.set(name, 2);
    sorted.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return sorted;
}

export { deref };
