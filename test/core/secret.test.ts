import { describe, expect, it } from 'vitest';
import { SecretString, WorkOS, WorkOSAuthenticationFlowError, exposeSecret } from '../../src/index.ts';
import { MockTransport } from '../support/mock-transport.ts';

const VALUE = 'super-secret-value-123';

describe('SecretString', () => {
  it('never prints through String(), templates, concatenation or toString', () => {
    const secret = new SecretString(VALUE);
    expect(String(secret)).toBe('<redacted>');
    expect(`${secret}`).toBe('<redacted>');
    expect('x' + secret).toBe('x<redacted>');
    expect(secret.toString()).toBe('<redacted>');
    expect(Object.prototype.toString.call(secret)).toBe('[object SecretString]');
  });

  it('answers the Node and Deno inspect hooks with <redacted>', () => {
    const secret = new SecretString(VALUE) as unknown as Record<symbol, () => string>;
    expect(secret[Symbol.for('nodejs.util.inspect.custom')]!()).toBe('<redacted>');
    expect(secret[Symbol.for('Deno.customInspect')]!()).toBe('<redacted>');
  });

  it('has no enumerable state that loggers could walk', () => {
    const secret = new SecretString(VALUE);
    expect(Object.keys(secret)).toEqual([]);
    expect(Object.getOwnPropertyNames(secret)).toEqual([]);
  });

  it('emits the raw value in JSON so models keep their wire format', () => {
    const model = { id: 'user_1', access_token: new SecretString(VALUE) };
    expect(JSON.stringify(model)).toBe(`{"id":"user_1","access_token":"${VALUE}"}`);
  });

  it('exposes the value only on request', () => {
    expect(new SecretString(VALUE).expose()).toBe(VALUE);
    expect(exposeSecret(VALUE)).toBe(VALUE);
    expect(exposeSecret(new SecretString(VALUE))).toBe(VALUE);
  });

  it('stays out of error messages, String(error) and JSON.stringify(error)', async () => {
    const transport = new MockTransport({
      status: 403,
      json: { code: 'mfa_challenge', message: 'MFA required', pending_authentication_token: VALUE, user: { id: 'u' } },
    });
    const client = new WorkOS({ apiKey: 'sk_test', transport });
    const error = await client.request({ operation: 'op', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSAuthenticationFlowError);
    expect(String(error)).not.toContain(VALUE);
    expect((error as Error).message).not.toContain(VALUE);
    expect(JSON.stringify(error)).not.toContain(VALUE);
    expect(JSON.stringify(error)).toContain('<redacted>');
    expect((error as WorkOSAuthenticationFlowError).pendingAuthenticationToken?.expose()).toBe(VALUE);
  });
});
