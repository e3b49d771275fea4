import type { WorkOSClient } from './core/client.ts';
import type { RequestOptions } from './core/request.ts';
import { GeneratedWorkOS } from './generated/client.ts';
import { SSO as GeneratedSSO } from './generated/resources/sso.ts';
import { UserManagement as GeneratedUserManagement } from './generated/resources/user-management.ts';
import { Webhooks as GeneratedWebhooks } from './generated/resources/webhooks.ts';
import {
  authenticateWithCode,
  authenticateWithDeviceCode,
  authenticateWithEmailVerification,
  authenticateWithMagicAuth,
  authenticateWithOrganizationSelection,
  authenticateWithPassword,
  authenticateWithRefreshToken,
  authenticateWithTotp,
  type AuthenticateOptions,
  type AuthenticateResult,
  type AuthenticateWithCodeParams,
  type AuthenticateWithDeviceCodeParams,
  type AuthenticateWithEmailVerificationParams,
  type AuthenticateWithMagicAuthParams,
  type AuthenticateWithOrganizationSelectionParams,
  type AuthenticateWithPasswordParams,
  type AuthenticateWithRefreshTokenParams,
  type AuthenticateWithTotpParams,
} from './authkit/authenticate.ts';
import type { AuthenticationResponse } from './authkit/authentication-response.ts';
import {
  pollDeviceAuthorization,
  startDeviceAuthorization,
  type DeviceAuthorization,
  type DevicePollTarget,
  type PollDeviceAuthorizationOptions,
} from './authkit/device.ts';
import {
  getAuthorizationUrl,
  getAuthorizationUrlWithPKCE,
  getLogoutUrl,
  type AuthKitAuthorizationUrlOptions,
  type AuthorizationUrlWithPKCE,
  type LogoutUrlOptions,
} from './authkit/urls.ts';
import { getJwksUrl } from './jwks/url.ts';
import { verifyAccessToken, type AccessTokenClaims, type VerifyAccessTokenOptions } from './jwks/verify.ts';
import { loadSealedSession, type LoadSealedSessionOptions, type SealedSession } from './session/sealed-session.ts';
import { getProfileAndToken, type GetProfileAndTokenParams, type ProfileAndToken } from './sso/profile.ts';
import { getSSOAuthorizationUrl, getSSOAuthorizationUrlWithPKCE, type SSOAuthorizationUrlOptions } from './sso/urls.ts';
import { Vault } from './vault/vault.ts';
import { signWebhook, type SignWebhookOptions } from './webhooks/sign.ts';
import { verifyWebhook, type VerifyWebhookOptions } from './webhooks/verify.ts';
import type { WebhookEvent } from './webhooks/event.ts';
import { signActionResponse, type SignActionResponseOptions } from './actions/sign.ts';
import { verifyAction, type VerifyActionOptions } from './actions/verify.ts';
import type { ActionContext, SignedActionResponse } from './actions/types.ts';

/**
 * `workos.userManagement`: every generated User Management operation plus the AuthKit helpers
 * (`authenticateWith…` grants, device authorization, authorization and logout URLs), named as in
 * `@workos-inc/node`. Each helper is also a standalone function in `@workos-edge/sdk/authkit`.
 */
export class UserManagement extends GeneratedUserManagement {
  readonly #client: WorkOSClient;

  /** Binds the resource to `client`. */
  constructor(client: WorkOSClient) {
    super(client);
    this.#client = client;
  }

  /** Grant `password`. See `authenticateWithPassword` in `@workos-edge/sdk/authkit`. */
  authenticateWithPassword<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithPasswordParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithPassword(this.#client, params, options);
  }
  /** Grant `authorization_code`, with or without a PKCE `code_verifier`. */
  authenticateWithCode<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithCodeParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithCode(this.#client, params, options);
  }
  /** Grant `refresh_token`, optionally switching `organization_id`. */
  authenticateWithRefreshToken<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithRefreshTokenParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithRefreshToken(this.#client, params, options);
  }
  /** Grant `urn:workos:oauth:grant-type:magic-auth:code`. */
  authenticateWithMagicAuth<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithMagicAuthParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithMagicAuth(this.#client, params, options);
  }
  /** Grant `urn:workos:oauth:grant-type:mfa-totp`. */
  authenticateWithTotp<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithTotpParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithTotp(this.#client, params, options);
  }
  /** Grant `urn:workos:oauth:grant-type:email-verification:code`. */
  authenticateWithEmailVerification<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithEmailVerificationParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithEmailVerification(this.#client, params, options);
  }
  /** Grant `urn:workos:oauth:grant-type:organization-selection`. */
  authenticateWithOrganizationSelection<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithOrganizationSelectionParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithOrganizationSelection(this.#client, params, options);
  }
  /** Grant `urn:ietf:params:oauth:grant-type:device_code` (one poll; see {@link UserManagement.pollDeviceAuthorization}). */
  authenticateWithDeviceCode<O extends AuthenticateOptions = RequestOptions>(params: AuthenticateWithDeviceCodeParams, options?: O): Promise<AuthenticateResult<O>> {
    return authenticateWithDeviceCode(this.#client, params, options);
  }
  /** Starts device authorization (RFC 8628) for a CLI or TV. */
  startDeviceAuthorization(options?: RequestOptions): Promise<DeviceAuthorization> {
    return startDeviceAuthorization(this.#client, options);
  }
  /** Polls until the user approves the device, honouring `interval`, `slow_down` and `expires_in`. */
  pollDeviceAuthorization(start: DevicePollTarget, options?: PollDeviceAuthorizationOptions): Promise<AuthenticationResponse> {
    return pollDeviceAuthorization(this.#client, start, options);
  }
  /** The AuthKit authorization URL (`/user_management/authorize`), built locally. */
  getAuthorizationUrl(options: AuthKitAuthorizationUrlOptions): string {
    return getAuthorizationUrl(this.#client, options);
  }
  /** The AuthKit authorization URL with a fresh PKCE verifier, challenge and `state`. */
  getAuthorizationUrlWithPKCE(options: AuthKitAuthorizationUrlOptions): Promise<AuthorizationUrlWithPKCE> {
    return getAuthorizationUrlWithPKCE(this.#client, options);
  }
  /** The logout URL (`/user_management/sessions/logout`) for a session id. */
  getLogoutUrl(options: LogoutUrlOptions): string {
    return getLogoutUrl(this.#client, options);
  }
  /** The JWKS URL (`/sso/jwks/{clientId}`) of this client (or of `clientId`). */
  getJwksUrl(clientId?: string): string {
    return getJwksUrl(this.#client, clientId);
  }
  /** Verifies an access token against this client's JWKS; see `verifyAccessToken` in `@workos-edge/sdk/jwks`. */
  verifyAccessToken(token: string, options: Omit<VerifyAccessTokenOptions, 'client'> = {}): Promise<AccessTokenClaims> {
    return verifyAccessToken(token, { ...options, client: this.#client });
  }
  /** Opens a sealed session cookie for `authenticate()`, `refresh()` and `getLogoutUrl()`. */
  loadSealedSession(cookie: string | undefined, options: LoadSealedSessionOptions): SealedSession {
    return loadSealedSession(this.#client, cookie, options);
  }
}

/**
 * `workos.sso`: the generated SSO operations plus the authorization URL builders, named as in
 * `@workos-inc/node`. Also standalone in `@workos-edge/sdk/sso`.
 */
export class SSO extends GeneratedSSO {
  readonly #client: WorkOSClient;

  /** Binds the resource to `client`. */
  constructor(client: WorkOSClient) {
    super(client);
    this.#client = client;
  }

  /** The SSO authorization URL (`/sso/authorize`), built locally. */
  getAuthorizationUrl(options: SSOAuthorizationUrlOptions): string {
    return getSSOAuthorizationUrl(this.#client, options);
  }
  /** The SSO authorization URL with a fresh PKCE verifier, challenge and `state`. */
  getAuthorizationUrlWithPKCE(options: SSOAuthorizationUrlOptions): Promise<AuthorizationUrlWithPKCE> {
    return getSSOAuthorizationUrlWithPKCE(this.#client, options);
  }
  /**
   * Exchanges the SSO `code` for the profile and an access token, filling `client_id`,
   * `client_secret` (only with an API key) and `grant_type` from the client, as `@workos-inc/node`
   * does. The raw operation is {@link GeneratedSSO.exchangeToken}.
   */
  getProfileAndToken(params: GetProfileAndTokenParams, options?: RequestOptions): Promise<ProfileAndToken> {
    return getProfileAndToken(this.#client, params, options);
  }
}

/**
 * `workos.webhooks`: the generated webhook-endpoint operations plus local signature verification
 * (`constructEvent`, as in `@workos-inc/node`). For the smallest bundle import
 * `verifyWebhook` from `@workos-edge/sdk/webhooks` instead.
 */
export class Webhooks extends GeneratedWebhooks {
  /** Verifies the `WorkOS-Signature` header over the raw body, then parses the event. */
  constructEvent(options: VerifyWebhookOptions): Promise<WebhookEvent> {
    return verifyWebhook(options);
  }
  /** Same as {@link Webhooks.constructEvent}. */
  verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
    return verifyWebhook(options);
  }
  /** Signs a payload like WorkOS does, for your own tests. */
  generateSignatureHeader(options: SignWebhookOptions): Promise<string> {
    return signWebhook(options);
  }
}

/** `workos.actions`: AuthKit Actions request verification and response signing (local, no API call). */
export class Actions {
  /** Verifies an action request (30 s default tolerance) and returns its typed payload. */
  constructAction(options: VerifyActionOptions): Promise<ActionContext> {
    return verifyAction(options);
  }
  /** Signs an `Allow`/`Deny` response body exactly as WorkOS expects it. */
  signResponse(options: SignActionResponseOptions): Promise<SignedActionResponse> {
    return signActionResponse(options);
  }
}

/**
 * The WorkOS client with every API resource as a lazily created accessor (`workos.organizations`,
 * `workos.userManagement`, …) and the hand-written helpers on the accessors users of
 * `@workos-inc/node` expect (`userManagement.authenticateWithPassword`, `sso.getAuthorizationUrl`,
 * `webhooks.constructEvent`, `vault.encrypt`, …).
 *
 * It carries every resource; an edge function that needs one or two can pair `WorkOSClient` from
 * `@workos-edge/sdk/core` with `@workos-edge/sdk/resources/<name>` and the helper subpaths instead.
 *
 * @example
 * ```ts
 * import { WorkOS } from '@workos-edge/sdk';
 * const workos = new WorkOS({ apiKey: 'sk_test_123' });
 * const organization = await workos.organizations.getOrganization('org_123');
 * ```
 */
export class WorkOS extends GeneratedWorkOS {
  #userManagement: UserManagement | undefined;
  #sso: SSO | undefined;
  #webhooks: Webhooks | undefined;
  #vault: Vault | undefined;
  #actions: Actions | undefined;

  /** User Management operations plus the AuthKit helpers. */
  override get userManagement(): UserManagement {
    this.#userManagement ??= new UserManagement(this);
    return this.#userManagement;
  }
  /** SSO operations plus the authorization URL builders. */
  override get sso(): SSO {
    this.#sso ??= new SSO(this);
    return this.#sso;
  }
  /** Webhook endpoint operations plus `constructEvent`. */
  override get webhooks(): Webhooks {
    this.#webhooks ??= new Webhooks(this);
    return this.#webhooks;
  }
  /** Vault operations plus local `encrypt`/`decrypt`. */
  override get vault(): Vault {
    this.#vault ??= new Vault(this);
    return this.#vault;
  }
  /** AuthKit Actions verification and signing. */
  get actions(): Actions {
    this.#actions ??= new Actions();
    return this.#actions;
  }
}
