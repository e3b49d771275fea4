import { describe, expect, it } from 'vitest';
import { signActionResponse, verifyAction, constructAction, WorkOSWebhookError } from '../../src/actions/index.ts';
import { computeSignature, signWebhook } from '../../src/webhooks/index.ts';

const SECRET = 'test_secret';
const T = 1_767_225_600_000;
const AUTH_ACTION = JSON.stringify({
  id: 'action_01',
  object: 'authentication_action_context',
  user: { object: 'user', id: 'user_01', email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' },
  organization: { object: 'organization', id: 'org_01', name: 'Acme' },
  ip_address: '203.0.113.7',
  user_agent: 'Mozilla/5.0',
});

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkOSWebhookError) return error.reason;
    throw error;
  }
  return 'resolved';
}

describe('signActionResponse (wire-formats §1)', () => {
  // Signatures computed independently with Node's crypto.createHmac over `${t}.${JSON}`.
  it('signs a Deny with error_message, keys in wire order', async () => {
    const response = await signActionResponse({ type: 'authentication', verdict: 'Deny', errorMessage: 'Blocked', secret: SECRET, timestamp: T });
    expect(JSON.stringify(response)).toBe(
      '{"object":"authentication_action_response","payload":{"timestamp":1767225600000,"verdict":"Deny","error_message":"Blocked"},' +
        '"signature":"6e652266b7f49a711cba49afb4998c889b7e0a5f99766a641f967bc7700fa123"}',
    );
  });

  it('signs an Allow without error_message (even when one is given)', async () => {
    const response = await signActionResponse({ type: 'user_registration', verdict: 'Allow', errorMessage: 'ignored', secret: SECRET, timestamp: T });
    expect(JSON.stringify(response)).toBe(
      '{"object":"user_registration_action_response","payload":{"timestamp":1767225600000,"verdict":"Allow"},' +
        '"signature":"b257dd69b6aee4dc1479e42cebcf6b64f9e903855c43d3e1bf39b60758c5a94b"}',
    );
  });

  it('defaults the timestamp to now', async () => {
    const before = Date.now();
    const response = await signActionResponse({ type: 'authentication', verdict: 'Allow', secret: SECRET });
    expect(response.payload.timestamp).toBeGreaterThanOrEqual(before);
    expect(response.payload.timestamp).toBeLessThanOrEqual(Date.now());
    expect(response.signature).toBe(await computeSignature(response.payload.timestamp, JSON.stringify(response.payload), SECRET));
  });
});

describe('verifyAction', () => {
  it('returns the wire-format context of a correctly signed request', async () => {
    const header = await signWebhook({ payload: AUTH_ACTION, secret: SECRET, timestamp: T });
    const action = await verifyAction({ payload: AUTH_ACTION, signatureHeader: header, secret: SECRET, now: () => T });
    expect(action).toStrictEqual(JSON.parse(AUTH_ACTION));
    if (action.object !== 'authentication_action_context') throw new Error('expected an authentication action');
    expect(action.user.email).toBe('ada@example.com');
    const request = new Request('https://example.com/actions', { method: 'POST', body: AUTH_ACTION, headers: { 'workos-signature': header } });
    expect((await constructAction({ payload: request, secret: SECRET, now: () => T })).id).toBe('action_01');
  });

  it('defaults to a 30 000 ms tolerance in both directions', async () => {
    const header = await signWebhook({ payload: AUTH_ACTION, secret: SECRET, timestamp: T });
    const at = (now: number): Promise<string> => reasonOf(verifyAction({ payload: AUTH_ACTION, signatureHeader: header, secret: SECRET, now: () => now }));
    expect(await at(T + 30_000)).toBe('resolved');
    expect(await at(T - 30_000)).toBe('resolved');
    expect(await at(T + 30_001)).toBe('timestamp_outside_tolerance');
    expect(await at(T - 30_001)).toBe('timestamp_outside_tolerance');
    expect(await reasonOf(verifyAction({ payload: AUTH_ACTION, signatureHeader: header, secret: SECRET, tolerance: 60_000, now: () => T + 59_000 }))).toBe(
      'resolved',
    );
  });

  it('rejects a tampered body, a wrong secret and a missing header', async () => {
    const header = await signWebhook({ payload: AUTH_ACTION, secret: SECRET, timestamp: T });
    const tampered = AUTH_ACTION.replace('ada@example.com', 'eve@example.com');
    expect(await reasonOf(verifyAction({ payload: tampered, signatureHeader: header, secret: SECRET, now: () => T }))).toBe('signature_mismatch');
    expect(await reasonOf(verifyAction({ payload: AUTH_ACTION, signatureHeader: header, secret: 'nope', now: () => T }))).toBe('signature_mismatch');
    expect(await reasonOf(verifyAction({ payload: AUTH_ACTION, signatureHeader: undefined, secret: SECRET, now: () => T }))).toBe('missing_header');
  });
});
