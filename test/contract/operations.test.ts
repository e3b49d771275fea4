// Every operation of the spec, called through the generated client: the request it sends must be
// exactly the one the spec-derived oracle (operation-cases.ts) expects; a spec-valid response (plus
// a field from the future) must decode, with validation on, to the same JSON; and a response that
// breaks the schema must fail with a decode error naming the operation, path and request id.
import { describe, expect, it } from 'vitest';
import { WorkOSDecodeError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { OPERATIONS } from '../../src/generated/operations.ts';
import { WorkOS } from '../../src/index.ts';
import { MockTransport } from '../support/mock-transport.ts';
import { createContractClient } from './client.ts';
import { CONTRACT_BEARER_TOKEN, comparable, invoke, roundTrip, sortedPairs, type OperationMeta } from './invoke.ts';
import { OPERATION_CASES } from './operation-cases.ts';
import { TYPED_CALLS } from './typed-calls.ts';

const API_KEY = 'sk_test_contract_0123456789';
// A path prefix proves operation paths are appended to the base URL, not resolved against its origin.
const BASE_URL = 'https://api.workos.test/v0-prefix';
const PREFIX = '/v0-prefix';

const META_BY_ID = new Map<string, OperationMeta>(OPERATIONS.map((op: OperationMeta) => [op.operationId, op]));

describe('contract: operation coverage', () => {
  it('generates exactly the operations of the spec (212)', () => {
    expect(OPERATION_CASES).toHaveLength(212);
    expect(OPERATIONS).toHaveLength(212);
    const generated = OPERATIONS.map((op: OperationMeta) => op.operationId).sort();
    const spec = OPERATION_CASES.map((c) => c.operationId).sort();
    expect(generated).toEqual(spec);
  });

  it('exposes every operation on the package client as workos.<accessor>.<method>', () => {
    const workos = new WorkOS({ apiKey: API_KEY, transport: new MockTransport() }) as unknown as Record<string, Record<string, unknown>>;
    const missing = OPERATIONS.filter((op: OperationMeta) => typeof workos[op.accessor]?.[op.method] !== 'function').map(
      (op: OperationMeta) => `${op.accessor}.${op.method}`,
    );
    expect(missing).toEqual([]);
  });

  it('has a statically typed call for every operation (typed-calls.ts)', () => {
    expect(Object.keys(TYPED_CALLS).sort()).toEqual(OPERATION_CASES.map((c) => c.operationId).sort());
  });

  it('gives every operation a distinct accessor.method name', () => {
    const names = new Set(OPERATIONS.map((op: OperationMeta) => `${op.accessor}.${op.method}`));
    expect(names.size).toBe(OPERATIONS.length);
  });

  for (const testCase of OPERATION_CASES) {
    it(`${testCase.operationId}: metadata matches the spec`, () => {
      const meta = META_BY_ID.get(testCase.operationId);
      expect(meta).toBeDefined();
      if (meta === undefined) return;
      expect(meta.httpMethod).toBe(testCase.httpMethod);
      expect(meta.path).toBe(testCase.pathTemplate);
      // Positional arguments follow the path's own order.
      expect(meta.pathParams).toEqual([...testCase.pathTemplate.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
    });
  }
});

/** A copy of `doc` with the value at `pointer` replaced. */
function replaceAt(doc: unknown, pointer: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(doc));
  let node = copy as Record<string | number, unknown>;
  pointer.forEach((key, i) => {
    if (i === pointer.length - 1) node[key] = value;
    else node = node[key] as Record<string | number, unknown>;
  });
  return copy;
}

describe('contract: a response that breaks the schema fails with a precise decode error', () => {
  for (const testCase of OPERATION_CASES) {
    const { breakage } = testCase;
    if (breakage === null) continue;
    const meta = META_BY_ID.get(testCase.operationId);
    it(`${meta === undefined ? testCase.operationId : `${meta.accessor}.${meta.method}`}: ${breakage.path} as a number`, async () => {
      expect(meta).toBeDefined();
      if (meta === undefined) return;
      const broken = replaceAt(testCase.response.body, breakage.pointer, 12345);
      const transport = new MockTransport({ status: testCase.response.status, json: broken, headers: { 'x-request-id': 'req_broken_1' } });
      const workos = createContractClient({ apiKey: API_KEY, baseUrl: BASE_URL, transport, maxRetries: 0 });
      const error = await invoke(workos, meta, testCase).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkOSDecodeError);
      if (!(error instanceof WorkOSDecodeError)) return;
      expect(error.kind).toBe('decode');
      expect(error.operation).toBe(`${meta.accessor}.${meta.method}`);
      expect(error.path).toBe(breakage.path);
      expect(error.requestId).toBe('req_broken_1');
      expect(error.message).toContain(breakage.path);
      expect(error.message).toContain('req_broken_1');
    });
  }
});

describe('contract: enum values the spec does not know yet decode verbatim', () => {
  for (const testCase of OPERATION_CASES) {
    const { enumField } = testCase;
    if (enumField === null) continue;
    const meta = META_BY_ID.get(testCase.operationId);
    it(`${meta === undefined ? testCase.operationId : `${meta.accessor}.${meta.method}`}: ${enumField.path}`, async () => {
      expect(meta).toBeDefined();
      if (meta === undefined) return;
      const served = replaceAt(testCase.response.body, enumField.pointer, 'zz_value_added_in_2099');
      const transport = new MockTransport({ status: testCase.response.status, json: served });
      const workos = createContractClient({ apiKey: API_KEY, baseUrl: BASE_URL, transport, maxRetries: 0 });
      const result = await invoke(workos, meta, testCase);
      expect(roundTrip(comparable(meta, result))).toEqual(comparable(meta, served));
    });
  }
});

// Credential fields named by the architecture brief (settled decision 8); `value` only in the
// responses that return a freshly created API key.
const SECRET_NAMES = new Set(['password', 'client_secret', 'access_token', 'refresh_token', 'token', 'secret', 'data_key']);
const API_KEY_CREATION = new Set(['OrganizationApiKeysController_create', 'UserApiKeysController_create']);

/** Pairs (document path, wire string, decoded value) for every credential field of the response. */
function secretFields(operationId: string, wire: unknown, decoded: unknown, path = ''): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  if (Array.isArray(wire)) {
    wire.forEach((item, i) => out.push(...secretFields(operationId, item, (decoded as unknown[] | undefined)?.[i], `${path}[${i}]`)));
  } else if (wire !== null && typeof wire === 'object') {
    for (const [key, value] of Object.entries(wire)) {
      const inner = (decoded as Record<string, unknown> | undefined)?.[key];
      const here = path === '' ? key : `${path}.${key}`;
      const secretName = SECRET_NAMES.has(key) || (key === 'value' && path === '' && API_KEY_CREATION.has(operationId));
      if (typeof value === 'string' && secretName) out.push([here, value, inner]);
      else out.push(...secretFields(operationId, value, inner, here));
    }
  }
  return out;
}

describe('contract: credential fields decode to SecretString', () => {
  for (const testCase of OPERATION_CASES) {
    const meta = META_BY_ID.get(testCase.operationId);
    if (secretFields(testCase.operationId, testCase.response.body, undefined).length === 0) continue;
    it(`${meta === undefined ? testCase.operationId : `${meta.accessor}.${meta.method}`}`, async () => {
      expect(meta).toBeDefined();
      if (meta === undefined) return;
      const transport = new MockTransport({ status: testCase.response.status, json: testCase.response.body });
      const workos = createContractClient({ apiKey: API_KEY, baseUrl: BASE_URL, transport, maxRetries: 0 });
      const result = await invoke(workos, meta, testCase);
      const decoded = meta.isList ? { data: (result as { data: unknown }).data } : result;
      const fields = secretFields(testCase.operationId, testCase.response.body, decoded);
      const notSecret = fields.filter(([, , value]) => !(value instanceof SecretString)).map(([where]) => where);
      expect(notSecret).toEqual([]);
      for (const [, wire, value] of fields) {
        expect((value as SecretString).expose()).toBe(wire);
        expect(String(value)).not.toContain(wire);
      }
    });
  }
});

describe('contract: credential params accept SecretString and send the raw value', () => {
  for (const testCase of OPERATION_CASES) {
    const meta = META_BY_ID.get(testCase.operationId);
    const params = testCase.params ?? {};
    const secretKeys = Object.keys(params).filter((k) => SECRET_NAMES.has(k) && typeof params[k] === 'string');
    if (secretKeys.length === 0) continue;
    it(`${meta === undefined ? testCase.operationId : `${meta.accessor}.${meta.method}`}: ${secretKeys.join(', ')}`, async () => {
      expect(meta).toBeDefined();
      if (meta === undefined) return;
      const wrapped = { ...params };
      for (const key of secretKeys) wrapped[key] = new SecretString(params[key] as string);
      const transport = new MockTransport(
        testCase.response.body === undefined ? { status: 204 } : { status: testCase.response.status, json: testCase.response.body },
      );
      const workos = createContractClient({ apiKey: API_KEY, baseUrl: BASE_URL, transport, maxRetries: 0 });
      await invoke(workos, meta, { ...testCase, params: wrapped });
      expect(sortedPairs(transport.last.url.searchParams)).toEqual(sortedPairs(testCase.expected.query));
      expect(transport.last.body === '' ? undefined : JSON.parse(transport.last.body)).toStrictEqual(testCase.expected.body);
    });
  }
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A field no version of the spec has: the SDK must keep it (forward compatibility). */
const FUTURE_FIELD = { zz_future_field: { added_in: '2099-01-01', nested: [1, 'two', null] } };

/** The response with an unknown field added to the document and to the first list item. */
function withFutureFields(body: unknown): unknown {
  if (!isRecord(body)) return body;
  const data = body['data'];
  if (Array.isArray(data) && isRecord(data[0])) {
    return { ...body, ...FUTURE_FIELD, data: [{ ...data[0], ...FUTURE_FIELD }, ...data.slice(1)] };
  }
  return { ...body, ...FUTURE_FIELD };
}

describe('contract: every operation sends the exact request and decodes its response', () => {
  for (const testCase of OPERATION_CASES) {
    const meta = META_BY_ID.get(testCase.operationId);
    const label = meta === undefined ? testCase.operationId : `${meta.accessor}.${meta.method} (${testCase.operationId})`;
    it(label, async () => {
      expect(meta).toBeDefined();
      if (meta === undefined) return;
      const { response } = testCase;
      const served = withFutureFields(response.body);
      const transport = new MockTransport(
        response.body === undefined
          ? { status: response.status === 200 ? 204 : response.status }
          : { status: response.status, json: served, headers: { 'x-request-id': 'req_contract' } },
      );
      const workos = createContractClient({ apiKey: API_KEY, baseUrl: BASE_URL, transport, maxRetries: 0 });
      // Through the statically typed call (same arguments as invoke(), checked by tsc).
      const call = TYPED_CALLS[testCase.operationId];
      expect(call).toBeDefined();
      if (call === undefined) return;
      const result = await call(workos, {});

      expect(transport.requests).toHaveLength(1);
      const sent = transport.last;
      const { expected } = testCase;
      expect(sent.method).toBe(expected.method);
      expect(sent.url.origin).toBe('https://api.workos.test');
      expect(sent.url.pathname).toBe(PREFIX + expected.path);
      expect(sortedPairs(sent.url.searchParams)).toEqual(sortedPairs(expected.query));
      if (expected.body === undefined) {
        expect(sent.body).toBe('');
      } else {
        expect(sent.headers.get('content-type')).toMatch(/^application\/json/);
        expect(JSON.parse(sent.body)).toStrictEqual(expected.body);
      }
      for (const [name, value] of Object.entries(expected.headers)) expect(sent.headers.get(name)).toBe(value);
      const expectedToken = meta.bearerTokenParam !== null ? CONTRACT_BEARER_TOKEN : API_KEY;
      if (meta.requiresApiKey || meta.bearerTokenParam !== null) {
        expect(sent.headers.get('authorization')).toBe(`Bearer ${expectedToken}`);
      }

      if (response.body !== undefined) {
        // Decoding with validation on must keep the document intact, unknown fields included
        // (secrets re-serialise raw).
        expect(roundTrip(comparable(meta, result))).toEqual(comparable(meta, served));
      }
    });
  }
});
