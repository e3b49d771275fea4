import { WorkOSError } from '../core/errors.ts';

/**
 * Why a Vault blob could not be read or decrypted:
 * - `invalid_base64`: the blob is not standard, padded base64;
 * - `truncated_header`: shorter than IV + 16-byte tag + key-length prefix (short IV or tag);
 * - `truncated_leb128`: the key-length prefix ends before its last byte;
 * - `leb128_overflow`: the key-length prefix is longer than 5 bytes or exceeds 2^32 − 1;
 * - `length_out_of_range`: the key length is zero or points past the end of the blob;
 * - `invalid_data_key`: the data key from the API is not base64 of 32 bytes;
 * - `authentication_failed`: AES-GCM rejected the blob: wrong associated data, a data key that
 *   does not belong to this blob, or altered bytes (GCM cannot tell these apart).
 */
export type VaultCryptoErrorReason =
  | 'invalid_base64'
  | 'truncated_header'
  | 'truncated_leb128'
  | 'leb128_overflow'
  | 'length_out_of_range'
  | 'invalid_data_key'
  | 'authentication_failed';

/** Local Vault encryption or decryption failed; {@link WorkOSVaultCryptoError.reason} says why. */
export class WorkOSVaultCryptoError extends WorkOSError {
  /** Machine-readable cause; stable across versions. */
  readonly reason: VaultCryptoErrorReason;

  /** @internal */
  constructor(reason: VaultCryptoErrorReason, message: string, options?: { cause?: unknown }) {
    super('vault_crypto', message, options);
    this.reason = reason;
  }
}
