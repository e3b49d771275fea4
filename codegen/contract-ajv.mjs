// Validates an HTTP request (as sent by the SDK) against an operation's parameter and request-body
// schemas in the OpenAPI 3.1 spec (JSON Schema 2020-12) with ajv. Node-only test tool.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { deref, operationParameters, requestBodyOf } from './contract-spec-lib.mjs';

const SPEC_ID = 'https://workos-edge.invalid/openapi.json';

/** Rewrites local `$ref`s so they resolve inside the registered spec document. */
function rebase(value) {
  if (Array.isArray(value)) return value.map(rebase);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof inner === 'string' && inner.startsWith('#/') ? `${SPEC_ID}${inner}` : rebase(inner);
  }
  return out;
}

/** One ajv instance holding the spec's components; `validator(schema)` compiles (cached). */
export function createSpecValidator(spec) {
  // strict: false because OpenAPI adds keywords (example, discriminator, x-*) JSON Schema does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components ?? {} });
  const cache = new Map();
  const compile = (schema) => {
    let fn = cache.get(schema);
    if (fn === undefined) {
      fn = ajv.compile(rebase(schema));
      cache.set(schema, fn);
    }
    return fn;
  };
  return { ajv, compile };
}

function describeErrors(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`).join('; ');
}

function primaryType(spec, schema) {
  const s = deref(spec, schema ?? {});
  const t = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (t) return t;
  if (s.enum) return typeof s.enum[0];
  const alt = s.oneOf ?? s.anyOf ?? s.allOf;
  if (Array.isArray(alt)) for (const a of alt) { const inner = primaryType(spec, a); if (inner) return inner; }
  return undefined;
}

function coerceScalar(type, text) {
  if (type === 'integer' || type === 'number') return text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/**
 * Checks one recorded request (`{ method, url: URL, headers: Headers, body: string }`) against the
 * spec entry `{ method, path, op, pathItem }`. Returns a list of violation strings (empty = valid).
 */
export function validateRequest(spec, validator, entry, request) {
  const problems = [];
  const { op, pathItem, path: template } = entry;
  if (request.method !== entry.method) problems.push(`method ${request.method}, expected ${entry.method}`);
  const params = operationParameters(spec, pathItem, op);
  const check = (what, schema, value) => {
    const fn = validator.compile(schema ?? {});
    if (!fn(value)) problems.push(`${what} = ${JSON.stringify(value)}: ${describeErrors(fn.errors)}`);
  };

  // Path: match the template, then validate each decoded segment.
  const names = [];
  const pattern = new RegExp(
    `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  const match = pattern.exec(request.url.pathname);
  if (match === null) {
    problems.push(`path ${request.url.pathname} does not match ${template}`);
  } else {
    names.forEach((name, i) => {
      const param = params.find((p) => p.in === 'path' && p.name === name);
      let value = match[i + 1];
      try {
        value = decodeURIComponent(value);
      } catch {
        problems.push(`path parameter ${name} is not valid percent-encoding`);
      }
      check(`path parameter ${name}`, param?.schema, coerceScalar(primaryType(spec, param?.schema), value));
    });
  }

  // Query: rebuild typed values per the declared style, validate, and reject undeclared keys.
  const search = request.url.searchParams;
  const seen = new Set();
  for (const param of params.filter((p) => p.in === 'query')) {
    const type = primaryType(spec, param.schema);
    const schema = deref(spec, param.schema ?? {});
    const explode = param.explode ?? (param.style ?? 'form') === 'form';
    let value;
    if (type === 'array') {
      const raw = search.getAll(param.name);
      if (raw.length > 0) {
        const itemType = primaryType(spec, schema.items);
        const parts = explode ? raw : raw.flatMap((r) => r.split(','));
        value = parts.map((p) => coerceScalar(itemType, p));
        if (!explode && raw.length > 1) problems.push(`query ${param.name} (explode: false) repeated ${raw.length} times`);
      }
      seen.add(param.name);
    } else if (type === 'object') {
      const prefix = `${param.name}[`;
      for (const [key, v] of search) {
        if (key.startsWith(prefix) && key.endsWith(']')) {
          value ??= {};
          value[key.slice(prefix.length, -1)] = v;
          seen.add(key);
        }
      }
    } else {
      const raw = search.getAll(param.name);
      if (raw.length > 1) problems.push(`query ${param.name} sent ${raw.length} times`);
      if (raw.length > 0) value = coerceScalar(type, raw[0]);
      seen.add(param.name);
    }
    if (value === undefined) {
      if (param.required) problems.push(`required query parameter ${param.name} is missing`);
      continue;
    }
    check(`query ${param.name}`, param.schema, value);
  }
  for (const key of new Set(search.keys())) {
    if (!seen.has(key)) problems.push(`query ${key} is not a parameter of ${op.operationId}`);
  }

  // Headers.
  for (const param of params.filter((p) => p.in === 'header')) {
    const value = request.headers.get(param.name);
    if (value === null) {
      if (param.required) problems.push(`required header ${param.name} is missing`);
      continue;
    }
    check(`header ${param.name}`, param.schema, value);
  }

  // Body.
  const body = requestBodyOf(spec, op);
  const text = request.body ?? '';
  if (body === undefined) {
    if (text !== '') problems.push(`sends a body but ${op.operationId} declares none`);
  } else if (text === '') {
    if (body.required) problems.push('required JSON body is missing');
  } else {
    const contentType = request.headers.get('content-type') ?? '';
    if (!contentType.startsWith('application/json')) problems.push(`content-type ${contentType}, expected application/json`);
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      problems.push('body is not JSON');
    }
    if (json !== undefined) check('body', body.schema, json);
  }
  return problems;
}
