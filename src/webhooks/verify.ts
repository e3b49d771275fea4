import type { SecretInput } from '../core/secret.ts';
import { parseVerifiedJson, readBody, verifySignature, type RawBody } from './signature.ts';
import type { WebhookEvent } from './event.ts';

/** Default webhook tolerance: 3 minutes, applied to old and to future timestamps. */
export const DEFAULT_WEBHOOK_TOLERANCE_MS = 180_000;

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /**
   * The raw request body exactly as received (never a parsed and re-serialised object), or the
   * `Request` itself, whose body is read once.
   */
  payload: RawBody | Request;
  /**
   * The `WorkOS-Signature` header value. When omitted and `payload` is a `Request`, it is read from
   * that request's headers.
   */
  signatureHeader?: string | null | undefined;
  /** Alias of `signatureHeader`, as `@workos-inc/node`'s `constructEvent` names it. */
  sigHeader?: string | null | undefined;
  /** The endpoint's signing secret (from the WorkOS dashboard). */
  secret: SecretInput;
  /** Allowed clock difference in milliseconds, in both directions. Default 180 000 (3 minutes). */
  tolerance?: number | undefined;
  /** Clock in milliseconds since the epoch; defaults to `Date.now`. For tests. */
  now?: (() => number) | undefined;
}

/** @internal Shared by webhooks and Actions: verify, then parse the body as JSON. */
export async function verifySignedJson(options: VerifyWebhookOptions, defaultTolerance: number): Promise<unknown> {
  const { payload } = options;
  let header = options.signatureHeader ?? options.sigHeader;
  if (header === undefined && typeof payload === 'object' && payload !== null && 'headers' in payload) {
    header = payload.headers.get('workos-signature');
  }
  const body = await readBody(payload);
  await verifySignature({
    body,
    header,
    secret: options.secret,
    tolerance: options.tolerance ?? defaultTolerance,
    now: options.now === undefined ? Date.now() : options.now(),
  });
  return parseVerifiedJson(body);
}

/**
 * Verifies a WorkOS webhook and returns its event. The HMAC key is imported once per secret and
 * reused; each call is one WebCrypto operation plus `JSON.parse`, which runs only after the
 * signature matched. Throws {@link WorkOSWebhookError} with a `reason` when verification fails.
 *
 * Unknown event names still return an event (`data` untyped), so new event types never break
 * an endpoint. To also validate `data` against the schemas, use `verifyWebhookAndValidate` from
 * `@workos-edge/sdk/webhooks/validate`.
 *
 * @example
 * ```ts
 * import { verifyWebhook } from '@workos-edge/sdk/webhooks';
 * async function handle(request: Request, secret: string): Promise<Response> {
 *   const event = await verifyWebhook({ payload: request, secret });
 *   if (event.event === 'user.created') console.log('new user', event.id);
 *   return new Response(null, { status: 200 });
 * }
 * ```
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  return (await verifySignedJson(options, DEFAULT_WEBHOOK_TOLERANCE_MS)) as WebhookEvent;
}

/** Alias of {@link verifyWebhook}, named as in `@workos-inc/node` (`workos.webhooks.constructEvent`). */
export const constructEvent: (options: VerifyWebhookOptions) => Promise<WebhookEvent> = verifyWebhook;
