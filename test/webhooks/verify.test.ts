import { describe, expect, it } from 'vitest';
import { WorkOSError, WorkOSInvalidArgumentError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import {
  computeSignature,
  constructEvent,
  parseSignatureHeader,
  signWebhook,
  verifyWebhook,
  WorkOSWebhookError,
  type WebhookErrorReason,
} from '../../src/webhooks/index.ts';
import { hmacHex } from '../../src/webhooks/signature.ts';
import { interopVectors } from '../fixtures/interop-vectors.ts';

const vector = interopVectors.webhook;
const atVector = (): number => vector.timestamp_ms;
const SECRET = 'whsec_unit_secret';
const BODY = JSON.stringify({
  id: 'event_01',
  event: 'organization.created',
  data: { object: 'organization', id: 'org_01', name: 'Acme' },
  created_at: '2026-01-01T00:00:00.000Z',
});
const T = 1_767_225_600_000;

async function header(body: string | Uint8Array, timestamp = T, secret = SECRET): Promise<string> {
  return `t=${timestamp}, v1=${await computeSignature(timestamp, body, secret)}`;
}

async function reasonOf(promise: Promise<unknown>): Promise<WebhookErrorReason | string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkOSWebhookError) return error.reason;
    throw error;
  }
  return 'resolved';
}

describe('HMAC vectors (wire-formats §1, key test_secret)', () => {
  it('hex-encodes HMAC-SHA256 of the documented messages', async () => {
    const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
    expect(await hmacHex(utf8(''), 'test_secret')).toBe('f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd');
    expect(await hmacHex(utf8('😀'), 'test_secret')).toBe('837da296d05c4fe31f61d5d7ead035099d9585a5bcde87de952012a78f0b0c43');
  });

  it('signs `${t}.${body}` as UTF-8 for string bodies and byte-for-byte for binary ones', async () => {
    const direct = await hmacHex(new TextEncoder().encode('5.😀'), 'test_secret');
    expect(await computeSignature(5, '😀', 'test_secret')).toBe(direct);
    expect(await computeSignature('5', new TextEncoder().encode('😀'), 'test_secret')).toBe(direct);
    expect(await computeSignature(5, new TextEncoder().encode('😀').buffer, new SecretString('test_secret'))).toBe(direct);
  });
});

describe('verifyWebhook: interop vector from @workos-inc/node', () => {
  it('accepts the official signature header and returns the parsed event', async () => {
    const event = await verifyWebhook({
      payload: vector.payload,
      signatureHeader: vector.signature_header,
      secret: vector.secret,
      now: atVector,
    });
    expect(event).toStrictEqual(JSON.parse(vector.payload));
    expect(event.event).toBe('user.created');
    expect(event.id).toBe('event_01VECTOR');
  });

  it('produces the official v1 hex for the same timestamp and body', async () => {
    expect(await computeSignature(vector.timestamp_ms, vector.payload, vector.secret)).toBe(vector.v1_hex);
    expect(await signWebhook({ payload: vector.payload, secret: vector.secret, timestamp: vector.timestamp_ms })).toBe(
      vector.signature_header,
    );
  });

  it('accepts the body as Uint8Array, ArrayBuffer and Request', async () => {
    const bytes = new TextEncoder().encode(vector.payload);
    const opts = { signatureHeader: vector.signature_header, secret: vector.secret, now: atVector };
    expect((await verifyWebhook({ ...opts, payload: bytes })).id).toBe('event_01VECTOR');
    expect((await verifyWebhook({ ...opts, payload: bytes.buffer })).id).toBe('event_01VECTOR');
    // A view into a larger buffer: only the viewed bytes are signed.
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    expect((await verifyWebhook({ ...opts, payload: padded.subarray(4, 4 + bytes.length) })).id).toBe('event_01VECTOR');
    const request = new Request('https://example.com/webhooks', {
      method: 'POST',
      body: vector.payload,
      headers: { 'WorkOS-Signature': vector.signature_header },
    });
    // Header read from the request itself.
    expect((await verifyWebhook({ payload: request, secret: vector.secret, now: atVector })).id).toBe('event_01VECTOR');
  });

  it('rejects a Request whose body was already read', async () => {
    const request = new Request('https://example.com/webhooks', { method: 'POST', body: vector.payload });
    await request.text();
    await expect(
      verifyWebhook({ payload: request, signatureHeader: vector.signature_header, secret: vector.secret, now: atVector }),
    ).rejects.toThrow(WorkOSInvalidArgumentError);
  });

  it('accepts the secret as a SecretString and constructEvent as an alias (with sigHeader)', async () => {
    const event = await constructEvent({
      payload: vector.payload,
      sigHeader: vector.signature_header,
      secret: new SecretString(vector.secret),
      now: atVector,
    });
    expect(event.id).toBe('event_01VECTOR');
  });
});

describe('verifyWebhook: header parsing', () => {
  it('accepts keys in any order, with or without whitespace, unknown keys ignored', async () => {
    const sig = await computeSignature(T, BODY, SECRET);
    for (const h of [`t=${T},v1=${sig}`, `v1=${sig}, t=${T}`, `  t = ${T} ,  v1 = ${sig}  `, `t=${T}, v0=abc, v1=${sig}`]) {
      const event = await verifyWebhook({ payload: BODY, signatureHeader: h, secret: SECRET, now: () => T });
      expect(event.id).toBe('event_01');
    }
  });

  it('accepts when any of several v1 values matches (secret rotation)', async () => {
    const good = await computeSignature(T, BODY, SECRET);
    const other = await computeSignature(T, BODY, 'old_secret');
    const event = await verifyWebhook({
      payload: BODY,
      signatureHeader: `t=${T}, v1=${other}, v1=${good}`,
      secret: SECRET,
      now: () => T,
    });
    expect(event.id).toBe('event_01');
    expect(
      await reasonOf(verifyWebhook({ payload: BODY, signatureHeader: `t=${T}, v1=${other}, v1=${other}`, secret: SECRET, now: () => T })),
    ).toBe('signature_mismatch');
  });

  it('accepts an uppercase hex signature', async () => {
    const sig = (await computeSignature(T, BODY, SECRET)).toUpperCase();
    expect((await verifyWebhook({ payload: BODY, signatureHeader: `t=${T}, v1=${sig}`, secret: SECRET, now: () => T })).id).toBe('event_01');
  });

  it('parses the header into timestamp and every v1', () => {
    expect(parseSignatureHeader('v1=aa, t=12, v1=bb')).toEqual({ timestamp: '12', signatures: ['aa', 'bb'] });
  });

  it('classifies missing and malformed headers', async () => {
    const cases: [string | null | undefined, WebhookErrorReason][] = [
      [undefined, 'missing_header'],
      [null, 'missing_header'],
      ['', 'missing_header'],
      ['   ', 'missing_header'],
      ['v1=abcd', 'malformed_header'],
      [`t=${T}`, 'malformed_header'],
      ['t=abc, v1=00', 'malformed_header'],
      ['t=-5, v1=00', 'malformed_header'],
      ['t=1.5, v1=00', 'malformed_header'],
      ['t=99999999999999999999, v1=00', 'malformed_header'],
      [`t=${T}, t=${T}, v1=00`, 'malformed_header'],
      ['garbage', 'malformed_header'],
    ];
    for (const [h, reason] of cases) {
      expect([h, await reasonOf(verifyWebhook({ payload: BODY, signatureHeader: h, secret: SECRET, now: () => T }))]).toEqual([h, reason]);
    }
  });
});

describe('verifyWebhook: tolerance', () => {
  it('defaults to 180 000 ms in both directions, inclusive', async () => {
    const h = await header(BODY);
    const at = (now: number): Promise<string> => reasonOf(verifyWebhook({ payload: BODY, signatureHeader: h, secret: SECRET, now: () => now }));
    expect(await at(T + 180_000)).toBe('resolved');
    expect(await at(T - 180_000)).toBe('resolved');
    expect(await at(T + 180_001)).toBe('timestamp_outside_tolerance');
    expect(await at(T - 180_001)).toBe('timestamp_outside_tolerance');
  });

  it('honours a custom tolerance', async () => {
    const h = await header(BODY);
    const run = (tolerance: number): Promise<string> =>
      reasonOf(verifyWebhook({ payload: BODY, signatureHeader: h, secret: SECRET, tolerance, now: () => T + 5_000 }));
    expect(await run(4_999)).toBe('timestamp_outside_tolerance');
    expect(await run(5_000)).toBe('resolved');
  });

  it('uses the real clock by default (a fresh signature verifies, the vector does not)', async () => {
    const h = await signWebhook({ payload: BODY, secret: SECRET });
    expect((await verifyWebhook({ payload: BODY, signatureHeader: h, secret: SECRET })).id).toBe('event_01');
    expect(await reasonOf(verifyWebhook({ payload: vector.payload, signatureHeader: vector.signature_header, secret: vector.secret }))).toBe(
      'timestamp_outside_tolerance',
    );
  });

  it('rejects a negative or non-numeric tolerance as an argument error', async () => {
    const h = await header(BODY);
    await expect(verifyWebhook({ payload: BODY, signatureHeader: h, secret: SECRET, tolerance: -1, now: () => T })).rejects.toThrow(
      WorkOSInvalidArgumentError,
    );
  });
});

describe('verifyWebhook: signature and body', () => {
  it('rejects a wrong secret, an altered body and a shifted timestamp', async () => {
    const h = await header(BODY);
    expect(await reasonOf(verifyWebhook({ payload: BODY, signatureHeader: h, secret: 'other', now: () => T }))).toBe('signature_mismatch');
    expect(await reasonOf(verifyWebhook({ payload: `${BODY} `, signatureHeader: h, secret: SECRET, now: () => T }))).toBe('signature_mismatch');
    const shifted = h.replace(`t=${T}`, `t=${T + 1}`);
    expect(await reasonOf(verifyWebhook({ payload: BODY, signatureHeader: shifted, secret: SECRET, now: () => T }))).toBe('signature_mismatch');
  });

  it('rejects a v1 that is not 64 hex characters as a mismatch', async () => {
    const sig = await computeSignature(T, BODY, SECRET);
    for (const bad of [sig.slice(0, 62), `${sig}00`, `${sig.slice(0, 62)}zz`]) {
      expect(await reasonOf(verifyWebhook({ payload: BODY, signatureHeader: `t=${T}, v1=${bad}`, secret: SECRET, now: () => T }))).toBe(
        'signature_mismatch',
      );
    }
  });

  it('signs binary bodies byte for byte (no re-encoding of invalid UTF-8)', async () => {
    const bytes = new Uint8Array([0x7b, 0x7d, 0xff]);
    const h = await header(bytes);
    // The same text decoded and re-encoded would differ (0xff → U+FFFD), so the string must not verify.
    expect(await reasonOf(verifyWebhook({ payload: new TextDecoder().decode(bytes), signatureHeader: h, secret: SECRET, now: () => T }))).toBe(
      'signature_mismatch',
    );
    expect(await reasonOf(verifyWebhook({ payload: bytes, signatureHeader: h, secret: SECRET, now: () => T }))).toBe('invalid_json');
  });

  it('parses JSON only after the signature matched', async () => {
    const notJson = 'not json';
    expect(await reasonOf(verifyWebhook({ payload: notJson, signatureHeader: `t=${T}, v1=${'0'.repeat(64)}`, secret: SECRET, now: () => T }))).toBe(
      'signature_mismatch',
    );
    expect(await reasonOf(verifyWebhook({ payload: notJson, signatureHeader: await header(notJson), secret: SECRET, now: () => T }))).toBe(
      'invalid_json',
    );
  });

  it('returns an unknown event name untouched', async () => {
    const body = JSON.stringify({ id: 'event_9', event: 'brand_new.thing', data: { anything: [1, 2] }, created_at: '2026-01-01T00:00:00.000Z' });
    const event = await verifyWebhook({ payload: body, signatureHeader: await header(body), secret: SECRET, now: () => T });
    expect(event).toStrictEqual(JSON.parse(body));
  });

  it('rejects an empty secret and a parsed object payload as argument errors', async () => {
    await expect(verifyWebhook({ payload: BODY, signatureHeader: await header(BODY), secret: '', now: () => T })).rejects.toThrow(
      WorkOSInvalidArgumentError,
    );
    await expect(
      verifyWebhook({ payload: JSON.parse(BODY) as string, signatureHeader: await header(BODY), secret: SECRET, now: () => T }),
    ).rejects.toThrow(WorkOSInvalidArgumentError);
  });

  it('throws a WorkOSError of kind webhook whose message and JSON never contain the secret', async () => {
    const secret = 'whsec_super_secret_value';
    let caught: unknown;
    try {
      await verifyWebhook({ payload: BODY, signatureHeader: await header(BODY), secret, now: () => T });
    } catch (error) {
      caught = error;
    }
    {
      const error = caught;
      expect(error).toBeInstanceOf(WorkOSError);
      expect(error).toBeInstanceOf(WorkOSWebhookError);
      const err = error as WorkOSWebhookError;
      expect(err.kind).toBe('webhook');
      expect(err.name).toBe('WorkOSWebhookError');
      expect(err.message).not.toContain(secret);
      expect(JSON.stringify(err)).not.toContain(secret);
      expect(err.toJSON()).toMatchObject({ kind: 'webhook', reason: 'signature_mismatch' });
    }
  });
});
