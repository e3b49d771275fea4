import { describe, expect, it } from 'vitest';
import { looseObject, pipe, string, transform, number } from 'valibot';
import { SecretString, WorkOS, WorkOSDecodeError, WorkOSInvalidArgumentError, VERSION } from '../../src/index.ts';
import { MockTransport } from '../support/mock-transport.ts';

const inBrowser = typeof navigator !== 'undefined' && navigator.userAgent.startsWith('Mozilla/5.0 ');
const KEY = 'sk_test_pipeline';

describe('request building', () => {
  it('sends the default headers, and Content-Type only with a body', async () => {
    const transport = new MockTransport({ json: { ok: true } });
    const client = new WorkOS({ apiKey: KEY, transport });
    await client.request({ operation: 'op', method: 'GET', path: '/organizations', query: { limit: 5 } });
    const get = transport.last;
    expect(get.method).toBe('GET');
    expect(get.url.href).toBe('https://api.workos.com/organizations?limit=5');
    expect(get.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(get.headers.get('accept')).toBe('application/json');
    // Browsers get no default User-Agent (they drop it, and it could force a CORS preflight).
    expect(get.headers.get('user-agent')).toBe(inBrowser ? null : `workos-edge/${VERSION}`);
    expect(get.headers.get('content-type')).toBeNull();
    expect(get.headers.get('idempotency-key')).toBeNull();
    expect(get.body).toBe('');

    await client.request({ operation: 'op', method: 'POST', path: '/organizations', body: { name: 'Acme', domains: ['acme.com'] } });
    const post = transport.last;
    expect(post.headers.get('content-type')).toBe('application/json');
    expect(post.body).toBe('{"name":"Acme","domains":["acme.com"]}');
  });

  it('serialises SecretString inputs as their raw value on the wire', async () => {
    const transport = new MockTransport({ json: {} });
    const client = new WorkOS({ apiKey: KEY, transport });
    await client.request({ operation: 'op', method: 'POST', path: '/x', body: { password: new SecretString('hunter2hunter2') } });
    expect(transport.last.json).toEqual({ password: 'hunter2hunter2' });
  });

  it('sends form bodies where the operation asks for them', async () => {
    const transport = new MockTransport({ json: {} });
    const client = new WorkOS({ apiKey: KEY, transport });
    await client.request({
      operation: 'op',
      method: 'POST',
      path: '/sso/token',
      body: { grant_type: 'authorization_code', code: 'a b', scopes: ['x', 'y'] },
      bodyEncoding: 'form',
    });
    expect(transport.last.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(transport.last.body).toBe('grant_type=authorization_code&code=a+b&scopes=x&scopes=y');
  });

  it('omits Authorization without a key, and for auth "none"; uses a given bearer', async () => {
    const transport = new MockTransport({ json: {} });
    const publicClient = new WorkOS({ clientId: 'client_1', transport, apiKey: '' });
    await publicClient.request({ operation: 'op', method: 'POST', path: '/a', body: {}, auth: 'optional' });
    expect(transport.last.headers.get('authorization')).toBeNull();
    const keyed = new WorkOS({ apiKey: KEY, transport });
    await keyed.request({ operation: 'op', method: 'GET', path: '/a', auth: 'none' });
    expect(transport.last.headers.get('authorization')).toBeNull();
    await keyed.request({ operation: 'op', method: 'GET', path: '/sso/profile', auth: { bearer: new SecretString('tok_1') } });
    expect(transport.last.headers.get('authorization')).toBe('Bearer tok_1');
  });

  it('refuses an API-key operation on a public client before sending, naming the operation', async () => {
    const transport = new MockTransport({ json: {} });
    const client = new WorkOS({ clientId: 'client_1', transport, apiKey: '' });
    let error: unknown;
    try {
      await client.request({ operation: 'organizations.listOrganizations', method: 'GET', path: '/organizations' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkOSInvalidArgumentError);
    expect((error as Error).message).toContain('organizations.listOrganizations');
    expect((error as WorkOSInvalidArgumentError).argument).toBe('apiKey');
    expect(transport.requests).toHaveLength(0);
  });

  it('lets per-request headers add to and override the defaults; sends the idempotency key', async () => {
    const transport = new MockTransport({ json: {} });
    const client = new WorkOS({ apiKey: KEY, transport });
    await client.request(
      { operation: 'op', method: 'POST', path: '/a', body: {}, headers: { 'X-Op-Header': 'op' } },
      { headers: { Accept: 'application/vnd.test+json', 'X-Trace': 't1' }, idempotencyKey: 'idem-1' },
    );
    expect(transport.last.headers.get('accept')).toBe('application/vnd.test+json');
    expect(transport.last.headers.get('x-trace')).toBe('t1');
    expect(transport.last.headers.get('x-op-header')).toBe('op');
    expect(transport.last.headers.get('idempotency-key')).toBe('idem-1');
  });
});

describe('response decoding', () => {
  const schema = looseObject({ id: string(), count: number(), token: pipe(string(), transform((s) => new SecretString(s))) });

  it('returns undefined for 204 and empty 2xx bodies without a schema', async () => {
    const transport = new MockTransport({ status: 204 }, { status: 200, body: '' });
    const client = new WorkOS({ apiKey: KEY, transport });
    await expect(client.request({ operation: 'op', method: 'DELETE', path: '/a' })).resolves.toBeUndefined();
    await expect(client.request({ operation: 'op', method: 'DELETE', path: '/a' })).resolves.toBeUndefined();
  });

  it('validates against the schema, keeps unknown fields and wraps secrets', async () => {
    const transport = new MockTransport({ json: { id: 'a', count: 1, token: 'tok_secret', extra: { nested: true } } });
    const client = new WorkOS({ apiKey: KEY, transport });
    const result = await client.request({ operation: 'op', method: 'GET', path: '/a', schema });
    expect(result.id).toBe('a');
    expect(result.token).toBeInstanceOf(SecretString);
    expect(result.token.expose()).toBe('tok_secret');
    expect((result as Record<string, unknown>)['extra']).toEqual({ nested: true });
    expect(JSON.stringify(result)).toBe('{"id":"a","count":1,"token":"tok_secret","extra":{"nested":true}}');
  });

  it('names the operation, path and request id when the body breaks the schema', async () => {
    const transport = new MockTransport({ json: { id: 'a', count: 'three', token: 't' }, headers: { 'x-request-id': 'req_9' } });
    const client = new WorkOS({ apiKey: KEY, transport });
    let error: unknown;
    try {
      await client.request({ operation: 'things.getThing', method: 'GET', path: '/a', schema });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkOSDecodeError);
    const decode = error as WorkOSDecodeError;
    expect(decode.path).toBe('count');
    expect(decode.operation).toBe('things.getThing');
    expect(decode.requestId).toBe('req_9');
    expect(decode.message).toContain('things.getThing');
    expect(decode.message).toContain('count');
    expect(decode.message).toContain('req_9');
  });

  it('passes JSON through (secrets still wrapped) when validation is off', async () => {
    const transport = new MockTransport({ json: { id: 'a', count: 'three', access_token: 'at' } });
    const client = new WorkOS({ apiKey: KEY, transport, validateResponses: false });
    const result = (await client.request({ operation: 'op', method: 'GET', path: '/a', schema })) as unknown as Record<string, unknown>;
    expect(result['count']).toBe('three');
    expect(result['access_token']).toBeInstanceOf(SecretString);
  });

  it('turns HTML, truncated JSON and empty bodies on 2xx into WorkOSDecodeError with status and excerpt', async () => {
    const html = '<html><body>Welcome to the proxy</body></html>';
    const transport = new MockTransport(
      { status: 200, body: html, headers: { 'x-request-id': 'req_html' } },
      { status: 200, body: '{"id":"a","cou' },
      { status: 200, body: '' },
    );
    const client = new WorkOS({ apiKey: KEY, transport });
    const errors: WorkOSDecodeError[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        await client.request({ operation: 'op', method: 'GET', path: '/a', schema });
      } catch (e) {
        errors.push(e as WorkOSDecodeError);
      }
    }
    expect(errors).toHaveLength(3);
    for (const e of errors) expect(e).toBeInstanceOf(WorkOSDecodeError);
    expect(errors[0]!.responseStatus).toBe(200);
    expect(errors[0]!.requestId).toBe('req_html');
    expect(errors[0]!.bodyExcerpt).toBe(html);
    expect(errors[0]!.message).toContain('not valid JSON');
    expect(errors[1]!.bodyExcerpt).toBe('{"id":"a","cou');
    expect(errors[2]!.message).toContain('empty response');
  });

  it('cuts long bodies to a 200-character excerpt', async () => {
    const body = 'x'.repeat(1000);
    const client = new WorkOS({ apiKey: KEY, transport: new MockTransport({ status: 200, body }) });
    const error = await client.request({ operation: 'op', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect((error as WorkOSDecodeError).bodyExcerpt).toBe(`${'x'.repeat(200)}…`);
  });
});
