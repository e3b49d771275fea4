// Against the spec itself (node-only: ajv + the YAML spec on disk):
//  1. the request the SDK sends for each operation validates against the spec's parameter and
//     request-body schemas (JSON Schema 2020-12, `$ref`s resolved);
//  2. every response example in the spec decodes with the SDK's schema for that operation;
//  3. the generator's metadata (list-ness, auth) agrees with the spec.
import { describe, expect, it } from 'vitest';
import { createSpecValidator, validateRequest } from '../../codegen/contract-ajv.mjs';
import { acceptedDeviations, deref, listOperations, loadSpec, requiresApiKeyPerSpec } from '../../codegen/contract-spec-lib.mjs';
import { OPERATIONS } from '../../src/generated/operations.ts';
import { createContractClient } from '../contract/client.ts';
import { comparable, invoke, roundTrip, type OperationMeta } from '../contract/invoke.ts';
import { OPERATION_CASES } from '../contract/operation-cases.ts';
import { MockTransport } from '../support/mock-transport.ts';

const spec = loadSpec();
const validator = createSpecValidator(spec);
const ENTRIES = new Map<string, ReturnType<typeof listOperations>[number]>(
  listOperations(spec).map((e: { operationId: string }) => [e.operationId, e]),
);
const META = new Map<string, OperationMeta>(OPERATIONS.map((m: OperationMeta) => [m.operationId, m]));

interface SpecExample {
  operationId: string;
  status: number;
  where: string;
  body: unknown;
}

/** Every JSON example the spec gives for a 2xx response: media `example`/`examples`, or the schema's `example`. */
function responseExamples(): SpecExample[] {
  const out: SpecExample[] = [];
  for (const entry of listOperations(spec)) {
    for (const [code, raw] of Object.entries(entry.op.responses ?? {})) {
      if (!/^2\d\d$/.test(code)) continue;
      const media = deref(spec, raw).content?.['application/json'];
      if (media === undefined) continue;
      const where = `${entry.operationId} ${code}`;
      if ('example' in media) out.push({ operationId: entry.operationId, status: Number(code), where: `${where} example`, body: media.example });
      for (const [name, ex] of Object.entries(media.examples ?? {})) {
        out.push({ operationId: entry.operationId, status: Number(code), where: `${where} examples.${name}`, body: deref(spec, ex).value });
      }
      const schema = deref(spec, media.schema ?? {});
      if (!('example' in media) && media.examples === undefined && schema && 'example' in schema) {
        out.push({ operationId: entry.operationId, status: Number(code), where: `${where} schema example`, body: schema.example });
      }
    }
  }
  return out;
}

/** A 2xx response schema has the list shape `{ data: [], list_metadata }` (through allOf too). */
function isListResponse(entry: ReturnType<typeof listOperations>[number]): boolean {
  const hasCursor = (entry.op.parameters ?? []).some((p: unknown) => deref(spec, p).name === 'after');
  const ok = Object.entries(entry.op.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
  if (!hasCursor || ok === undefined) return false;
  const props = new Set<string>();
  const collect = (schema: unknown): void => {
    const s = deref(spec, schema);
    if (s === null || typeof s !== 'object') return;
    for (const key of Object.keys(s.properties ?? {})) props.add(key);
    for (const part of s.allOf ?? []) collect(part);
  };
  collect(deref(spec, ok[1]).content?.['application/json']?.schema);
  return props.has('data') && props.has('list_metadata');
}

describe('contract: requests validate against the spec (ajv, JSON Schema 2020-12)', () => {
  for (const testCase of OPERATION_CASES) {
    it(testCase.operationId, async () => {
      const meta = META.get(testCase.operationId);
      const entry = ENTRIES.get(testCase.operationId);
      expect(meta).toBeDefined();
      expect(entry).toBeDefined();
      if (meta === undefined || entry === undefined) return;
      const { response } = testCase;
      const transport = new MockTransport(
        response.body === undefined ? { status: 204 } : { status: response.status, json: response.body },
      );
      await invoke(createContractClient({ apiKey: 'sk_test_spec', transport, maxRetries: 0 }), meta, testCase);
      expect(transport.requests).toHaveLength(1);
      const sent = transport.last;
      const problems = validateRequest(spec, validator, entry, {
        method: sent.method,
        url: sent.url,
        headers: sent.headers,
        body: sent.body,
      });
      // Only the deviations reviewed in codegen/contract-spec-lib.mjs ORACLE_OVERRIDES are accepted.
      const accepted = acceptedDeviations(testCase.operationId);
      expect(problems.filter((p: string) => !accepted.includes(p))).toEqual([]);
    });
  }
});

describe("contract: the spec's response examples decode with the SDK's schemas", () => {
  const examples = responseExamples();

  it('finds the examples the spec carries', () => {
    expect(examples.length).toBeGreaterThan(0);
    console.log(`spec response examples decoded: ${examples.length}`);
  });

  for (const example of examples) {
    it(example.where, async () => {
      const meta = META.get(example.operationId);
      const testCase = OPERATION_CASES.find((c) => c.operationId === example.operationId);
      expect(meta).toBeDefined();
      if (meta === undefined || testCase === undefined) return;
      const transport = new MockTransport({ status: example.status, json: example.body, headers: { 'x-request-id': 'req_example' } });
      const client = createContractClient({ apiKey: 'sk_test_spec', transport, maxRetries: 0 });
      const result = await invoke(client, meta, testCase);
      expect(roundTrip(comparable(meta, result))).toEqual(comparable(meta, example.body));
    });
  }
});

describe('contract: generated metadata agrees with the spec', () => {
  // Found by this test (generator output at 454b6a2): five list operations whose 200 schema is an
  // `allOf` of the list envelope and an item schema — auditLogs.listActions, auditLogs.listSchemas,
  // CorsOriginsController_list, RedirectUrisController_list, UserlandUserSessionsController_list —
  // were generated with isList: false, so they return a plain Promise instead of a PagePromise.
  it('marks exactly the cursor-paginated operations as lists (they return a PagePromise)', () => {
    const fromSpec = listOperations(spec).filter(isListResponse).map((e: { operationId: string }) => e.operationId).sort();
    const generated = OPERATIONS.filter((m: OperationMeta) => m.isList).map((m: OperationMeta) => m.operationId).sort();
    expect(generated).toEqual(fromSpec);
  });

  it('requires the API key exactly where the spec requires the bearer API key (reviewed exceptions aside)', () => {
    const mismatches: string[] = [];
    for (const entry of listOperations(spec)) {
      const needsKey = requiresApiKeyPerSpec(spec, entry);
      const meta = META.get(entry.operationId);
      if (meta !== undefined && meta.requiresApiKey !== needsKey) mismatches.push(`${entry.operationId}: spec ${needsKey}, generated ${meta.requiresApiKey}`);
    }
    expect(mismatches).toEqual([]);
  });
});
