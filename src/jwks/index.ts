/**
 * Access-token verification against the WorkOS JWKS: `@workos-edge/sdk/jwks`.
 *
 * @module
 */
export { WorkOSJwtError, type WorkOSJwtErrorReason } from './errors.ts';
export { getJwksUrl, type JwksClient } from './url.ts';
export {
  DEFAULT_JWKS_COOLDOWN_MS,
  DEFAULT_JWKS_MAX_AGE_MS,
  DEFAULT_JWKS_TIMEOUT_MS,
  verifyAccessToken,
  type AccessTokenClaims,
  type VerifyAccessTokenOptions,
} from './verify.ts';
