import { describe, expect, it } from 'vitest';
import {
  pollDeviceAuthorization,
  startDeviceAuthorization,
  WorkOSDeviceCodeExpiredError,
} from '../../src/authkit/index.ts';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSAbortError, WorkOSOAuthError, WorkOSServerError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { MockTransport, type MockStep } from '../support/mock-transport.ts';
import { AUTH_RESPONSE } from './fixtures.ts';

const CLIENT_ID = 'client_cli';

const START = {
  device_code: 'CAwTlbtlmXJpEUp0IqhGaTXkL',
  user_code: 'BCDF-GHJK',
  verification_uri: 'https://auth.example.com/device',
  verification_uri_complete: 'https://auth.example.com/device?user_code=BCDF-GHJK',
  expires_in: 300,
  interval: 5,
};

const pending: MockStep = { status: 400, json: { error: 'authorization_pending', error_description: 'pending' } };
const slowDown: MockStep = { status: 400, json: { error: 'slow_down', error_description: 'slow down' } };

/** A fake clock advanced only by the injected sleep, which records every wait. */
function fakeTime(start = 1_700_000_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

function publicClient(transport: MockTransport): WorkOSClient {
  return new WorkOSClient({ apiKey: '', clientId: CLIENT_ID, transport, maxRetries: 0 });
}

describe('startDeviceAuthorization', () => {
  it('POSTs only client_id, without any credential, and exposes the codes', async () => {
    const transport = new MockTransport({ json: START });
    const start = await startDeviceAuthorization(publicClient(transport));
    expect(transport.last.method).toBe('POST');
    expect(transport.last.url.href).toBe('https://api.workos.com/user_management/authorize/device');
    expect(transport.last.body).toBe('{"client_id":"client_cli"}');
    expect(transport.last.headers.get('authorization')).toBeNull();
    expect(start.device_code).toBeInstanceOf(SecretString);
    expect(start.device_code.expose()).toBe(START.device_code);
    expect(start.user_code).toBe('BCDF-GHJK');
    expect(start.verification_uri).toBe(START.verification_uri);
    expect(start.verification_uri_complete).toBe(START.verification_uri_complete);
    expect(start.expires_in).toBe(300);
    expect(start.interval).toBe(5);
  });

  it('sends no client_secret even when the client has an API key', async () => {
    const transport = new MockTransport({ json: START });
    await startDeviceAuthorization(new WorkOSClient({ apiKey: 'sk_test_1', clientId: CLIENT_ID, transport }));
    expect(transport.last.json).toStrictEqual({ client_id: CLIENT_ID });
    expect(transport.last.headers.get('authorization')).toBeNull();
  });
});

describe('pollDeviceAuthorization', () => {
  it('waits the interval, keeps polling while pending, and returns the tokens', async () => {
    const transport = new MockTransport(pending, pending, { json: AUTH_RESPONSE });
    const time = fakeTime();
    const start = { ...START, device_code: new SecretString(START.device_code) };
    const result = await pollDeviceAuthorization(publicClient(transport), start, time);
    expect(result.access_token.expose()).toBe(AUTH_RESPONSE.access_token);
    expect(time.sleeps).toStrictEqual([5000, 5000, 5000]);
    expect(transport.requests).toHaveLength(3);
    for (const request of transport.requests) {
      expect(request.url.pathname).toBe('/user_management/authenticate');
      expect(request.json).toStrictEqual({
        client_id: CLIENT_ID,
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: START.device_code,
      });
    }
  });

  it('adds 5 s to the interval on every slow_down', async () => {
    const transport = new MockTransport(slowDown, pending, slowDown, { json: AUTH_RESPONSE });
    const time = fakeTime();
    await pollDeviceAuthorization(publicClient(transport), START, time);
    expect(time.sleeps).toStrictEqual([5000, 10000, 10000, 15000]);
  });

  it('defaults to a 5 s interval when the server gives none', async () => {
    const transport = new MockTransport(pending, { json: AUTH_RESPONSE });
    const time = fakeTime();
    await pollDeviceAuthorization(publicClient(transport), { device_code: 'd', expires_in: 60 }, time);
    expect(time.sleeps).toStrictEqual([5000, 5000]);
  });

  it('rejects with the OAuth error on access_denied', async () => {
    const transport = new MockTransport(pending, { status: 400, json: { error: 'access_denied', error_description: 'denied' } });
    const error = await pollDeviceAuthorization(publicClient(transport), START, fakeTime()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSOAuthError);
    expect((error as WorkOSOAuthError).error).toBe('access_denied');
    expect(transport.requests).toHaveLength(2);
  });

  it('rejects with the OAuth error on a server expired_token', async () => {
    const transport = new MockTransport({ status: 400, json: { error: 'expired_token', error_description: 'expired' } });
    const error = await pollDeviceAuthorization(publicClient(transport), START, fakeTime()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSOAuthError);
    expect((error as WorkOSOAuthError).error).toBe('expired_token');
  });

  it('stops at the expires_in deadline without another request', async () => {
    const transport = new MockTransport(pending);
    const time = fakeTime();
    const error = await pollDeviceAuthorization(publicClient(transport), { ...START, expires_in: 12 }, time).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkOSDeviceCodeExpiredError);
    expect((error as WorkOSDeviceCodeExpiredError).error).toBe('expired_token');
    expect((error as WorkOSDeviceCodeExpiredError).kind).toBe('timeout');
    // Polls at 5 s and 10 s; the wake-up at 15 s is past the 12 s deadline.
    expect(transport.requests).toHaveLength(2);
    expect(time.sleeps).toStrictEqual([5000, 5000, 5000]);
  });

  it('rejects with WorkOSAbortError when the signal aborts during a wait', async () => {
    const transport = new MockTransport(pending);
    const controller = new AbortController();
    const time = fakeTime();
    const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
      await time.sleep(ms);
      if (time.sleeps.length === 2) controller.abort(new Error('user pressed ctrl-c'));
      if (signal?.aborted) throw signal.reason;
    };
    const error = await pollDeviceAuthorization(publicClient(transport), START, { sleep, now: time.now, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkOSAbortError);
    expect(transport.requests).toHaveLength(1);
  });

  it('does not poll after an abort even when the sleep ignores the signal', async () => {
    const transport = new MockTransport(pending);
    const controller = new AbortController();
    const time = fakeTime();
    const sleep = async (ms: number): Promise<void> => {
      await time.sleep(ms);
      controller.abort();
    };
    const error = await pollDeviceAuthorization(publicClient(transport), START, { sleep, now: time.now, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkOSAbortError);
    expect(transport.requests).toHaveLength(0);
  });

  it('rejects at once with an already aborted signal', async () => {
    const transport = new MockTransport(pending);
    const error = await pollDeviceAuthorization(publicClient(transport), START, {
      ...fakeTime(),
      signal: AbortSignal.abort(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSAbortError);
    expect(transport.requests).toHaveLength(0);
  });

  it('passes other errors through unchanged', async () => {
    const transport = new MockTransport({ status: 500, json: { message: 'boom' } });
    const error = await pollDeviceAuthorization(publicClient(transport), START, fakeTime()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSServerError);
  });

  it('really waits with the default sleep (1 ms interval)', async () => {
    const transport = new MockTransport(pending, { json: AUTH_RESPONSE });
    const result = await pollDeviceAuthorization(publicClient(transport), { device_code: 'd', expires_in: 60, interval: 0.001 });
    expect(result.user.id).toBe(AUTH_RESPONSE.user.id);
  });
});
