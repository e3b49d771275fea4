// Node-only cross-check against the official SDK (@workos-inc/node 12.3.0, devDependency only):
// its signatures verify with ours, ours verify with its constructEvent / constructAction, and its
// signed Action responses equal ours byte for byte.
import { WorkOS as OfficialWorkOS } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import { signActionResponse, verifyAction } from '../../src/actions/index.ts';
import { signWebhook, verifyWebhook, WorkOSWebhookError } from '../../src/webhooks/index.ts';
import { interopVectors } from '../fixtures/interop-vectors.ts';

const official = new OfficialWorkOS('sk_test_interop');
const SECRET = 'whsec_interop_secret';
const { payload } = interopVectors.webhook;

describe('webhooks interop with @workos-inc/node', () => {
  it('verifies a header the official SDK computes', async () => {
    const t = Date.now();
    const header = `t=${t}, v1=${await official.webhooks.computeSignature(t, payload, SECRET)}`;
    const event = await verifyWebhook({ payload, signatureHeader: header, secret: SECRET });
    expect(event).toStrictEqual(JSON.parse(payload));
  });

  it('the official constructEvent accepts our header (and rejects it with another secret)', async () => {
    const header = await signWebhook({ payload, secret: SECRET });
    const event = (await official.webhooks.constructEvent({ payload, sigHeader: header, secret: SECRET })) as { id: string; event: string };
    expect(event.id).toBe('event_01VECTOR');
    expect(event.event).toBe('user.created');
    await expect(official.webhooks.constructEvent({ payload, sigHeader: header, secret: 'other' })).rejects.toThrow(
      'Signature hash does not match',
    );
  });

  it('both reject the same tampered payload', async () => {
    const header = await signWebhook({ payload, secret: SECRET });
    const tampered = payload.replace('Ada', 'Eve');
    await expect(official.webhooks.constructEvent({ payload: tampered, sigHeader: header, secret: SECRET })).rejects.toThrow();
    await expect(verifyWebhook({ payload: tampered, signatureHeader: header, secret: SECRET })).rejects.toThrow(WorkOSWebhookError);
  });
});

describe('actions interop with @workos-inc/node', () => {
  const action = JSON.stringify({
    id: 'action_01',
    object: 'user_registration_action_context',
    user_data: { object: 'user_data', email: 'ada@example.com', name: null, first_name: 'Ada', last_name: 'Lovelace' },
    ip_address: '203.0.113.7',
  });

  it('the official constructAction accepts our signed request and we accept its', async () => {
    const header = await signWebhook({ payload: action, secret: SECRET });
    const context = (await official.actions.constructAction({ payload: action, sigHeader: header, secret: SECRET })) as { id: string };
    expect(context.id).toBe('action_01');
    const t = Date.now();
    const theirs = `t=${t}, v1=${await official.actions.computeSignature(t, action, SECRET)}`;
    expect((await verifyAction({ payload: action, signatureHeader: theirs, secret: SECRET })).object).toBe('user_registration_action_context');
  });

  it('signs the same response body as the official signResponse', async () => {
    for (const data of [
      { type: 'authentication', verdict: 'Allow' },
      { type: 'user_registration', verdict: 'Deny', errorMessage: 'Registrations are closed' },
    ] as const) {
      const theirs = await official.actions.signResponse(data, SECRET);
      const ours = await signActionResponse({ ...data, secret: SECRET, timestamp: theirs.payload.timestamp });
      expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
    }
  });
});
