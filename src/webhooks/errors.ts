import { WorkOSError } from '../core/errors.ts';

/**
 * Why a webhook or Action request was rejected:
 * - `missing_header`: no `WorkOS-Signature` header (absent or empty);
 * - `malformed_header`: the header has no `t=` millisecond timestamp or no `v1=` entry;
 * - `timestamp_outside_tolerance`: `t` is older, or further in the future, than the tolerance allows;
 * - `signature_mismatch`: no `v1` entry matches the HMAC of the body (wrong secret or altered body);
 * - `invalid_json`: the signature is valid but the body is not JSON.
 */
export type WebhookErrorReason =
  | 'missing_header'
  | 'malformed_header'
  | 'timestamp_outside_tolerance'
  | 'signature_mismatch'
  | 'invalid_json';

/**
 * A signed WorkOS request (webhook event or AuthKit Action) failed verification. Answer it with a
 * 4xx and do not act on its content; {@link WorkOSWebhookError.reason} says what failed.
 * The message never contains the secret.
 */
export class WorkOSWebhookError extends WorkOSError {
  /** Machine-readable cause; stable across versions. */
  readonly reason: WebhookErrorReason;

  /** @internal */
  constructor(reason: WebhookErrorReason, message: string, options?: { cause?: unknown }) {
    super('webhook', message, options);
    this.reason = reason;
  }
}
