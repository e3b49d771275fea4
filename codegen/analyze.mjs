// Turns the spec's paths into one normalised record per operation.
import { AUTH_OVERRIDES, LIVE_API_DIFFERENCES } from './overrides.mjs';
import { camelCase, operationName } from './naming.mjs';
import { deref, HTTP_METHODS } from './spec.mjs';

const CURSOR_PARAMS = ['after', 'before'];

function jsonContent(content) {
  if (!content) return undefined;
  for (const type of Object.keys(content).sort()) {
    if (type === 'application/json' || type.endsWith('+json')) return { encoding: 'json', schema: content[type].schema ?? {} };
    if (type === 'application/x-www-form-urlencoded') return { encoding: 'form', schema: content[type].schema ?? {} };
  }
  throw new Error(`Unsupported content types ${Object.keys(content).join(', ')}`);
}

/** The documented success response: the 200, else the lowest 2xx. No body → `null`. */
function successResponse(op) {
  const statuses = Object.keys(op.responses ?? {}).filter((s) => /^2\d\d$/.test(s)).sort();
  const status = statuses.includes('200') ? '200' : statuses[0];
  if (status === undefined) return { status: null, schema: null };
  const content = jsonContent(op.responses[status].content);
  return { status, schema: content ? content.schema : null };
}

/** The properties a schema declares itself and through every `allOf` member (some list responses are wrapped). */
function ownAndAllOfProperties(spec, schema) {
  const resolved = deref(spec, schema) ?? {};
  const merged = { ...resolved.properties };
  for (const member of resolved.allOf ?? []) Object.assign(merged, ownAndAllOfProperties(spec, member));
  return merged;
}

function listItemSchema(spec, responseSchema, queryNames) {
  if (responseSchema === null || !CURSOR_PARAMS.some((p) => queryNames.includes(p))) return null;
  const properties = ownAndAllOfProperties(spec, responseSchema);
  if (!properties.data || !properties.list_metadata) return null;
  const items = deref(spec, properties.data).items;
  return items ?? null;
}

function authOf(op) {
  const override = AUTH_OVERRIDES[op.operationId];
  if (override) return { kind: override };
  if (!Array.isArray(op.security)) return { kind: 'apiKey' };
  if (op.security.length === 0) return { kind: 'optional' };
  const schemes = op.security.flatMap((s) => Object.keys(s));
  if (schemes.includes('bearer')) return { kind: 'apiKey' };
  if (schemes.includes('access_token')) return { kind: 'bearer', param: 'accessToken' };
  throw new Error(`${op.operationId}: unsupported security ${JSON.stringify(op.security)}`);
}

/** Every operation of the spec, sorted by accessor then method name. */
export function analyzeOperations(spec) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const httpMethod of HTTP_METHODS) {
      const op = item[httpMethod];
      if (!op) continue;
      if (!op.operationId) throw new Error(`${httpMethod.toUpperCase()} ${path} has no operationId`);
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(spec, p));
      const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const pathParams = pathOrder.map((name) => {
        const p = params.find((x) => x.in === 'path' && x.name === name);
        if (!p) throw new Error(`${op.operationId}: path parameter {${name}} is not declared`);
        return { name, arg: camelCase(name), description: p.description, schema: p.schema ?? { type: 'string' } };
      });
      const queryParams = params
        .filter((p) => p.in === 'query')
        .map((p) => ({
          name: p.name,
          required: p.required === true,
          description: p.description,
          schema: p.schema ?? { type: 'string' },
          commaJoined: (p.style ?? 'form') === 'form' && p.explode === false,
        }));
      const headerParams = params
        .filter((p) => p.in === 'header')
        .map((p) => ({ name: p.name, required: p.required === true, description: p.description, schema: p.schema ?? { type: 'string' } }));
      const unknownIn = params.find((p) => !['path', 'query', 'header'].includes(p.in));
      if (unknownIn) throw new Error(`${op.operationId}: parameters in "${unknownIn.in}" are not supported`);
      const bodyContent = op.requestBody ? jsonContent(deref(spec, op.requestBody).content) : undefined;
      const body = bodyContent
        ? { encoding: bodyContent.encoding, schema: bodyContent.schema, required: op.requestBody.required === true }
        : null;
      const response = successResponse(op);
      const queryNames = queryParams.map((q) => q.name);
      const itemSchema = listItemSchema(spec, response.schema, queryNames);
      const { accessor, method } = operationName(op.operationId, httpMethod, op.tags);
      const record = {
        operationId: op.operationId,
        accessor,
        method,
        httpMethod: httpMethod.toUpperCase(),
        path,
        summary: op.summary,
        description: op.description,
        deprecated: op.deprecated === true,
        tags: op.tags ?? [],
        pathParams,
        queryParams,
        headerParams,
        body,
        response,
        isList: itemSchema !== null,
        itemSchema,
        auth: authOf(op),
      };
      Object.assign(record, LIVE_API_DIFFERENCES[op.operationId] ?? {});
      operations.push(record);
    }
  }
  const seen = new Map();
  for (const op of operations) {
    const key = `${op.accessor}.${op.method}`;
    if (seen.has(key)) throw new Error(`Name collision: ${key} is both ${seen.get(key)} and ${op.operationId}`);
    seen.set(key, op.operationId);
  }
  return operations.sort((a, b) => (a.accessor === b.accessor ? cmp(a.method, b.method) : cmp(a.accessor, b.accessor)));
}

export function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
