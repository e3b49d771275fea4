/**
 * Webhook verification on WebCrypto: `verifyWebhook` (alias `constructEvent`), `signWebhook`
 * (alias `generateSignatureHeader`) for tests, `isWebhookEvent` to narrow the typed event union, and
 * the typed {@link WorkOSWebhookError}. Import from `@workos-edge/sdk/webhooks`; it pulls in no API
 * client code and no schemas (run-time validation is opt-in: `@workos-edge/sdk/webhooks/validate`).
 *
 * @module
 */
export { WorkOSWebhookError, type WebhookErrorReason } from './errors.ts';
export { isWebhookEvent, type KnownWebhookEvent, type WebhookEvent } from './event.ts';
export { generateSignatureHeader, signWebhook, type SignWebhookOptions } from './sign.ts';
export { computeSignature, parseSignatureHeader, type ParsedSignatureHeader, type RawBody } from './signature.ts';
export { constructEvent, DEFAULT_WEBHOOK_TOLERANCE_MS, verifyWebhook, type VerifyWebhookOptions } from './verify.ts';
