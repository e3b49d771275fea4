import type { SecretInput } from '../core/secret.ts';
import { computeSignature, type RawBody } from './signature.ts';

/** Options of {@link signWebhook}. */
export interface SignWebhookOptions {
  /** The exact body you will send (a string is signed as its UTF-8 bytes). */
  payload: RawBody;
  /** The endpoint's signing secret. */
  secret: SecretInput;
  /** Milliseconds since the epoch to sign with; defaults to now. */
  timestamp?: number | undefined;
}

/**
 * Builds a `WorkOS-Signature` header (`t=<ms>, v1=<hex>`) for a payload, as WorkOS would send it.
 * Meant for your own tests of a webhook endpoint.
 *
 * @example
 * ```ts
 * import { signWebhook, verifyWebhook } from '@workos-edge/sdk/webhooks';
 * const payload = JSON.stringify({ id: 'event_1', event: 'user.created', data: {}, created_at: '2026-01-01T00:00:00.000Z' });
 * const signatureHeader = await signWebhook({ payload, secret: 'whsec_test' });
 * const event = await verifyWebhook({ payload, signatureHeader, secret: 'whsec_test' });
 * ```
 */
export async function signWebhook(options: SignWebhookOptions): Promise<string> {
  const timestamp = options.timestamp ?? Date.now();
  return `t=${timestamp}, v1=${await computeSignature(timestamp, options.payload, options.secret)}`;
}

/** Alias of {@link signWebhook}. */
export const generateSignatureHeader: (options: SignWebhookOptions) => Promise<string> = signWebhook;
