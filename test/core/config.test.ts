import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  SecretString,
  VERSION,
  WorkOS,
  WorkOSConfigError,
} from '../../src/index.ts';
import { MockTransport } from '../support/mock-transport.ts';

const inBrowser = typeof navigator !== 'undefined' && navigator.userAgent.startsWith('Mozilla/5.0 ');
const KEY = 'sk_test_configsecret123';

function configError(fn: () => unknown): WorkOSConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkOSConfigError) return error;
    throw error;
  }
  throw new Error('expected a WorkOSConfigError');
}

describe('client configuration', () => {
  it('fills the documented defaults', () => {
    const { config } = new WorkOS({ apiKey: KEY });
    expect(config.baseUrl).toBe(DEFAULT_BASE_URL);
    expect(DEFAULT_BASE_URL).toBe('https://api.workos.com');
    expect(config.timeout).toBe(DEFAULT_TIMEOUT_MS);
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
    expect(config.maxRetries).toBe(DEFAULT_MAX_RETRIES);
    expect(DEFAULT_MAX_RETRIES).toBe(3);
    expect(config.userAgent).toBe(inBrowser ? undefined : `workos-edge/${VERSION}`);
    expect(DEFAULT_USER_AGENT).toBe(`workos-edge/${VERSION}`);
    expect(config.validateResponses).toBe(true);
  });

  it('accepts the API key as a SecretString and strips a trailing slash from baseUrl', () => {
    const client = new WorkOS({ apiKey: new SecretString(KEY), baseUrl: 'http://127.0.0.1:8080/prefix/' });
    expect(client.config.apiKey).toBe(KEY);
    expect(client.config.baseUrl).toBe('http://127.0.0.1:8080/prefix');
  });

  it('rejects an API key with bytes not allowed in a header, without echoing it', () => {
    const bad = 'sk_test_abc\r\nX-Injected: 1';
    const error = configError(() => new WorkOS({ apiKey: bad }));
    expect(error.option).toBe('apiKey');
    expect(error.kind).toBe('config');
    expect(error.message).not.toContain('sk_test_abc');
    expect(configError(() => new WorkOS({ apiKey: 'sk test' })).option).toBe('apiKey');
    expect(configError(() => new WorkOS({ apiKey: 'sk_tést' })).option).toBe('apiKey');
  });

  it('rejects an invalid user agent', () => {
    expect(configError(() => new WorkOS({ apiKey: KEY, userAgent: 'agent\n' })).option).toBe('userAgent');
    expect(configError(() => new WorkOS({ apiKey: KEY, userAgent: '' })).option).toBe('userAgent');
    expect(new WorkOS({ apiKey: KEY, userAgent: 'my-app/1.0 (edge)' }).config.userAgent).toBe('my-app/1.0 (edge)');
  });

  it('rejects a baseUrl that is not an absolute http(s) URL', () => {
    expect(configError(() => new WorkOS({ baseUrl: '/relative' })).option).toBe('baseUrl');
    expect(configError(() => new WorkOS({ baseUrl: 'ftp://api.workos.com' })).option).toBe('baseUrl');
    expect(configError(() => new WorkOS({ baseUrl: 'https://api.workos.com/?x=1' })).option).toBe('baseUrl');
    expect(configError(() => new WorkOS({ baseUrl: 'https://user:pw@api.workos.com' })).option).toBe('baseUrl');
  });

  it('rejects negative or non-finite timeouts and fractional retries', () => {
    expect(configError(() => new WorkOS({ timeout: -1 })).option).toBe('timeout');
    expect(configError(() => new WorkOS({ timeout: Number.NaN })).option).toBe('timeout');
    expect(configError(() => new WorkOS({ maxRetries: 1.5 })).option).toBe('maxRetries');
    expect(configError(() => new WorkOS({ maxRetries: -1 })).option).toBe('maxRetries');
    expect(new WorkOS({ timeout: 0 }).config.timeout).toBe(0);
  });

  it('rejects a transport without send and a non-function fetch', () => {
    expect(configError(() => new WorkOS({ transport: {} as never })).option).toBe('transport');
    expect(configError(() => new WorkOS({ fetch: 'nope' as never })).option).toBe('fetch');
  });

  it('tryCreate returns a result instead of throwing', () => {
    const good = WorkOS.tryCreate({ apiKey: KEY });
    expect(good.ok).toBe(true);
    if (good.ok) expect(good.client).toBeInstanceOf(WorkOS);
    const bad = WorkOS.tryCreate({ apiKey: `${KEY}\n` });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toBeInstanceOf(WorkOSConfigError);
      expect(bad.error.message).not.toContain(KEY);
    }
  });

  it('is immutable; withOptions derives a new client of the same class', () => {
    const base = new WorkOS({ apiKey: KEY, timeout: 1000 });
    expect(Object.isFrozen(base.config)).toBe(true);
    expect(() => {
      (base.config as { timeout: number }).timeout = 5;
    }).toThrow(TypeError);
    const derived = base.withOptions({ timeout: 5000, maxRetries: 0 });
    expect(derived).toBeInstanceOf(WorkOS);
    expect(derived).not.toBe(base);
    expect(derived.config.timeout).toBe(5000);
    expect(derived.config.maxRetries).toBe(0);
    expect(derived.config.apiKey).toBe(KEY);
    expect(base.config.timeout).toBe(1000);
  });

  it('keeps the API key out of JSON and enumeration', () => {
    const client = new WorkOS({ apiKey: KEY });
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(Object.keys(client.config)).not.toContain('apiKey');
  });

  it('uses the fetch option as the transport', async () => {
    const seen: string[] = [];
    const client = new WorkOS({
      apiKey: KEY,
      fetch: async (request) => {
        seen.push(request.url);
        return new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
      },
    });
    await expect(client.request({ operation: 'test', method: 'GET', path: '/x' })).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['https://api.workos.com/x']);
  });

  it('uses a custom transport', async () => {
    const transport = new MockTransport({ json: { id: 'x' } });
    const client = new WorkOS({ apiKey: KEY, transport });
    await client.request({ operation: 'test', method: 'GET', path: '/y' });
    expect(transport.requests).toHaveLength(1);
  });
});
