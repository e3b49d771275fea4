// Against a real mock server: Prism, started from the spec on 127.0.0.1 and a free port, validates
// every request the SDK sends (a violation is a 422 with the `sl-violations` header) and answers
// with the spec's examples, which the SDK must decode (validation on).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specPath } from '../../codegen/contract-spec-lib.mjs';
import { OPERATION_CASES } from '../contract/operation-cases.ts';
import { exercise, exerciseAll, label, PRISM_KNOWN_GAPS, TOTAL_OPERATIONS, type Outcome } from './prism-harness.ts';
import { startPrism, type PrismServer } from './prism-server.ts';

let prism: PrismServer | undefined;
let outcomes: Outcome[] = [];

describe('contract: every operation against Prism (the spec as a server)', () => {
  beforeAll(async () => {
    prism = await startPrism(specPath(), { startupTimeoutMs: 90_000 });
    outcomes = await exerciseAll(prism.baseUrl, OPERATION_CASES, 4);
  }, 150_000);

  afterAll(async () => {
    await prism?.stop();
  });

  it('calls all 212 operations with zero violations and decodes every 2xx', () => {
    const covered = outcomes.filter((o) => o.ok).length;
    const withViolations = outcomes.filter((o) => o.violations.length > 0);
    const violationCount = withViolations.reduce((n, o) => n + o.violations.length, 0);
    const failures = outcomes.filter((o) => !o.ok);
    for (const o of withViolations) console.log(`VIOLATION ${label(o)}: ${JSON.stringify(o.violations)}`);
    for (const o of failures.filter((f) => f.violations.length === 0)) console.log(`FAILED ${label(o)}: ${o.errorText}`);
    for (const [id, gap] of Object.entries(PRISM_KNOWN_GAPS)) console.log(`known gap ${id}: ${gap.reason}`);
    console.log(`operations covered: ${covered}/${TOTAL_OPERATIONS}`);
    console.log(`prism violations: ${violationCount}`);
    expect(outcomes).toHaveLength(TOTAL_OPERATIONS);
    expect(violationCount).toBe(0);
    expect(failures.map((f) => `${f.testCase.operationId}: ${f.errorText}`)).toEqual([]);
    expect(covered).toBe(TOTAL_OPERATIONS);
  });

  it('drew no Prism warnings either (e.g. deprecated parameters) on any response', () => {
    const warned = outcomes.filter((o) => (o.exchange?.violations.length ?? 0) > 0);
    expect(warned.map((o) => `${label(o)}: ${JSON.stringify(o.exchange?.violations)}`)).toEqual([]);
  });

  it('answered every call with a 2xx (no 3xx or error status slipped through as success)', () => {
    const statuses = outcomes.filter((o) => o.exchange === undefined || o.exchange.status < 200 || o.exchange.status > 299);
    expect(statuses.map((o) => `${o.testCase.operationId}: ${o.exchange?.status}`)).toEqual([]);
  });

  for (const [operationId, gap] of Object.entries(PRISM_KNOWN_GAPS)) {
    it(`${operationId}: the unadapted request shows exactly the documented violations`, async () => {
      const testCase = OPERATION_CASES.find((c) => c.operationId === operationId);
      expect(testCase).toBeDefined();
      if (testCase === undefined || prism === undefined) return;
      const outcome = await exercise(prism.baseUrl, testCase, { adapt: false });
      expect(outcome.ok).toBe(false);
      expect(outcome.violations.map((v) => v.message).sort()).toEqual([...gap.expectedViolations].sort());
    });
  }
});
