// The committed contract fixture must be exactly what the oracle derives from the spec, and the
// oracle's own requests and responses must be valid against the spec (so the neutral test checks
// the SDK against spec-valid traffic, not against the oracle's mistakes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, renderCases } from '../../codegen/contract-cases.mjs';
import { OUTPUT as TYPED_OUTPUT, readOperations, renderTypedCalls } from '../../codegen/contract-typed-calls.mjs';
import { createSpecValidator, validateRequest } from '../../codegen/contract-ajv.mjs';
import { acceptedDeviations, buildCase, deref, listOperations, loadSpec } from '../../codegen/contract-spec-lib.mjs';

const spec = loadSpec();

describe('contract fixtures (test/contract/operation-cases.ts, typed-calls.ts)', () => {
  it('is up to date with the spec (run `node codegen/contract-cases.mjs` if not)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderCases(spec));
  });

  it('typed-calls.ts is up to date with the spec and the generated names (run `node codegen/contract-typed-calls.mjs` if not)', () => {
    expect(readFileSync(TYPED_OUTPUT, 'utf8')).toBe(renderTypedCalls(spec, readOperations()));
  });

  it('covers all 212 operations of the spec', () => {
    expect(listOperations(spec)).toHaveLength(212);
  });

  it("expects requests that are valid against the spec's parameter and body schemas", () => {
    const validator = createSpecValidator(spec);
    const invalid: string[] = [];
    for (const entry of listOperations(spec)) {
      const c = buildCase(spec, entry);
      const url = new URL(`https://oracle.invalid${c.expected.path}`);
      for (const [k, v] of c.expected.query) url.searchParams.append(k, v);
      const headers = new Headers(c.expected.headers);
      if (c.expected.body !== undefined) headers.set('content-type', 'application/json');
      const request = { method: c.expected.method, url, headers, body: c.expected.body === undefined ? '' : JSON.stringify(c.expected.body) };
      const problems = validateRequest(spec, validator, entry, request).filter((p: string) => !acceptedDeviations(entry.operationId).includes(p));
      if (problems.length > 0) invalid.push(`${entry.operationId}: ${problems.join('; ')}`);
    }
    expect(invalid).toEqual([]);
  });

  it('has a request validator that reports what breaks the spec', () => {
    const validator = createSpecValidator(spec);
    const entry = listOperations(spec).find((e: { operationId: string }) => e.operationId === 'OrganizationsController_list');
    const create = listOperations(spec).find((e: { operationId: string }) => e.operationId === 'OrganizationsController_create');
    const headers = new Headers({ 'content-type': 'application/json' });
    const bad = new URL('https://oracle.invalid/organizations?limit=500&domains=a.com&domains=b.com&colour=red');
    expect(validateRequest(spec, validator, entry, { method: 'GET', url: bad, headers, body: '' })).toEqual([
      expect.stringMatching(/^query limit = 500: .*must be <= 100/),
      'query domains (explode: false) repeated 2 times',
      'query colour is not a parameter of OrganizationsController_list',
    ]);
    const missingName = JSON.stringify({ domains: ['foo-corp.com'] });
    const problems = validateRequest(spec, validator, create, { method: 'POST', url: new URL('https://oracle.invalid/organizations'), headers, body: missingName });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^body = .*must have required property 'name'/);
    const wrongPath = validateRequest(spec, validator, create, { method: 'PUT', url: new URL('https://oracle.invalid/organization'), headers, body: '' });
    expect(wrongPath).toEqual(['method PUT, expected POST', 'path /organization does not match /organizations', 'required JSON body is missing']);
  });

  it('answers with responses that are valid against the spec', () => {
    const validator = createSpecValidator(spec);
    const invalid: string[] = [];
    let checked = 0;
    for (const entry of listOperations(spec)) {
      const { response } = buildCase(spec, entry);
      if (response.body === undefined) continue;
      const raw = entry.op.responses[String(response.status)];
      const schema = deref(spec, raw).content['application/json'].schema;
      const validate = validator.compile(schema);
      checked++;
      if (!validate(response.body)) invalid.push(`${entry.operationId}: ${JSON.stringify(validate.errors).slice(0, 300)}`);
    }
    expect(invalid).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });
});
