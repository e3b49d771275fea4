import { describe, expect, it } from 'vitest';
import {
  RequestStrategy,
  RETRY_AFTER_MAX_MS,
  RETRY_BACKOFF_FACTOR,
  RETRY_INITIAL_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  WorkOS,
  WorkOSAbortError,
  WorkOSNetworkError,
  WorkOSRateLimitError,
  WorkOSServerError,
  WorkOSTimeoutError,
  type ClientOptions,
} from '../../src/index.ts';
import { retryTimersKey } from '../../src/core/client.ts';
import { backoffDelay, parseRetryAfter } from '../../src/core/retry.ts';
import { MockTransport, type MockStep } from '../support/mock-transport.ts';
import { recordingTimers, type RecordingTimers } from '../support/timers.ts';

const unavailable: MockStep = { status: 503, json: { message: 'unavailable' } };
const ok: MockStep = { status: 200, json: { ok: true } };

function setup(steps: MockStep[], options: ClientOptions = {}, timers: RecordingTimers = recordingTimers()) {
  const transport = new MockTransport(...steps);
  const client = new WorkOS({ apiKey: 'sk_test_retry', transport, ...options, [retryTimersKey]: timers } as ClientOptions);
  return { transport, client, timers };
}

describe('retries', () => {
  it('retries a GET on 408, 429, 500, 502, 503 and 504, then succeeds', async () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      const { client, transport } = setup([{ status, json: {} }, ok]);
      await expect(client.request({ operation: 'op', method: 'GET', path: '/a' })).resolves.toEqual({ ok: true });
      expect(transport.requests).toHaveLength(2);
    }
  });

  it('does not retry other statuses', async () => {
    for (const status of [400, 401, 403, 404, 409, 422, 501]) {
      const { client, transport } = setup([{ status, json: {} }, ok]);
      await expect(client.request({ operation: 'op', method: 'GET', path: '/a' })).rejects.toBeDefined();
      expect(transport.requests).toHaveLength(1);
    }
  });

  it('sends a POST, PUT, PATCH or DELETE without an idempotency key exactly once', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const { client, transport } = setup([unavailable, ok]);
      await expect(client.request({ operation: 'op', method, path: '/a', body: {} })).rejects.toBeInstanceOf(WorkOSServerError);
      expect(transport.requests).toHaveLength(1);
    }
  });

  it('retries a POST carrying an idempotency key and resends the same key every attempt', async () => {
    const { client, transport } = setup([unavailable, unavailable, ok]);
    await client.request({ operation: 'op', method: 'POST', path: '/a', body: { n: 1 } }, { idempotencyKey: 'key-123' });
    expect(transport.requests).toHaveLength(3);
    expect(transport.requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['key-123', 'key-123', 'key-123']);
    expect(transport.requests.map((r) => r.body)).toEqual(['{"n":1}', '{"n":1}', '{"n":1}']);
  });

  it('gives up after maxRetries and surfaces the last error', async () => {
    const { client, transport } = setup([unavailable], { maxRetries: 2 });
    await expect(client.request({ operation: 'op', method: 'GET', path: '/a' })).rejects.toBeInstanceOf(WorkOSServerError);
    expect(transport.requests).toHaveLength(3);
    const perCall = setup([unavailable]);
    await expect(perCall.client.request({ operation: 'op', method: 'GET', path: '/a' }, { maxRetries: 0 })).rejects.toBeInstanceOf(WorkOSServerError);
    expect(perCall.transport.requests).toHaveLength(1);
  });

  it('backs off exponentially with equal jitter, capped', async () => {
    expect(RETRY_INITIAL_DELAY_MS).toBe(250);
    expect(RETRY_BACKOFF_FACTOR).toBe(2);
    expect(RETRY_MAX_DELAY_MS).toBe(8000);
    const { client, timers } = setup([unavailable], { maxRetries: 3 }, recordingTimers(0.5));
    await client.request({ operation: 'op', method: 'GET', path: '/a' }).catch(() => undefined);
    // Equal jitter with random()=0.5: half fixed + half of the other half.
    expect(timers.delays).toEqual([187.5, 375, 750]);
    expect(backoffDelay(0, true, () => 0)).toBe(125);
    expect(backoffDelay(0, true, () => 0.999999)).toBeLessThan(250);
    expect(backoffDelay(10, false)).toBe(8000);
    expect(backoffDelay(10, true, () => 0)).toBe(4000);
  });

  it('lets Retry-After (seconds or HTTP date) replace the computed delay', async () => {
    const { client, timers } = setup([{ status: 429, json: {}, headers: { 'Retry-After': '2' } }, ok]);
    await client.request({ operation: 'op', method: 'GET', path: '/a' });
    expect(timers.delays).toEqual([2000]);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(5);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:29:00 GMT'))).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('stops retrying when Retry-After exceeds the cap, keeping retryAfter on the error', async () => {
    expect(RETRY_AFTER_MAX_MS).toBe(60_000);
    const { client, transport, timers } = setup([{ status: 429, json: { message: 'later' }, headers: { 'Retry-After': '3600' } }, ok]);
    const error = await client.request({ operation: 'op', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSRateLimitError);
    expect((error as WorkOSRateLimitError).retryAfter).toBe(3600);
    expect(transport.requests).toHaveLength(1);
    expect(timers.delays).toEqual([]);
  });

  it('retries network failures and attempt timeouts for safe methods', async () => {
    const network = setup([{ throw: new TypeError('fetch failed') }, ok]);
    await expect(network.client.request({ operation: 'op', method: 'GET', path: '/a' })).resolves.toEqual({ ok: true });
    expect(network.transport.requests).toHaveLength(2);

    const slow = setup([{ status: 200, json: { late: true }, delayMs: 5_000 }, ok], { timeout: 20 });
    await expect(slow.client.request({ operation: 'op', method: 'GET', path: '/a' })).resolves.toEqual({ ok: true });
    expect(slow.transport.requests).toHaveLength(2);
  });

  it('surfaces WorkOSTimeoutError when every attempt times out', async () => {
    const { client, transport } = setup([{ status: 200, json: {}, delayMs: 5_000 }], { timeout: 10, maxRetries: 1 });
    const error = await client.request({ operation: 'users.getUser', method: 'GET', path: '/a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSTimeoutError);
    expect((error as WorkOSTimeoutError).timeoutMs).toBe(10);
    expect((error as Error).message).toBe('users.getUser timed out after 10 ms');
    expect(transport.requests).toHaveLength(2);
    const perCall = setup([{ status: 200, json: {}, delayMs: 5_000 }, ok], { timeout: 60_000 });
    await expect(perCall.client.request({ operation: 'op', method: 'POST', path: '/a', body: {} }, { timeout: 10 })).rejects.toBeInstanceOf(WorkOSTimeoutError);
    expect(perCall.transport.requests).toHaveLength(1);
  });

  it('surfaces a network error on a POST without retrying it', async () => {
    const { client, transport } = setup([{ throw: new TypeError('socket hang up') }, ok]);
    await expect(client.request({ operation: 'op', method: 'POST', path: '/a', body: {} })).rejects.toBeInstanceOf(WorkOSNetworkError);
    expect(transport.requests).toHaveLength(1);
  });
});

describe('request strategies', () => {
  it('once: a single attempt even for GET', async () => {
    const { client, transport } = setup([unavailable, ok]);
    await expect(client.request({ operation: 'op', method: 'GET', path: '/a' }, { strategy: RequestStrategy.once() })).rejects.toBeInstanceOf(WorkOSServerError);
    expect(transport.requests).toHaveLength(1);
  });

  it('idempotent(key): sends the key and makes a POST retry-eligible', async () => {
    const { client, transport } = setup([unavailable, ok]);
    await client.request({ operation: 'op', method: 'POST', path: '/a', body: {} }, { strategy: RequestStrategy.idempotent('idem-9') });
    expect(transport.requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['idem-9', 'idem-9']);
  });

  it('retry({ maxAttempts }) bounds the attempts in all', async () => {
    const { client, transport } = setup([unavailable], { maxRetries: 10 });
    await client.request({ operation: 'op', method: 'GET', path: '/a' }, { strategy: RequestStrategy.retry({ maxAttempts: 2 }) }).catch(() => undefined);
    expect(transport.requests).toHaveLength(2);
  });

  it('exponentialBackoff({ maxAttempts, jitter: false }) waits exact doubling delays', async () => {
    const { client, transport, timers } = setup([unavailable]);
    await client
      .request({ operation: 'op', method: 'GET', path: '/a' }, { strategy: RequestStrategy.exponentialBackoff({ maxAttempts: 4, jitter: false }) })
      .catch(() => undefined);
    expect(transport.requests).toHaveLength(4);
    expect(timers.delays).toEqual([250, 500, 1000]);
  });
});

describe('cancellation', () => {
  it('rejects at once with WorkOSAbortError when the signal already fired, sending nothing', async () => {
    const { client, transport } = setup([ok]);
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const error = await client.request({ operation: 'op', method: 'GET', path: '/a' }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSAbortError);
    expect((error as WorkOSAbortError).isAborted()).toBe(true);
    expect(transport.requests).toHaveLength(0);
  });

  it('aborts the in-flight attempt without retrying', async () => {
    const transport = new MockTransport({ status: 200, json: {}, delayMs: 10_000 });
    const client = new WorkOS({ apiKey: 'sk_test', transport });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.request({ operation: 'op', method: 'GET', path: '/a' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 10);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSAbortError);
    expect(((error as WorkOSAbortError).cause as Error).message).toBe('stop');
    expect(transport.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('cancels a pending backoff sleep immediately', async () => {
    // Real timers here: Retry-After asks for 50 s, the abort comes after 20 ms.
    const transport = new MockTransport({ status: 503, json: {}, headers: { 'Retry-After': '50' } }, ok);
    const client = new WorkOS({ apiKey: 'sk_test', transport });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.request({ operation: 'op', method: 'GET', path: '/a' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(WorkOSAbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(transport.requests).toHaveLength(1);
  });
});
