/**
 * `@workos-edge/sdk`: the WorkOS API for every JavaScript runtime, on web standards only.
 *
 * @example
 * ```ts
 * import { WorkOS } from '@workos-edge/sdk';
 * const workos = new WorkOS({ apiKey: 'sk_test_123' });
 * ```
 *
 * @module
 */
export * from './core/index.ts';
export { WorkOS } from './workos.ts';
// Generated API surface: resource classes, wire models with their valibot schemas, events, operation table.
export * from './generated/index.ts';
// Helper error classes, so `instanceof` checks work from the root import too.
export { WorkOSDeviceCodeExpiredError } from './authkit/device.ts';
export { WorkOSJwtError } from './jwks/errors.ts';
export { WorkOSSessionError } from './session/errors.ts';
export { WorkOSVaultCryptoError } from './vault/errors.ts';
export { WorkOSWebhookError } from './webhooks/errors.ts';
export type { AnyWorkOSError } from './any-error.ts';
