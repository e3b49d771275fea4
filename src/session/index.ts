/**
 * Sealed session cookies (iron `Fe26.2`, compatible with the official SDK and authkit-nextjs) and
 * the session manager: `@workos-edge/sdk/session`.
 *
 * @module
 */
export { WorkOSSessionError, type WorkOSSessionErrorReason } from './errors.ts';
export {
  DEFAULT_MAX_SEALED_LENGTH,
  MIN_PASSWORD_LENGTH,
  sealSession,
  unsealSession,
  type SealSessionOptions,
  type SessionPassword,
  type UnsealPassword,
  type UnsealSessionOptions,
} from './iron.ts';
export { fromCookieUser, toCookieUser, type SessionCookieData, type SessionCookieUser } from './cookie-data.ts';
export { sealSessionFromAuthenticationResponse, type SealAuthenticationOptions } from './seal-authentication.ts';
export {
  authenticateSealedSession,
  type AuthenticateFailureReason,
  type AuthenticateSealedSessionOptions,
  type AuthenticateSessionResult,
  type CookiePassword,
  type SessionClaims,
} from './authenticate-session.ts';
export {
  loadSealedSession,
  SealedSession,
  type LoadSealedSessionOptions,
  type RefreshFailure,
  type RefreshFailureReason,
  type RefreshSessionOptions,
  type RefreshSessionResult,
  type SessionClient,
} from './sealed-session.ts';
