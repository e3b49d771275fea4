// Contract-test oracle: derives, from the OpenAPI spec alone, representative arguments for every
// operation and the exact HTTP request they must produce. It deliberately shares no code with the
// generator (codegen/generate.mjs) or the SDK, so a bug in either cannot hide itself here.
// Node-only build/test tool; not shipped.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Default spec location (shared, read-only); override with WORKOS_OPENAPI_SPEC, as the generator does. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../../shared/openapi/workos-openapi.yaml', import.meta.url));

export function specPath() {
  return process.env.WORKOS_OPENAPI_SPEC || DEFAULT_SPEC_PATH;
}

export function loadSpec(file = specPath()) {
  return parse(readFileSync(file, 'utf8'));
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation in spec order: `{ operationId, method, path, op, pathItem }`. */
export function listOperations(spec) {
  const out = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = pathItem[method];
      if (op !== undefined) out.push({ operationId: op.operationId, method: method.toUpperCase(), path, op, pathItem });
    }
  }
  return out;
}

/** Follows `$ref`s (local JSON pointers) until a non-reference value. */
export function deref(spec, value) {
  let current = value;
  const seen = new Set();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = resolvePointer(spec, current.$ref);
  }
  return current;
}

export function resolvePointer(spec, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => {
      if (node === undefined || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
      return node[key];
    }, spec);
}

/** Path-level parameters merged with the operation's own (the operation wins on name+in). */
export function operationParameters(spec, pathItem, op) {
  const byKey = new Map();
  for (const raw of [...(pathItem.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = deref(spec, raw);
    byKey.set(`${p.in}:${p.name}`, p);
  }
  return [...byKey.values()];
}

/** The JSON request-body schema, or undefined. */
export function requestBodyOf(spec, op) {
  if (op.requestBody === undefined) return undefined;
  const body = deref(spec, op.requestBody);
  const media = body.content?.['application/json'];
  if (media === undefined) throw new Error(`${op.operationId}: request body is not application/json`);
  return { required: body.required === true, schema: media.schema };
}

// ---------------------------------------------------------------------------------------------
// Sample values. Deterministic: the same spec always gives the same arguments.

const FORMAT_SAMPLES = {
  'date-time': '2024-01-15T10:30:00.000Z',
  date: '2024-01-15',
  email: 'marcelina.davis@example.com',
  uri: 'https://example.com/callback',
  url: 'https://example.com/callback',
  uuid: '4f4b7e2a-9a3c-4c8e-8f2e-2b1d7c5e9a10',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  hostname: 'example.com',
};

function typesOf(schema) {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  return [];
}

function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The schema's own example (OpenAPI `example` or JSON Schema `examples[0]`), if any. */
export function exampleOf(schema) {
  if (schema === undefined || schema === null || typeof schema !== 'object') return { found: false };
  if (hasOwn(schema, 'example')) return { found: true, value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { found: true, value: schema.examples[0] };
  return { found: false };
}

/**
 * Builds a value that satisfies `schema`. `mode` is `request` (required properties plus optional
 * ones that carry an example: the "representative" arguments) or `response` (every property, the
 * way a full server document looks).
 */
export function sampleValue(spec, schemaIn, { mode = 'request', name = 'value', depth = 0 } = {}) {
  if (depth > 12) return undefined;
  const schema = deref(spec, schemaIn);
  if (schema === undefined || schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0)) {
    return `${name}_value`;
  }
  if (hasOwn(schema, 'const')) return schema.const;
  const example = exampleOf(schema);
  if (example.found && example.value !== null) return structuredClone(example.value);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  if (Array.isArray(schema.allOf)) return sampleAllOf(spec, schema, { mode, name, depth });
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(alternatives)) {
    const pick = alternatives.find((alt) => !typesOf(deref(spec, alt)).every((t) => t === 'null')) ?? alternatives[0];
    const base = sampleValue(spec, pick, { mode, name, depth: depth + 1 });
    // Properties declared beside oneOf apply to every branch.
    if (schema.properties && base && typeof base === 'object' && !Array.isArray(base)) {
      return { ...sampleObject(spec, schema, { mode, name, depth }), ...base };
    }
    return base;
  }
  const types = typesOf(schema).filter((t) => t !== 'null');
  const type = types[0] ?? (schema.properties || schema.additionalProperties ? 'object' : schema.items ? 'array' : undefined);
  switch (type) {
    case 'object':
      return sampleObject(spec, schema, { mode, name, depth });
    case 'array': {
      const count = Math.max(1, schema.minItems ?? 1);
      const items = [];
      for (let i = 0; i < count; i++) items.push(sampleValue(spec, schema.items ?? {}, { mode, name, depth: depth + 1 }));
      return items;
    }
    case 'integer':
    case 'number': {
      let n = schema.default ?? schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      if (schema.maximum !== undefined && n > schema.maximum) n = schema.maximum;
      return type === 'integer' ? Math.trunc(n) : n;
    }
    case 'boolean':
      return schema.default ?? true;
    case 'string':
      return sampleString(schema, name);
    default:
      if (types.length === 0 && typesOf(schema).includes('null')) return null;
      return `${name}_value`;
  }
}

function sampleString(schema, name) {
  if (typeof schema.default === 'string') return schema.default;
  if (schema.format && FORMAT_SAMPLES[schema.format]) return FORMAT_SAMPLES[schema.format];
  let text = `${name}_value`;
  if (schema.minLength !== undefined) while (text.length < schema.minLength) text += 'x';
  if (schema.maxLength !== undefined && text.length > schema.maxLength) text = text.slice(0, schema.maxLength);
  return text;
}

function sampleObject(spec, schema, { mode, name, depth }) {
  const out = {};
  const required = new Set(schema.required ?? []);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const resolved = deref(spec, prop);
    // Representative requests leave out optional fields the spec deprecates (Prism warns on them).
    const include = mode === 'response' || required.has(key) || (exampleOf(resolved).found && resolved?.deprecated !== true);
    if (!include) continue;
    if (resolved?.readOnly && mode === 'request') continue;
    if (resolved?.writeOnly && mode === 'response') continue;
    const value = sampleValue(spec, prop, { mode, name: key, depth: depth + 1 });
    if (value !== undefined) out[key] = value;
  }
  if (Object.keys(out).length === 0 && schema.additionalProperties && typeof schema.additionalProperties === 'object' && !schema.properties) {
    out[`${name}_key`] = sampleValue(spec, schema.additionalProperties, { mode, name: `${name}_key`, depth: depth + 1 });
  }
  return out;
}

function sampleAllOf(spec, schema, { mode, name, depth }) {
  let merged;
  for (const part of schema.allOf) {
    const value = sampleValue(spec, part, { mode, name, depth: depth + 1 });
    if (value && typeof value === 'object' && !Array.isArray(value)) merged = { ...(merged ?? {}), ...value };
    else if (merged === undefined) merged = value;
  }
  if (schema.properties) merged = { ...(merged ?? {}), ...sampleObject(spec, schema, { mode, name, depth }) };
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Path parameters: an id-like value for ids, and for free-text params (slugs, names, external ids)
// a value with a space and a colon so the test proves path encoding.

function samplePathValue(spec, param) {
  const schema = deref(spec, param.schema ?? {});
  if (hasOwn(param, 'example')) return String(param.example);
  if (hasOwn(schema, 'const')) return String(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return String(schema.enum[0]);
  const ex = exampleOf(schema);
  if (ex.found && typeof ex.value === 'string' && !/^(id|.*_id|.*Id)$/.test(param.name)) return ex.value;
  if (/^(id|.*_id|.*Id)$/.test(param.name) && !/external/i.test(param.name)) {
    return ex.found && typeof ex.value === 'string' ? ex.value : `${param.name.replace(/_?[iI]d$/, '') || 'obj'}_01HXYZ`;
  }
  return `${param.name} 01:x`;
}

/** RFC 3986: everything outside the unreserved set is percent-encoded (UTF-8). */
export function encodeSegment(value) {
  const bytes = new TextEncoder().encode(value);
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Query serialisation per OpenAPI `style`/`explode`, written independently of src/core/url.ts.

function scalarText(value) {
  return typeof value === 'string' ? value : String(value);
}

/** Pairs `[key, value]` in order for one query parameter. */
export function serialiseQueryParam(param, value) {
  const style = param.style ?? 'form';
  const explode = param.explode ?? style === 'form';
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    if (!explode) return value.length === 0 ? [] : [[param.name, value.map(scalarText).join(',')]];
    return value.map((v) => [param.name, scalarText(v)]);
  }
  if (value !== null && typeof value === 'object') {
    // The spec declares these maps with the default (form, explode) style, which would flatten
    // them; the WorkOS API (and both official SDKs) use bracket keys, `provider_query_params[hd]=…`.
    // We expect what the API accepts. See /work/shared/docs/wire-formats.md §5.
    return Object.entries(value).map(([k, v]) => [`${param.name}[${k}]`, scalarText(v)]);
  }
  return [[param.name, value === null ? '' : scalarText(value)]];
}

// ---------------------------------------------------------------------------------------------
// Explicit, reviewed deviations of the live API from the spec, used by the oracle. Keep this table
// small and commented; never special-case operations elsewhere.
export const ORACLE_OVERRIDES = {
  // The spec documents the token exchange's fields twice: as required query parameters and as the
  // JSON body (TokenQueryDto). The live API reads the JSON body (wire-formats §5, "follow the spec:
  // JSON body"), and sending `client_secret` in a URL would leak the API key into logs. The oracle
  // therefore expects the fields in the body only.
  SsoController_token: { dropQueryParams: ['client_id', 'client_secret', 'code', 'grant_type'] },
};

/**
 * Operations whose API key is optional although the spec's security lists the bearer API key.
 * Reviewed: a public client (PKCE in a browser, a device, a CLI) authenticates with its client id
 * only (wire-formats §5, "client_secret … omitted by public PKCE clients").
 */
export const OPTIONAL_API_KEY = {
  'UserlandSessionsController_authenticate[0]': 'public PKCE clients authenticate without an API key',
};

/** Whether the client must hold the API key for this operation, from the spec's security (+ the table above). */
export function requiresApiKeyPerSpec(spec, { operationId, op }) {
  if (operationId in OPTIONAL_API_KEY) return false;
  const security = op.security ?? spec.security ?? [];
  return security.some((requirement) => 'bearer' in requirement);
}

/**
 * The spec-validation messages (from contract-ajv.mjs) that an override above makes expected, so
 * the request validators can tell a documented deviation from a bug. Empty for most operations.
 */
export function acceptedDeviations(operationId) {
  const override = ORACLE_OVERRIDES[operationId] ?? {};
  return (override.dropQueryParams ?? []).map((name) => `required query parameter ${name} is missing`);
}

/**
 * The test case of one operation: the arguments a user passes and the exact request they produce.
 */
export function buildCase(spec, { operationId, method, path, op, pathItem }) {
  const override = ORACLE_OVERRIDES[operationId] ?? {};
  const params = operationParameters(spec, pathItem, op);
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const pathArgs = pathParams.map((name) => {
    const param = params.find((p) => p.in === 'path' && p.name === name);
    if (param === undefined) throw new Error(`${operationId}: path parameter {${name}} is not declared`);
    return samplePathValue(spec, param);
  });
  const expectedPath = path.replace(/\{([^}]+)\}/g, (_, name) => encodeSegment(pathArgs[pathParams.indexOf(name)]));

  const callParams = {};
  const query = [];
  const queryParams = params.filter((p) => p.in === 'query' && !(override.dropQueryParams ?? []).includes(p.name));
  for (const param of queryParams) {
    const schema = deref(spec, param.schema ?? {});
    const include = param.required === true || ((hasOwn(param, 'example') || exampleOf(schema).found) && param.deprecated !== true);
    if (!include) continue;
    const value = hasOwn(param, 'example') ? param.example : sampleValue(spec, schema, { name: param.name });
    callParams[param.name] = value;
    query.push(...serialiseQueryParam(param, value));
  }
  const headers = {};
  for (const param of params.filter((p) => p.in === 'header')) {
    const schema = deref(spec, param.schema ?? {});
    const ex = hasOwn(param, 'example') ? { found: true, value: param.example } : exampleOf(schema);
    if (param.required === true || ex.found) headers[param.name.toLowerCase()] = String(ex.found ? ex.value : sampleValue(spec, schema, { name: param.name }));
  }

  let body;
  const requestBody = requestBodyOf(spec, op);
  if (requestBody !== undefined) {
    body = sampleValue(spec, requestBody.schema, { name: 'body' });
    if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) {
      // Nothing required and no examples: send one optional field so the body is observable.
      const schema = deref(spec, requestBody.schema);
      const [firstKey, firstProp] = Object.entries(schema.properties ?? {})[0] ?? [];
      if (firstKey !== undefined) body[firstKey] = sampleValue(spec, firstProp, { name: firstKey });
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new Error(`${operationId}: request body sample is not an object; the params-object method shape cannot express it`);
    }
    for (const key of Object.keys(body)) {
      if (hasOwn(callParams, key)) throw new Error(`${operationId}: "${key}" is both a query parameter and a body field`);
      callParams[key] = body[key];
    }
  }

  // Params the spec requires (query parameters, and body fields of a plain or allOf object body):
  // leaving one out must not type-check.
  const requiredParams = queryParams.filter((p) => p.required === true).map((p) => p.name);
  if (requestBody !== undefined) {
    const shape = objectShape(spec, requestBody.schema);
    if (shape !== undefined) requiredParams.push(...shape.required);
  }
  const response = successResponse(spec, op);
  return {
    operationId,
    httpMethod: method,
    response,
    breakage: responseBreakage(spec, op, response),
    enumField: responseEnumField(spec, op, response),
    pathTemplate: path,
    pathArgs,
    params: Object.keys(callParams).length > 0 || requestBody !== undefined ? callParams : undefined,
    requiredParams: [...new Set(requiredParams)],
    headerParams: headers,
    expected: {
      method,
      path: expectedPath,
      query,
      body,
      headers,
    },
  };
}

/**
 * The first 2xx response: its status and a JSON document for it — the spec's own example when it
 * has one, otherwise one synthesised from the schema with every property present.
 */
export function successResponse(spec, op) {
  const entry = Object.entries(op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
  if (entry === undefined) return { status: 200, body: undefined, source: 'none' };
  const [code, raw] = entry;
  const media = deref(spec, raw).content?.['application/json'];
  if (media === undefined) return { status: Number(code), body: undefined, source: 'none' };
  if (hasOwn(media, 'example')) return { status: Number(code), body: media.example, source: 'example' };
  const named = Object.values(media.examples ?? {})[0];
  if (named !== undefined) return { status: Number(code), body: deref(spec, named).value, source: 'example' };
  return { status: Number(code), body: sampleValue(spec, media.schema ?? {}, { mode: 'response', name: 'field' }), source: 'schema' };
}

/** Properties and required names of a plain object schema, or of an allOf of plain objects; else undefined. */
function objectShape(spec, schemaIn) {
  const schema = deref(spec, schemaIn);
  if (schema === null || typeof schema !== 'object' || schema.oneOf || schema.anyOf) return undefined;
  if (Array.isArray(schema.allOf)) {
    const merged = { properties: { ...(schema.properties ?? {}) }, required: [...(schema.required ?? [])] };
    for (const part of schema.allOf) {
      const shape = objectShape(spec, part);
      if (shape === undefined) return undefined;
      Object.assign(merged.properties, shape.properties);
      merged.required.push(...shape.required);
    }
    return merged;
  }
  if (!schema.properties) return undefined;
  return { properties: schema.properties, required: schema.required ?? [] };
}

/** Whether the schema accepts exactly strings (no null, no alternatives), so a number breaks it. */
function isPlainString(spec, schemaIn) {
  const schema = deref(spec, schemaIn);
  return schema && schema.type === 'string' && !schema.oneOf && !schema.anyOf && !schema.allOf;
}

/**
 * Where to break a successful response so that decoding must fail: a required string field (of
 * the document, or of the first list item), replaced by a number. The SDK must then reject with a
 * decode error naming this path (`data[0].id`, `organization_id`, …).
 */
export function responseBreakage(spec, op, response) {
  if (response.body === undefined || response.body === null || typeof response.body !== 'object') return null;
  const raw = op.responses?.[String(response.status)];
  const schema = deref(spec, raw)?.content?.['application/json']?.schema;
  const shape = objectShape(spec, schema);
  if (shape === undefined) return null;
  // Prefer a field with content (an id, a name) over a `const` discriminator such as `object`.
  const pick = (s, body, prefix) => {
    const usable = s.required.filter((name) => isPlainString(spec, s.properties[name]) && typeof body?.[name] === 'string');
    const name = usable.find((n) => !hasOwn(deref(spec, s.properties[n]), 'const')) ?? usable[0];
    return name === undefined ? null : [...prefix, name];
  };
  const dataSchema = deref(spec, shape.properties.data);
  if (dataSchema?.type === 'array' && Array.isArray(response.body.data) && response.body.data.length > 0) {
    const itemShape = objectShape(spec, dataSchema.items);
    const inItem = itemShape && pick(itemShape, response.body.data[0], ['data', 0]);
    if (inItem) return { pointer: inItem, path: formatDocPath(inItem) };
  }
  const top = pick(shape, response.body, []);
  return top ? { pointer: top, path: formatDocPath(top) } : null;
}

/**
 * An enum-typed string field present in a successful response (of the document, or of the first
 * list item). Servers add enum values over time; the SDK must decode a new value and keep it verbatim.
 */
export function responseEnumField(spec, op, response) {
  if (response.body === undefined || response.body === null || typeof response.body !== 'object') return null;
  const raw = op.responses?.[String(response.status)];
  const shape = objectShape(spec, deref(spec, raw)?.content?.['application/json']?.schema);
  if (shape === undefined) return null;
  const isEnum = (schemaIn) => {
    const schema = deref(spec, schemaIn);
    const types = typesOf(schema ?? {});
    return Array.isArray(schema?.enum) && schema.enum.length > 1 && types.includes('string') && !schema.oneOf && !schema.anyOf;
  };
  const pick = (s, body, prefix) => {
    const name = Object.keys(s.properties).find((n) => isEnum(s.properties[n]) && typeof body?.[n] === 'string');
    return name === undefined ? null : [...prefix, name];
  };
  const dataSchema = deref(spec, shape.properties.data);
  let pointer = null;
  if (dataSchema?.type === 'array' && Array.isArray(response.body.data) && response.body.data.length > 0) {
    const itemShape = objectShape(spec, dataSchema.items);
    pointer = itemShape ? pick(itemShape, response.body.data[0], ['data', 0]) : null;
  }
  pointer ??= pick(shape, response.body, []);
  return pointer ? { pointer, path: formatDocPath(pointer) } : null;
}

function formatDocPath(pointer) {
  let out = '';
  for (const key of pointer) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** Every operation's case, in spec order. */
export function buildCases(spec) {
  return listOperations(spec).map((entry) => buildCase(spec, entry));
}
