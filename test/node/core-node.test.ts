// Node-only views of the core: environment fallback and what console.log / util.inspect print.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretString, WorkOS, WorkOSUnauthorizedError } from '../../src/index.ts';
import { readEnv } from '../../src/core/env.ts';
import { VERSION } from '../../src/core/version.ts';
import { MockTransport } from '../support/mock-transport.ts';
import packageJson from '../../package.json' with { type: 'json' };

const saved = { key: process.env['WORKOS_API_KEY'], id: process.env['WORKOS_CLIENT_ID'] };
afterEach(() => {
  for (const [name, value] of [['WORKOS_API_KEY', saved.key], ['WORKOS_CLIENT_ID', saved.id]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('environment fallback', () => {
  it('reads WORKOS_API_KEY and WORKOS_CLIENT_ID when options omit them', () => {
    process.env['WORKOS_API_KEY'] = 'sk_test_from_env';
    process.env['WORKOS_CLIENT_ID'] = 'client_from_env';
    const client = new WorkOS();
    expect(client.config.apiKey).toBe('sk_test_from_env');
    expect(client.clientId).toBe('client_from_env');
    expect(new WorkOS({ apiKey: 'sk_explicit' }).config.apiKey).toBe('sk_explicit');
  });

  it('returns undefined where there is no environment, without throwing', () => {
    const original = globalThis.process;
    try {
      Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true, writable: true });
      expect(readEnv('WORKOS_API_KEY')).toBeUndefined();
      Object.defineProperty(globalThis, 'process', {
        get() {
          throw new Error('sandbox');
        },
        configurable: true,
      });
      expect(readEnv('WORKOS_API_KEY')).toBeUndefined();
    } finally {
      Object.defineProperty(globalThis, 'process', { value: original, configurable: true, writable: true });
    }
  });
});

describe('logging never shows secrets', () => {
  it('util.inspect (console.log) prints <redacted> for secrets, clients and errors', async () => {
    const secret = new SecretString('tok_inspect_me');
    expect(inspect(secret)).toBe('<redacted>');
    expect(inspect({ nested: { secret } }, { depth: 5 })).not.toContain('tok_inspect_me');
    const client = new WorkOS({ apiKey: 'sk_test_inspect_key' });
    expect(inspect(client, { depth: 10 })).not.toContain('sk_test_inspect_key');
    const transport = new MockTransport({ status: 401, json: { message: 'no', refresh_token: 'rt_inspect' } });
    const error = await new WorkOS({ apiKey: 'sk_test_inspect_key', transport }).request({ operation: 'op', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSUnauthorizedError);
    const printed = inspect(error, { depth: 10 });
    expect(printed).not.toContain('sk_test_inspect_key');
    expect(printed).not.toContain('rt_inspect');
  });
});

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe(packageJson.version);
  });
});
