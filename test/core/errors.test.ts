import { describe, expect, it } from 'vitest';
import {
  SecretString,
  WorkOS,
  WorkOSApiError,
  WorkOSAuthenticationFlowError,
  WorkOSBadRequestError,
  WorkOSConflictError,
  WorkOSError,
  WorkOSForbiddenError,
  WorkOSNetworkError,
  WorkOSNotFoundError,
  WorkOSOAuthError,
  WorkOSRateLimitError,
  WorkOSServerError,
  WorkOSUnauthorizedError,
  WorkOSUnprocessableEntityError,
} from '../../src/index.ts';
import { MockTransport, type MockStep } from '../support/mock-transport.ts';

async function failWith(step: MockStep, operation = 'things.doThing'): Promise<WorkOSError> {
  const client = new WorkOS({ apiKey: 'sk_test_errors', transport: new MockTransport(step), maxRetries: 0 });
  try {
    await client.request({ operation, method: 'GET', path: '/things' });
  } catch (error) {
    if (error instanceof WorkOSError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('API errors', () => {
  const cases: [number, new (...args: never[]) => WorkOSApiError, keyof WorkOSError][] = [
    [400, WorkOSBadRequestError, 'isBadRequest'],
    [401, WorkOSUnauthorizedError, 'isUnauthorized'],
    [403, WorkOSForbiddenError, 'isForbidden'],
    [404, WorkOSNotFoundError, 'isNotFound'],
    [409, WorkOSConflictError, 'isConflict'],
    [422, WorkOSUnprocessableEntityError, 'isUnprocessableEntity'],
    [429, WorkOSRateLimitError, 'isRateLimited'],
    [500, WorkOSServerError, 'isServerError'],
    [503, WorkOSServerError, 'isServerError'],
  ];
  for (const [status, ErrorClass, predicate] of cases) {
    it(`maps ${status} to ${ErrorClass.name} with request id, code and message`, async () => {
      const error = await failWith({
        status,
        json: { message: `failure ${status}`, code: `code_${status}` },
        headers: { 'X-Request-ID': `req_${status}` },
      });
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(WorkOSApiError);
      const api = error as WorkOSApiError;
      expect(api.status).toBe(status);
      expect(api.code).toBe(`code_${status}`);
      expect(api.requestId).toBe(`req_${status}`);
      expect(api.operation).toBe('things.doThing');
      expect(api.message).toBe(`things.doThing: ${status} failure ${status} [request id: req_${status}]`);
      expect((error[predicate] as () => boolean).call(error)).toBe(true);
      expect(api.headers.get('x-request-id')).toBe(`req_${status}`);
    });
  }

  it('keeps the field list of a 422 and names the fields in the message', async () => {
    const body = {
      message: 'Validation failed',
      code: 'invalid_request_parameters',
      errors: [
        { field: 'domains[0]', code: 'invalid_domain' },
        { field: 'name', code: 'required' },
      ],
    };
    const error = (await failWith({ status: 422, json: body })) as WorkOSUnprocessableEntityError;
    expect(error).toBeInstanceOf(WorkOSUnprocessableEntityError);
    expect(error.errors).toEqual(body.errors);
    expect(error.message).toContain('domains[0]: invalid_domain, name: required');
    expect(error.isUnprocessableEntity()).toBe(true);
    expect(error.rawBody).toBe(JSON.stringify(body));
  });

  it('reads Retry-After seconds and HTTP dates', async () => {
    const seconds = (await failWith({ status: 429, json: { message: 'slow down' }, headers: { 'Retry-After': '7' } })) as WorkOSApiError;
    expect(seconds.retryAfter).toBe(7);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const dated = (await failWith({ status: 503, body: '', headers: { 'Retry-After': date } })) as WorkOSApiError;
    expect(dated.retryAfter).toBeGreaterThan(25);
    expect(dated.retryAfter).toBeLessThanOrEqual(30);
  });

  it('maps OAuth-style bodies to WorkOSOAuthError', async () => {
    const error = await failWith({ status: 400, json: { error: 'invalid_grant', error_description: 'The code has expired.' } });
    expect(error).toBeInstanceOf(WorkOSOAuthError);
    const oauth = error as WorkOSOAuthError;
    expect(oauth.error).toBe('invalid_grant');
    expect(oauth.errorDescription).toBe('The code has expired.');
    expect(oauth.code).toBe('invalid_grant');
    expect(oauth.isBadRequest()).toBe(true);
    expect(oauth.message).toContain('The code has expired.');
  });

  it('maps AuthKit continuation errors to a narrowable WorkOSAuthenticationFlowError', async () => {
    const body = {
      code: 'organization_selection_required',
      message: 'The user must choose an organization.',
      pending_authentication_token: 'pat_secret_value',
      user: { id: 'user_1', email: 'a@example.com' },
      organizations: [{ id: 'org_1', name: 'Acme' }],
    };
    const error = await failWith({ status: 403, json: body, headers: { 'x-request-id': 'req_flow' } });
    expect(error).toBeInstanceOf(WorkOSAuthenticationFlowError);
    const flow = error as WorkOSAuthenticationFlowError;
    expect(flow.code).toBe('organization_selection_required');
    expect(flow.pendingAuthenticationToken).toBeInstanceOf(SecretString);
    expect(flow.pendingAuthenticationToken?.expose()).toBe('pat_secret_value');
    expect(flow.details['organizations']).toEqual(body.organizations);
    expect(flow.requestId).toBe('req_flow');
    expect(flow.isForbidden()).toBe(true);
    expect(flow.message).not.toContain('pat_secret_value');
    expect(JSON.stringify(flow)).not.toContain('pat_secret_value');
    for (const code of ['email_verification_required', 'mfa_enrollment', 'mfa_challenge', 'sso_required']) {
      const other = await failWith({ status: 403, json: { code, message: code, pending_authentication_token: 'p' } });
      expect(other).toBeInstanceOf(WorkOSAuthenticationFlowError);
      expect((other as WorkOSAuthenticationFlowError).code).toBe(code);
    }
  });

  it('keeps the status class and the raw text of HTML and empty bodies from proxies', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    const error = (await failWith({ status: 502, body: html, headers: { 'content-type': 'text/html' } })) as WorkOSServerError;
    expect(error).toBeInstanceOf(WorkOSServerError);
    expect(error.status).toBe(502);
    expect(error.rawBody).toBe(html);
    expect(error.body).toBeUndefined();
    expect(error.message).toBe('things.doThing: 502 non-JSON error body');
    const empty = (await failWith({ status: 503, body: '' })) as WorkOSServerError;
    expect(empty).toBeInstanceOf(WorkOSServerError);
    expect(empty.message).toBe('things.doThing: 503 empty error body');
    const teapot = await failWith({ status: 418, json: { message: 'teapot' } });
    expect(teapot.constructor).toBe(WorkOSApiError);
    expect(teapot.status).toBe(418);
  });

  it('switches on kind and keeps the cause chain of network errors', async () => {
    const cause = new TypeError('fetch failed: ECONNREFUSED');
    const error = await failWith({ throw: cause });
    expect(error).toBeInstanceOf(WorkOSNetworkError);
    expect(error.kind).toBe('network');
    expect(error.isNetworkError()).toBe(true);
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.status).toBeUndefined();
    expect(error.isServerError()).toBe(false);
  });

  it('serialises errors without raw bodies, headers or secrets', async () => {
    const error = await failWith({ status: 401, json: { message: 'Unauthorized', access_token: 'leaky_token' } });
    const json = JSON.stringify(error);
    expect(json).not.toContain('leaky_token');
    expect(JSON.parse(json)).toMatchObject({ name: 'WorkOSUnauthorizedError', kind: 'api', status: 401 });
    expect(Object.keys(error)).not.toContain('rawBody');
    expect(Object.keys(error)).not.toContain('headers');
    expect(((error as WorkOSApiError).body as Record<string, unknown>)['access_token']).toBeInstanceOf(SecretString);
  });

  it('never puts the API key in an error', async () => {
    const key = 'sk_test_never_in_errors';
    const client = new WorkOS({ apiKey: key, transport: new MockTransport({ status: 401, json: { message: 'bad key' } }) });
    const error = await client.request({ operation: 'op', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(String(error)).not.toContain(key);
    expect(JSON.stringify(error)).not.toContain(key);
    expect((error as Error).stack ?? '').not.toContain(key);
  });
});
