// Every documented error response of every operation, served by Prism (`Prefer: code=<status>`):
// the SDK must throw a typed API error with that status, the operation's name, the server's
// message and field list, and the body intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deref, listOperations, loadSpec, specPath } from '../../codegen/contract-spec-lib.mjs';
import { WorkOSApiError } from '../../src/core/errors.ts';
import { OPERATION_CASES, type OperationCase } from '../contract/operation-cases.ts';
import { roundTrip } from '../contract/invoke.ts';
import { exercise, label, type Outcome } from './prism-harness.ts';
import { startPrism, type PrismServer } from './prism-server.ts';

const spec = loadSpec();

interface ErrorCase {
  testCase: OperationCase;
  status: number;
}

/** (operation, documented 4xx/5xx status) pairs, in spec order. */
const ERROR_CASES: ErrorCase[] = listOperations(spec).flatMap((entry: { operationId: string; op: { responses?: Record<string, unknown> } }) => {
  const testCase = OPERATION_CASES.find((c) => c.operationId === entry.operationId);
  if (testCase === undefined) return [];
  return Object.keys(entry.op.responses ?? {})
    .filter((code) => /^[45]\d\d$/.test(code))
    .map((code) => ({ testCase, status: Number(code) }));
});

const PREDICATES: Record<number, keyof WorkOSApiError> = {
  400: 'isBadRequest',
  401: 'isUnauthorized',
  403: 'isForbidden',
  404: 'isNotFound',
  409: 'isConflict',
  422: 'isUnprocessableEntity',
  429: 'isRateLimited',
};

let prism: PrismServer | undefined;
const results: { errorCase: ErrorCase; outcome: Outcome }[] = [];

describe('contract: every documented error response becomes a typed API error (Prism)', () => {
  beforeAll(async () => {
    prism = await startPrism(specPath(), { startupTimeoutMs: 90_000 });
    const queue = [...ERROR_CASES];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const outcome = await exercise(prism!.baseUrl, next.testCase, { headers: { Prefer: `code=${next.status}` } });
          results.push({ errorCase: next, outcome });
        }
      }),
    );
  }, 150_000);

  afterAll(async () => {
    await prism?.stop();
  });

  it('covers the error statuses the spec documents', () => {
    console.log(`error responses exercised: ${results.length} (over ${new Set(ERROR_CASES.map((e) => e.testCase.operationId)).size} operations)`);
    expect(results.length).toBe(ERROR_CASES.length);
    expect(results.length).toBeGreaterThan(300);
  });

  it('throws WorkOSApiError with the status, operation, message, field list and body', () => {
    const problems: string[] = [];
    for (const { errorCase, outcome } of results) {
      const where = `${label(outcome)} ${errorCase.status}`;
      const error = outcome.error;
      if (!(error instanceof WorkOSApiError)) {
        problems.push(`${where}: not a WorkOSApiError: ${outcome.errorText ?? 'call succeeded'}`);
        continue;
      }
      if (outcome.violations.length > 0) problems.push(`${where}: request violated the spec ${JSON.stringify(outcome.violations)}`);
      if (error.status !== errorCase.status) problems.push(`${where}: status ${error.status}`);
      if (error.kind !== 'api') problems.push(`${where}: kind ${error.kind}`);
      if (outcome.meta && error.operation !== `${outcome.meta.accessor}.${outcome.meta.method}`) problems.push(`${where}: operation ${error.operation}`);
      const predicate = PREDICATES[errorCase.status];
      if (predicate !== undefined && (error[predicate] as () => boolean).call(error) !== true) problems.push(`${where}: ${String(predicate)}() is false`);
      if (errorCase.status >= 500 && !error.isServerError()) problems.push(`${where}: isServerError() is false`);
      const raw = outcome.exchange?.body ?? '';
      if (error.rawBody !== raw) problems.push(`${where}: rawBody differs from what the server sent`);
      let body: Record<string, unknown> | undefined;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = undefined;
      }
      if (body === undefined || typeof body !== 'object' || Array.isArray(body)) continue;
      if (JSON.stringify(roundTrip(error.body)) !== JSON.stringify(body)) problems.push(`${where}: body not kept intact`);
      const serverMessage = [body['message'], body['error_description'], body['error']].find((m) => typeof m === 'string' && m !== '');
      if (typeof serverMessage === 'string' && !error.message.includes(serverMessage)) problems.push(`${where}: message lacks "${serverMessage}"`);
      if (typeof body['code'] === 'string' && error.code !== body['code']) problems.push(`${where}: code ${error.code}, server sent ${body['code']}`);
      if (Array.isArray(body['errors']) && JSON.stringify(error.errors) !== JSON.stringify(body['errors'])) problems.push(`${where}: errors[] differ`);
    }
    expect(problems).toEqual([]);
  });
});
