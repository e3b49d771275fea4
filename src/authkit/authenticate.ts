import type { WorkOSClient } from '../core/client.ts';
import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import type { RequestOptions } from '../core/request.ts';
import type { SealAuthenticationOptions } from '../session/seal-authentication.ts';
import { exposeSecret, type SecretInput } from '../core/secret.ts';
import { AuthenticationResponseSchema, type AuthenticationResponse } from './authentication-response.ts';
import { clientCredentials, definedFields } from './client-credentials.ts';

/**
 * Request context every grant accepts; forwarded to AuthKit for session metadata and Radar.
 * Wire field names.
 */
export interface AuthenticationContext {
  /** The end user's IP address. */
  ip_address?: string | undefined;
  /** The end user's `User-Agent`. */
  user_agent?: string | undefined;
  /** A stable identifier of the end user's device. */
  device_id?: string | undefined;
}

/** Seal the authentication into a session cookie value as part of the grant. */
export interface SealSessionOption {
  sealSession: true;
  /** At least 32 characters (or `{ id, password }` for rotation), as for `sealSessionFromAuthenticationResponse`. */
  cookiePassword: SealAuthenticationOptions['cookiePassword'];
}

/**
 * Options of every `authenticateWith…` grant: the per-call {@link RequestOptions}, plus
 * `session: { sealSession: true, cookiePassword }` to also get the sealed session cookie value
 * (`sealedSession`) that `@workos-edge/sdk/session` reads.
 */
export interface AuthenticateOptions extends RequestOptions {
  session?: SealSessionOption | undefined;
}

/** What a grant resolves to: with `options.session` the response also carries `sealedSession`. */
export type AuthenticateResult<O> = O extends { session: SealSessionOption }
  ? AuthenticationResponse & { sealedSession: string }
  : AuthenticationResponse;

/** Grant `password`. */
export interface AuthenticateWithPasswordParams extends AuthenticationContext {
  email: string;
  password: SecretInput;
  /** Accepts this invitation while signing in. */
  invitation_token?: string | undefined;
}

/** Grant `authorization_code`: the `code` your redirect URI received. */
export interface AuthenticateWithCodeParams extends AuthenticationContext {
  code: string;
  /** The PKCE verifier whose challenge went into the authorization URL (required for public clients). */
  code_verifier?: SecretInput | undefined;
  invitation_token?: string | undefined;
}

/** Grant `refresh_token`; `organization_id` switches the session to another organization. */
export interface AuthenticateWithRefreshTokenParams extends AuthenticationContext {
  refresh_token: SecretInput;
  organization_id?: string | undefined;
}

/** Grant `urn:workos:oauth:grant-type:magic-auth:code`. */
export interface AuthenticateWithMagicAuthParams extends AuthenticationContext {
  code: string;
  email: string;
  invitation_token?: string | undefined;
}

/** Grant `urn:workos:oauth:grant-type:mfa-totp`, after an `mfa_challenge`/`mfa_enrollment` step. */
export interface AuthenticateWithTotpParams extends AuthenticationContext {
  code: string;
  authentication_challenge_id: string;
  pending_authentication_token: SecretInput;
}

/** Grant `urn:workos:oauth:grant-type:email-verification:code`, after `email_verification_required`. */
export interface AuthenticateWithEmailVerificationParams extends AuthenticationContext {
  code: string;
  pending_authentication_token: SecretInput;
}

/** Grant `urn:workos:oauth:grant-type:organization-selection`, after `organization_selection_required`. */
export interface AuthenticateWithOrganizationSelectionParams extends AuthenticationContext {
  pending_authentication_token: SecretInput;
  organization_id: string;
}

/** Grant `urn:ietf:params:oauth:grant-type:device_code` (RFC 8628), one poll. */
export interface AuthenticateWithDeviceCodeParams extends AuthenticationContext {
  device_code: SecretInput;
}

/** The `grant_type` values of `POST /user_management/authenticate`. */
export const GRANT_TYPES = {
  password: 'password',
  code: 'authorization_code',
  refreshToken: 'refresh_token',
  magicAuth: 'urn:workos:oauth:grant-type:magic-auth:code',
  totp: 'urn:workos:oauth:grant-type:mfa-totp',
  emailVerification: 'urn:workos:oauth:grant-type:email-verification:code',
  organizationSelection: 'urn:workos:oauth:grant-type:organization-selection',
  deviceCode: 'urn:ietf:params:oauth:grant-type:device_code',
} as const;

function context(params: AuthenticationContext): Record<string, unknown> {
  return { ip_address: params.ip_address, user_agent: params.user_agent, device_id: params.device_id };
}

function secretOrUndefined(value: SecretInput | undefined): string | undefined {
  return value === undefined ? undefined : exposeSecret(value);
}

async function authenticate<O extends AuthenticateOptions>(
  client: WorkOSClient,
  operation: string,
  grantType: string,
  fields: Record<string, unknown>,
  options: O | undefined,
  needsSecret = true,
): Promise<AuthenticateResult<O>> {
  const credentials = clientCredentials(client, operation);
  if (needsSecret && credentials.client_secret === undefined) {
    throw new WorkOSInvalidArgumentError(
      'apiKey',
      `${operation} needs an API key (client_secret): pass { apiKey } to the client or set WORKOS_API_KEY; public clients can use the code (PKCE), refresh token and device code grants`,
    );
  }
  const body = definedFields({ ...credentials, grant_type: grantType, ...fields });
  const { session, ...requestOptions } = options ?? {};
  if (session !== undefined && session.sealSession !== true) {
    throw new WorkOSInvalidArgumentError('session', `${operation}: session must be { sealSession: true, cookiePassword }`);
  }
  // Credentials travel in the body; no Authorization header, so a public client sends no secret at all.
  const response = await client.request(
    {
      operation,
      method: 'POST',
      path: '/user_management/authenticate',
      body,
      auth: 'none',
      schema: AuthenticationResponseSchema,
    },
    requestOptions,
  );
  if (session === undefined) return response as AuthenticateResult<O>;
  // Loaded on demand so grants that never seal do not bundle the cookie sealing code.
  const { sealSessionFromAuthenticationResponse } = await import('../session/seal-authentication.ts');
  const sealedSession = await sealSessionFromAuthenticationResponse(response, { cookiePassword: session.cookiePassword });
  return { ...response, sealedSession } as AuthenticateResult<O>;
}

/**
 * Signs a user in with email and password (grant `password`). Needs an API key on the client.
 *
 * Continuation steps (`email_verification_required`, `mfa_challenge`, …) reject with
 * `WorkOSAuthenticationFlowError`; wrong credentials with a `WorkOSApiError` (`code: 'invalid_credentials'`).
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * import { authenticateWithPassword } from '@workos-edge/sdk/authkit';
 * const client = new WorkOSClient({ apiKey: 'sk_test_123', clientId: 'client_123' });
 * const { user, access_token } = await authenticateWithPassword(client, { email: 'a@example.com', password: 'hunter2' });
 * ```
 */
export function authenticateWithPassword<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithPasswordParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(client, 'userManagement.authenticateWithPassword', GRANT_TYPES.password, {
    email: params.email,
    password: exposeSecret(params.password),
    invitation_token: params.invitation_token,
    ...context(params),
  }, options);
}

/**
 * Exchanges the authorization `code` from your redirect URI (grant `authorization_code`). A
 * public client passes the PKCE `code_verifier` instead of holding an API key.
 */
export function authenticateWithCode<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithCodeParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  if (params.code_verifier === undefined && client.config.apiKey === undefined) {
    return Promise.reject(
      new WorkOSInvalidArgumentError(
        'apiKey',
        'userManagement.authenticateWithCode needs an API key (client_secret) or a PKCE code_verifier: pass { apiKey } to the client, or code_verifier from getAuthorizationUrlWithPKCE',
      ),
    );
  }
  return authenticate(client, 'userManagement.authenticateWithCode', GRANT_TYPES.code, {
    code: params.code,
    code_verifier: secretOrUndefined(params.code_verifier),
    invitation_token: params.invitation_token,
    ...context(params),
  }, options, false);
}

/**
 * Trades a refresh token for a new access/refresh token pair (grant `refresh_token`); with
 * `organization_id` the new session is scoped to that organization. Works for public clients.
 */
export function authenticateWithRefreshToken<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithRefreshTokenParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(client, 'userManagement.authenticateWithRefreshToken', GRANT_TYPES.refreshToken, {
    refresh_token: exposeSecret(params.refresh_token),
    organization_id: params.organization_id,
    ...context(params),
  }, options, false);
}

/** Signs a user in with the one-time code of a Magic Auth email. Needs an API key on the client. */
export function authenticateWithMagicAuth<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithMagicAuthParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(client, 'userManagement.authenticateWithMagicAuth', GRANT_TYPES.magicAuth, {
    code: params.code,
    email: params.email,
    invitation_token: params.invitation_token,
    ...context(params),
  }, options);
}

/**
 * Completes an MFA step with a TOTP code, using the `pendingAuthenticationToken` of the
 * `mfa_challenge`/`mfa_enrollment` error and the id of the challenge you created. Needs an API key.
 */
export function authenticateWithTotp<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithTotpParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(client, 'userManagement.authenticateWithTotp', GRANT_TYPES.totp, {
    code: params.code,
    authentication_challenge_id: params.authentication_challenge_id,
    pending_authentication_token: exposeSecret(params.pending_authentication_token),
    ...context(params),
  }, options);
}

/** Completes an `email_verification_required` step with the code emailed to the user. Needs an API key. */
export function authenticateWithEmailVerification<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithEmailVerificationParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(client, 'userManagement.authenticateWithEmailVerification', GRANT_TYPES.emailVerification, {
    code: params.code,
    pending_authentication_token: exposeSecret(params.pending_authentication_token),
    ...context(params),
  }, options);
}

/** Completes an `organization_selection_required` step with the organization the user picked. Needs an API key. */
export function authenticateWithOrganizationSelection<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithOrganizationSelectionParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(
    client,
    'userManagement.authenticateWithOrganizationSelection',
    GRANT_TYPES.organizationSelection,
    {
      pending_authentication_token: exposeSecret(params.pending_authentication_token),
      organization_id: params.organization_id,
      ...context(params),
    },
    options,
  );
}

/**
 * One poll of the device authorization grant (RFC 8628). While the user has not approved yet it
 * rejects with `WorkOSOAuthError` (`error: 'authorization_pending'`); use `pollDeviceAuthorization`
 * to loop with the right interval.
 */
export function authenticateWithDeviceCode<O extends AuthenticateOptions = RequestOptions>(
  client: WorkOSClient,
  params: AuthenticateWithDeviceCodeParams,
  options?: O,
): Promise<AuthenticateResult<O>> {
  return authenticate(client, 'userManagement.authenticateWithDeviceCode', GRANT_TYPES.deviceCode, {
    device_code: exposeSecret(params.device_code),
    ...context(params),
  }, options, false);
}
