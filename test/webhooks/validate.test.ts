import { describe, expect, it } from 'vitest';
import { WorkOSDecodeError } from '../../src/core/errors.ts';
import { isWebhookEvent, signWebhook, verifyWebhook, WorkOSWebhookError } from '../../src/webhooks/index.ts';
import { verifyWebhookAndValidate } from '../../src/webhooks/validate.ts';
import { interopVectors } from '../fixtures/interop-vectors.ts';

const vector = interopVectors.webhook;
const SECRET = 'whsec_validate';
const T = 1_767_225_600_000;

async function signed(body: unknown): Promise<{ payload: string; signatureHeader: string; secret: string; now: () => number }> {
  const payload = JSON.stringify(body);
  return { payload, signatureHeader: await signWebhook({ payload, secret: SECRET, timestamp: T }), secret: SECRET, now: () => T };
}

describe('isWebhookEvent', () => {
  it('narrows to the typed payload of the named event', async () => {
    const event = await verifyWebhook({ payload: vector.payload, signatureHeader: vector.signature_header, secret: vector.secret, now: () => vector.timestamp_ms });
    expect(isWebhookEvent(event, 'user.deleted')).toBe(false);
    if (!isWebhookEvent(event, 'user.created')) throw new Error('expected user.created');
    // Typed access: data is the generated user model.
    const email: string = event.data.email;
    expect(email).toBe('ada@example.com');
  });
});

describe('verifyWebhookAndValidate (@workos-edge/sdk/webhooks/validate)', () => {
  it('accepts the official webhook vector (which has no `object` field) and returns it unchanged', async () => {
    const event = await verifyWebhookAndValidate({
      payload: vector.payload,
      signatureHeader: vector.signature_header,
      secret: vector.secret,
      now: () => vector.timestamp_ms,
    });
    expect(event).toStrictEqual(JSON.parse(vector.payload));
    expect('object' in event).toBe(false);
  });

  it('keeps an `object: "event"` the body does carry', async () => {
    const body = { object: 'event', ...JSON.parse(vector.payload) };
    expect(await verifyWebhookAndValidate(await signed(body))).toStrictEqual(body);
  });

  it('rejects a known event whose data does not match its schema with a WorkOSDecodeError naming the path', async () => {
    const body = JSON.parse(vector.payload) as { data: Record<string, unknown> };
    delete body.data['email'];
    let caught: unknown;
    try {
      await verifyWebhookAndValidate(await signed(body));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkOSDecodeError);
    expect((caught as WorkOSDecodeError).path).toBe('data.email');
    expect((caught as WorkOSDecodeError).kind).toBe('decode');
    // The plain path does not validate, so the same body verifies there.
    expect((await verifyWebhook(await signed(body))).id).toBe('event_01VECTOR');
  });

  it('passes an unknown event type through untouched', async () => {
    const body = { id: 'event_9', event: 'brand_new.thing', data: { anything: [1, 2] }, created_at: '2026-01-01T00:00:00.000Z' };
    expect(await verifyWebhookAndValidate(await signed(body))).toStrictEqual(body);
  });

  it('still verifies the signature first', async () => {
    const opts = await signed(JSON.parse(vector.payload));
    await expect(verifyWebhookAndValidate({ ...opts, secret: 'wrong' })).rejects.toThrow(WorkOSWebhookError);
  });
});
