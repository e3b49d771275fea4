// Fuzzing the decoders with the spec: Prism in dynamic mode generates random, schema-shaped
// responses (json-schema-faker, fixed seeds so runs repeat). Every response that ajv confirms is
// valid against the spec must decode; a response Prism generated outside the spec is counted and
// printed, never blamed on the SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpecValidator } from '../../codegen/contract-ajv.mjs';
import { deref, listOperations, loadSpec, specPath } from '../../codegen/contract-spec-lib.mjs';
import { OPERATION_CASES } from '../contract/operation-cases.ts';
import { exerciseAll, label, TOTAL_OPERATIONS, type Outcome } from './prism-harness.ts';
import { startPrism, type PrismServer } from './prism-server.ts';

const SEEDS = ['workos-contract-1', 'workos-contract-2'];

const spec = loadSpec();
const validator = createSpecValidator(spec);
const entries = new Map(listOperations(spec).map((e: { operationId: string }) => [e.operationId, e]));

/** Whether Prism's response body is valid against the spec schema of its status. */
function specValidResponse(outcome: Outcome): boolean {
  const exchange = outcome.exchange;
  if (exchange === undefined) return false;
  const entry = entries.get(outcome.testCase.operationId) as { op: { responses: Record<string, unknown> } } | undefined;
  const schema = deref(spec, entry?.op.responses[String(exchange.status)])?.content?.['application/json']?.schema;
  if (schema === undefined) return exchange.body === '';
  try {
    return validator.compile(schema)(JSON.parse(exchange.body)) === true;
  } catch {
    return false;
  }
}

for (const seed of SEEDS) {
  describe(`contract: random spec-shaped responses decode (Prism --dynamic --seed ${seed})`, () => {
    let prism: PrismServer | undefined;
    let outcomes: Outcome[] = [];

    beforeAll(async () => {
      prism = await startPrism(specPath(), { startupTimeoutMs: 90_000, extraArgs: ['--dynamic', '--seed', seed] });
      // One at a time: the seeded generator is shared, so order decides the data.
      outcomes = await exerciseAll(prism.baseUrl, OPERATION_CASES, 1);
    }, 150_000);

    afterAll(async () => {
      await prism?.stop();
    });

    it('decodes every spec-valid response of all 212 operations', () => {
      const decodedFailures = outcomes.filter((o) => !o.ok && o.violations.length === 0 && specValidResponse(o));
      const outsideSpec = outcomes.filter((o) => !o.ok && o.violations.length === 0 && !specValidResponse(o));
      const violations = outcomes.filter((o) => o.violations.length > 0);
      for (const o of decodedFailures) console.log(`DECODE FAILED on a spec-valid response ${label(o)}: ${o.errorText}`);
      for (const o of outsideSpec) console.log(`prism generated a response outside the spec for ${label(o)} (not counted against the SDK)`);
      for (const o of violations) console.log(`VIOLATION ${label(o)}: ${JSON.stringify(o.violations)}`);
      console.log(`seed ${seed}: ${outcomes.filter((o) => o.ok).length}/${TOTAL_OPERATIONS} decoded, ${outsideSpec.length} outside the spec`);
      expect(outcomes).toHaveLength(TOTAL_OPERATIONS);
      expect(violations.map(label)).toEqual([]);
      expect(decodedFailures.map((o) => `${label(o)}: ${o.errorText}`)).toEqual([]);
    });
  });
}
