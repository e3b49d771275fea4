/**
 * Webhook verification on WebCrypto: `verifyWebhook` (alias `constructEvent`), `signWebhook`
 * (alias `generateSignatureHeader`) for tests, and the typed {@link WorkOSWebhookError}.
 * Import from `@workos-edge/sdk/webhooks`; it pulls in no API client code.
 *
 * @module
 */
export { WorkOSWebhookError, type WebhookErrorReason } from './errors.ts';
export type { WebhookEvent } from './event.ts';
export { generateSignatureHeader, signWebhook, type SignWebhookOptions } from './sign.ts';
export { computeSignature, parseSignatureHeader, type ParsedSignatureHeader, type RawBody } from './signature.ts';
export type { WebhookEventEnvelope } from './types.ts';
export { constructEvent, DEFAULT_WEBHOOK_TOLERANCE_MS, verifyWebhook, type VerifyWebhookOptions } from './verify.ts';
