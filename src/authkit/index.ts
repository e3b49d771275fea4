/**
 * AuthKit sign-in: authorization and logout URLs (with PKCE), every `authenticateWith…` grant,
 * and the device authorization flow for CLIs. Each helper takes a `WorkOSClient` (or, for URLs,
 * `{ clientId, baseUrl? }`), so `@workos-edge/sdk/authkit` pulls in no other resource.
 *
 * @module
 */
export {
  AuthenticationResponseSchema,
  AuthKitUserSchema,
  type AuthenticationResponse,
  type AuthKitUser,
  type Impersonator,
  type OAuthTokens,
} from './authentication-response.ts';
export {
  authenticateWithCode,
  authenticateWithDeviceCode,
  authenticateWithEmailVerification,
  authenticateWithMagicAuth,
  authenticateWithOrganizationSelection,
  authenticateWithPassword,
  authenticateWithRefreshToken,
  authenticateWithTotp,
  GRANT_TYPES,
  type AuthenticateOptions,
  type AuthenticateWithCodeParams,
  type AuthenticateWithDeviceCodeParams,
  type AuthenticateWithEmailVerificationParams,
  type AuthenticateWithMagicAuthParams,
  type AuthenticateWithOrganizationSelectionParams,
  type AuthenticateWithPasswordParams,
  type AuthenticateWithRefreshTokenParams,
  type AuthenticateWithTotpParams,
  type AuthenticationContext,
} from './authenticate.ts';
export type { CommonAuthorizationUrlOptions } from './authorization-query.ts';
export {
  DeviceAuthorizationSchema,
  pollDeviceAuthorization,
  startDeviceAuthorization,
  WorkOSDeviceCodeExpiredError,
  type DeviceAuthorization,
  type DevicePollTarget,
  type PollDeviceAuthorizationOptions,
} from './device.ts';
export type { BaseUrlTarget, UrlTarget } from './url-target.ts';
export {
  getAuthorizationUrl,
  getAuthorizationUrlWithPKCE,
  getLogoutUrl,
  type AuthKitAuthorizationUrlOptions,
  type AuthKitProvider,
  type AuthorizationUrlWithPKCE,
  type LogoutUrlOptions,
} from './urls.ts';
