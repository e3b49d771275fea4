// The pipeline against real sockets: faults a fetch implementation can only produce over a network.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  WorkOS,
  WorkOSDecodeError,
  WorkOSNetworkError,
  WorkOSServerError,
  WorkOSTimeoutError,
  WorkOSUnprocessableEntityError,
  type ClientOptions,
} from '../../src/index.ts';
import { retryTimersKey } from '../../src/core/client.ts';
import { recordingTimers } from '../support/timers.ts';
import { startFakeWorkOS, type FakeWorkOS } from './fake-workos-server.ts';

let server: FakeWorkOS;
beforeAll(async () => {
  server = await startFakeWorkOS();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function client(options: ClientOptions = {}) {
  const timers = recordingTimers();
  return { timers, workos: new WorkOS({ apiKey: 'sk_test_fake', baseUrl: server.url, ...options, [retryTimersKey]: timers } as ClientOptions) };
}

describe('pipeline over real HTTP', () => {
  it('sends a non-idempotent POST that fails with 503 exactly once', async () => {
    server.script('POST /organizations', { status: 503, json: { message: 'down' } }, { status: 201, json: { id: 'org_1' } });
    const { workos } = client();
    await expect(workos.request({ operation: 'op', method: 'POST', path: '/organizations', body: { name: 'Acme' } })).rejects.toBeInstanceOf(WorkOSServerError);
    expect(server.count('POST /organizations')).toBe(1);
  });

  it('retries a POST with an idempotency key through 503s, same key each time', async () => {
    server.script('POST /organizations', { status: 503, json: {} }, { status: 502, body: '<html>bad gateway</html>' }, { status: 201, json: { id: 'org_1' } });
    const { workos, timers } = client();
    const org = await workos.request({ operation: 'op', method: 'POST', path: '/organizations', body: { name: 'Acme' } }, { idempotencyKey: 'k-1' });
    expect(org).toEqual({ id: 'org_1' });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['k-1', 'k-1', 'k-1']);
    expect(server.requests.map((r) => r.body)).toEqual(['{"name":"Acme"}', '{"name":"Acme"}', '{"name":"Acme"}']);
    expect(timers.delays).toHaveLength(2);
  });

  it('honours Retry-After from the server', async () => {
    server.script('GET /organizations/org_1', { status: 429, json: {}, headers: { 'retry-after': '1' } }, { status: 200, json: { id: 'org_1' } });
    const { workos, timers } = client();
    await workos.request({ operation: 'op', method: 'GET', path: '/organizations/org_1' });
    expect(timers.delays).toEqual([1000]);
    expect(server.count('GET /organizations/org_1')).toBe(2);
  });

  it('retries a GET after a connection reset, and reports a network error when resets persist', async () => {
    server.script('GET /users/u1', { reset: true }, { status: 200, json: { id: 'u1' } });
    const { workos } = client();
    await expect(workos.request({ operation: 'op', method: 'GET', path: '/users/u1' })).resolves.toEqual({ id: 'u1' });
    expect(server.count('GET /users/u1')).toBe(2);

    server.script('GET /users/u2', { reset: true });
    const error = await client({ maxRetries: 2 }).workos.request({ operation: 'users.getUser', method: 'GET', path: '/users/u2' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSNetworkError);
    expect((error as Error).message).toContain('users.getUser');
    expect((error as Error).cause).toBeDefined();
    expect(server.count('GET /users/u2')).toBe(3);
  });

  it('reports connection refused as a network error', async () => {
    const closed = await startFakeWorkOS();
    const url = closed.url;
    await closed.close();
    const workos = new WorkOS({ apiKey: 'sk_test', baseUrl: url, maxRetries: 0 });
    await expect(workos.request({ operation: 'op', method: 'GET', path: '/a' })).rejects.toBeInstanceOf(WorkOSNetworkError);
  });

  it('times out a slow attempt and retries it', async () => {
    server.script('GET /slow', { status: 200, json: { late: true }, delayMs: 2_000 }, { status: 200, json: { fast: true } });
    const { workos } = client({ timeout: 100 });
    await expect(workos.request({ operation: 'op', method: 'GET', path: '/slow' })).resolves.toEqual({ fast: true });
    server.script('GET /slow', { status: 200, json: {}, delayMs: 2_000 });
    await expect(client({ timeout: 50, maxRetries: 0 }).workos.request({ operation: 'op', method: 'GET', path: '/slow' })).rejects.toBeInstanceOf(WorkOSTimeoutError);
  });

  it('turns a truncated 2xx body into a network error (retried) and a truncated JSON into a decode error', async () => {
    server.script('GET /trunc', { status: 200, json: { id: 'x'.repeat(200) }, truncate: true });
    const error = await client({ maxRetries: 1 }).workos.request({ operation: 'op', method: 'GET', path: '/trunc' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSNetworkError);
    expect(server.count('GET /trunc')).toBe(2);
    server.script('GET /cut', { status: 200, body: '{"id":"abc', headers: { 'content-type': 'application/json' } });
    await expect(client().workos.request({ operation: 'op', method: 'GET', path: '/cut' })).rejects.toBeInstanceOf(WorkOSDecodeError);
  });

  it('keeps the 422 field list and the request id from the real headers', async () => {
    server.script('POST /organizations', {
      status: 422,
      json: { message: 'Validation failed', errors: [{ field: 'name', code: 'required' }] },
      headers: { 'X-Request-ID': 'req_422' },
    });
    const error = (await client().workos.request({ operation: 'op', method: 'POST', path: '/organizations', body: {} }).catch((e: unknown) => e)) as WorkOSUnprocessableEntityError;
    expect(error).toBeInstanceOf(WorkOSUnprocessableEntityError);
    expect(error.errors).toEqual([{ field: 'name', code: 'required' }]);
    expect(error.requestId).toBe('req_422');
  });

  it('sends the documented headers over the wire', async () => {
    server.script('POST /echo', { status: 200, json: {} });
    await client().workos.request({ operation: 'op', method: 'POST', path: '/echo', body: { a: 1 } });
    const [request] = server.requests;
    expect(request?.headers['authorization']).toBe('Bearer sk_test_fake');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['accept']).toBe('application/json');
    expect(request?.headers['user-agent']).toMatch(/^workos-edge\//);
  });
});
