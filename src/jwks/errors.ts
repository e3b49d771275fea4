import { WorkOSError } from '../core/errors.ts';

/**
 * Why an access token was rejected.
 *
 * - `expired`: `exp` has passed (beyond the clock tolerance).
 * - `not_yet_valid`: `nbf` is in the future (beyond the clock tolerance).
 * - `invalid_signature`: the signature does not match the key (wrong key, tampered header or payload).
 * - `unknown_kid`: no key of the JWKS matches, even after the one permitted refetch.
 * - `alg_not_allowed`: the header's `alg` is not allowed (`none`, `HS256`, … when only RS256 is).
 * - `malformed`: not a compact JWS/JWT.
 * - `claim_mismatch`: `iss`/`aud` differ from the pinned values, a required claim is missing, or a
 *   WorkOS claim has the wrong type.
 * - `jwks_unavailable`: the key set could not be fetched or is not a valid JWKS.
 */
export type WorkOSJwtErrorReason =
  | 'expired'
  | 'not_yet_valid'
  | 'invalid_signature'
  | 'unknown_kid'
  | 'alg_not_allowed'
  | 'malformed'
  | 'claim_mismatch'
  | 'jwks_unavailable';

/** An access token failed verification; narrow on {@link WorkOSJwtError.reason}. The token is never in the message. */
export class WorkOSJwtError extends WorkOSError {
  /** The machine-readable reason. */
  readonly reason: WorkOSJwtErrorReason;

  /** @internal */
  constructor(reason: WorkOSJwtErrorReason, message: string, options?: { cause?: unknown }) {
    super('jwt', message, options);
    this.reason = reason;
  }
}
