// Against a real mock server: Prism, started from the spec on 127.0.0.1 and a free port, validates
// every request the SDK sends (a violation is a 422 with the `sl-violations` header) and answers
// with a spec-shaped response that the SDK must decode (validation on).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specPath } from '../../codegen/contract-spec-lib.mjs';
import { WorkOSApiError, WorkOSError } from '../../src/core/errors.ts';
import type { FetchFunction } from '../../src/core/transport.ts';
import { OPERATIONS } from '../../src/generated/operations.ts';
import { createContractClient } from '../contract/client.ts';
import { invoke, type OperationMeta } from '../contract/invoke.ts';
import { OPERATION_CASES, type OperationCase } from '../contract/operation-cases.ts';
import { startPrism, type PrismServer } from './prism-server.ts';

const TOTAL = 212;
const CONCURRENCY = 4;

/** An operation Prism cannot serve exactly as the SDK sends it, with the reviewed reason. */
interface KnownGap {
  reason: string;
  /** The spec violations Prism reports for the SDK's own request: exactly these, nothing else. */
  expectedViolations: string[];
  /** Test-side change to the request so Prism serves it; the SDK's body is forwarded unchanged. */
  adapt(request: Request): Promise<Request>;
}

/**
 * Operations Prism cannot serve as the SDK calls them. Each is still exercised (through `adapt`)
 * and counts as covered only when that call succeeds and decodes; its unadapted request must show
 * exactly the documented violations.
 */
const PRISM_KNOWN_GAPS: Readonly<Record<string, KnownGap>> = {
  SsoController_token: {
    reason:
      'the spec lists client_id, client_secret, code and grant_type as required query parameters and also as the ' +
      'JSON body; the API reads the body and the SDK deliberately keeps the client secret out of the URL ' +
      '(codegen/overrides.mjs LIVE_API_DIFFERENCES, codegen/contract-spec-lib.mjs ORACLE_OVERRIDES). For Prism the ' +
      'test copies the body fields into the query; the body Prism validates is the SDK\'s own.',
    expectedViolations: ['client_id', 'client_secret', 'code', 'grant_type'].map(
      (name) => `Request query must have required property '${name}'`,
    ),
    async adapt(request) {
      const body = await request.clone().text();
      const url = new URL(request.url);
      for (const [key, value] of Object.entries(JSON.parse(body) as Record<string, unknown>)) url.searchParams.set(key, String(value));
      return new Request(url, { method: request.method, headers: request.headers, body });
    },
  },
};

interface Outcome {
  testCase: OperationCase;
  meta: OperationMeta | undefined;
  ok: boolean;
  violations: unknown[];
  error?: string;
}

// Never follow a redirect out of the machine: a 3xx is an answer, not a hop.
const localFetch: FetchFunction = (input, init) => fetch(input, { ...init, redirect: 'manual' });
const adaptedFetch =
  (gap: KnownGap): FetchFunction =>
  async (input, init) =>
    localFetch(await gap.adapt(input), init);

let prism: PrismServer | undefined;
const outcomes: Outcome[] = [];

async function exercise(baseUrl: string, testCase: OperationCase, fetchFn: FetchFunction): Promise<Outcome> {
  const meta = OPERATIONS.find((m: OperationMeta) => m.operationId === testCase.operationId);
  if (meta === undefined) return { testCase, meta, ok: false, violations: [], error: 'not generated' };
  const client = createContractClient({ apiKey: 'sk_test_prism_0123456789', baseUrl, fetch: fetchFn, maxRetries: 0, timeout: 20_000 });
  try {
    await invoke(client, meta, testCase);
    return { testCase, meta, ok: true, violations: [] };
  } catch (error) {
    if (error instanceof WorkOSApiError) {
      const header = error.headers?.get('sl-violations');
      const violations = header ? (JSON.parse(header) as unknown[]) : [];
      return { testCase, meta, ok: false, violations, error: `${error.name} ${error.status}: ${error.message}` };
    }
    const message = error instanceof WorkOSError ? `${error.name} (${error.kind}): ${error.message}` : String(error);
    return { testCase, meta, ok: false, violations: [], error: message };
  }
}

describe('contract: every operation against Prism (the spec as a server)', () => {
  beforeAll(async () => {
    prism = await startPrism(specPath(), { startupTimeoutMs: 90_000 });
    const queue = [...OPERATION_CASES];
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const gap = PRISM_KNOWN_GAPS[next.operationId];
        outcomes.push(await exercise(prism!.baseUrl, next, gap === undefined ? localFetch : adaptedFetch(gap)));
      }
    });
    await Promise.all(workers);
  }, 150_000);

  afterAll(async () => {
    await prism?.stop();
  });

  it('calls all 212 operations with zero violations and decodes every 2xx', () => {
    const covered = outcomes.filter((o) => o.ok).length;
    const withViolations = outcomes.filter((o) => o.violations.length > 0);
    const violationCount = withViolations.reduce((n, o) => n + o.violations.length, 0);
    const failures = outcomes.filter((o) => !o.ok);
    for (const o of withViolations) {
      console.log(`VIOLATION ${o.testCase.operationId} (${o.meta?.accessor}.${o.meta?.method}): ${JSON.stringify(o.violations)}`);
    }
    for (const o of failures.filter((f) => f.violations.length === 0)) {
      console.log(`FAILED ${o.testCase.operationId} (${o.meta?.accessor}.${o.meta?.method}): ${o.error}`);
    }
    for (const [id, gap] of Object.entries(PRISM_KNOWN_GAPS)) console.log(`known gap ${id}: ${gap.reason}`);
    console.log(`operations covered: ${covered}/${TOTAL}`);
    console.log(`prism violations: ${violationCount}`);
    expect(outcomes).toHaveLength(TOTAL);
    expect(violationCount).toBe(0);
    expect(failures.map((f) => `${f.testCase.operationId}: ${f.error}`)).toEqual([]);
    expect(covered).toBe(TOTAL);
  });

  for (const [operationId, gap] of Object.entries(PRISM_KNOWN_GAPS)) {
    it(`${operationId}: the unadapted request shows exactly the documented violations`, async () => {
      const testCase = OPERATION_CASES.find((c) => c.operationId === operationId);
      expect(testCase).toBeDefined();
      if (testCase === undefined || prism === undefined) return;
      const outcome = await exercise(prism.baseUrl, testCase, localFetch);
      expect(outcome.ok).toBe(false);
      const messages = outcome.violations.map((v) => (v as { message?: string }).message).sort();
      expect(messages).toEqual([...gap.expectedViolations].sort());
    });
  }
});
