import { WorkOSError } from '../core/errors.ts';

/**
 * Why a sealed session could not be read or written.
 *
 * - `malformed`: not an iron token (wrong number of fields, bad base64url, wrong lengths).
 * - `unsupported_version`: not `Fe26.2`, or a version suffix other than `~1`/`~2`.
 * - `too_large`: longer than the configured cap, rejected before any crypto runs.
 * - `unknown_password_id`: sealed with a password id none of the given passwords has.
 * - `integrity_check_failed`: the HMAC does not match (tampered cookie or wrong password).
 * - `decryption_failed`: the HMAC matched but the ciphertext did not decrypt.
 * - `invalid_json`: the decrypted text is not JSON.
 * - `expired`: the seal carries an expiration that has passed.
 * - `invalid_password`: a password is shorter than 32 characters or its id is not `\w+`.
 * - `invalid_data`: the value to seal cannot be serialised as JSON.
 */
export type WorkOSSessionErrorReason =
  | 'malformed'
  | 'unsupported_version'
  | 'too_large'
  | 'unknown_password_id'
  | 'integrity_check_failed'
  | 'decryption_failed'
  | 'invalid_json'
  | 'expired'
  | 'invalid_password'
  | 'invalid_data';

/**
 * Sealing or unsealing a session failed. Narrow on {@link WorkOSSessionError.reason}; the message
 * never contains the cookie or a password.
 */
export class WorkOSSessionError extends WorkOSError {
  /** The machine-readable reason. */
  readonly reason: WorkOSSessionErrorReason;

  /** @internal */
  constructor(reason: WorkOSSessionErrorReason, message: string, options?: { cause?: unknown }) {
    super('session', message, options);
    this.reason = reason;
  }
}
