import type { AnyWorkOSError as AnyCoreError } from './core/errors.ts';
import type { WorkOSDeviceCodeExpiredError } from './authkit/device.ts';
import type { WorkOSJwtError } from './jwks/errors.ts';
import type { WorkOSSessionError } from './session/errors.ts';
import type { WorkOSVaultCryptoError } from './vault/errors.ts';
import type { WorkOSWebhookError } from './webhooks/errors.ts';

/**
 * Every concrete error class the SDK throws, core and helpers, for exhaustive handling.
 * (`@workos-edge/sdk/core` exports the core-only union under the same name.)
 */
export type AnyWorkOSError =
  | AnyCoreError
  | WorkOSWebhookError
  | WorkOSSessionError
  | WorkOSJwtError
  | WorkOSVaultCryptoError
  | WorkOSDeviceCodeExpiredError;
