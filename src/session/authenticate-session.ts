import type { AuthKitUser, Impersonator } from '../authkit/authentication-response.ts';
import { SecretString, type SecretInput } from '../core/secret.ts';
import { WorkOSJwtError } from '../jwks/errors.ts';
import { verifyAccessToken, type VerifyAccessTokenOptions } from '../jwks/verify.ts';
import { fromCookieUser, type SessionCookieData } from './cookie-data.ts';
import { WorkOSSessionError } from './errors.ts';
import { unsealSession, type SessionPassword } from './iron.ts';

/**
 * The cookie password: one password, or several `{ id, password }` for rotation — newest first:
 * the first one seals refreshed sessions, any of them opens a cookie.
 */
export type CookiePassword = SecretInput | readonly SessionPassword[];

/** The claims and user of an authenticated session. */
export interface SessionClaims {
  /** The `sid` claim: identifies the session (logout, revocation). */
  sessionId: string;
  /** The `org_id` claim. */
  organizationId: string | undefined;
  /** The `role` claim. */
  role: string | undefined;
  /** The `roles` claim. */
  roles: string[] | undefined;
  /** The `permissions` claim. */
  permissions: string[] | undefined;
  /** The `entitlements` claim. */
  entitlements: string[] | undefined;
  /** The `feature_flags` claim. */
  featureFlags: string[] | undefined;
  /** The user, in the API's wire shape. */
  user: AuthKitUser;
  /** Set while a WorkOS Dashboard user impersonates the user. */
  impersonator: Impersonator | undefined;
  /** How the user signed in (`Password`, `GoogleOAuth`, …), when known. */
  authenticationMethod: string | undefined;
  /** The access token, for calls to your own APIs. */
  accessToken: SecretString;
}

/** Why a session cookie did not authenticate. `expired` can be refreshed; the others need a new sign-in. */
export type AuthenticateFailureReason = 'no_session_cookie_provided' | 'invalid_session_cookie' | 'invalid_jwt' | 'expired';

/** The session, or why there is none. */
export type AuthenticateSessionResult =
  | ({ authenticated: true } & SessionClaims)
  | { authenticated: false; reason: AuthenticateFailureReason };

/**
 * Options of {@link authenticateSealedSession}: the cookie password plus where the JWKS comes from
 * (a `client`, or a `clientId` with optional `baseUrl`/`fetch`) and the token checks.
 */
export interface AuthenticateSealedSessionOptions extends VerifyAccessTokenOptions {
  /** The password(s) the cookie was sealed with. */
  cookiePassword: CookiePassword;
}

/** @internal */
export type Unsealed =
  | { ok: true; data: SessionCookieData }
  | { ok: false; reason: 'no_session_cookie_provided' | 'invalid_session_cookie' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @internal Unseals a session cookie and checks it has the shape of a session. */
export async function unsealCookie(cookie: string | undefined, password: CookiePassword): Promise<Unsealed> {
  if (cookie === undefined || cookie === '') return { ok: false, reason: 'no_session_cookie_provided' };
  let data: unknown;
  try {
    data = await unsealSession(cookie, { password });
  } catch (error) {
    // A wrong configuration is the developer's to fix, not the visitor's.
    if (error instanceof WorkOSSessionError && error.reason === 'invalid_password') throw error;
    return { ok: false, reason: 'invalid_session_cookie' };
  }
  // The HMAC proves who sealed it, not that it is a session: check the shape before trusting any of it.
  if (
    !isRecord(data) ||
    typeof data['accessToken'] !== 'string' ||
    typeof data['refreshToken'] !== 'string' ||
    !isRecord(data['user']) ||
    typeof data['user']['id'] !== 'string'
  ) {
    return { ok: false, reason: 'invalid_session_cookie' };
  }
  return { ok: true, data: data as unknown as SessionCookieData };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? (value as string[]) : undefined;
}

/** @internal Session claims from an access-token payload plus what the cookie or response holds. */
export function claimsOf(
  payload: Record<string, unknown>,
  rest: Pick<SessionClaims, 'user' | 'impersonator' | 'authenticationMethod' | 'accessToken'>,
): SessionClaims {
  return {
    sessionId: optionalString(payload['sid']) ?? '',
    organizationId: optionalString(payload['org_id']),
    role: optionalString(payload['role']),
    roles: stringList(payload['roles']),
    permissions: stringList(payload['permissions']),
    entitlements: stringList(payload['entitlements']),
    featureFlags: stringList(payload['feature_flags']),
    ...rest,
  };
}

/**
 * Unseals a session cookie and verifies its access token against the JWKS: the lean path for edge
 * middleware (no refresh, no request pipeline). Resolves with the session or
 * `{ authenticated: false, reason }`. A JWKS that cannot be fetched rejects with `WorkOSJwtError`
 * (`jwks_unavailable`) instead, so an outage does not sign everyone out; a cookie password shorter
 * than 32 characters rejects with `WorkOSSessionError` (`invalid_password`).
 *
 * @example
 * ```ts
 * import { authenticateSealedSession } from '@workos-edge/sdk/session';
 * async function userId(cookie: string | undefined): Promise<string | undefined> {
 *   const session = await authenticateSealedSession(cookie, {
 *     clientId: 'client_123',
 *     cookiePassword: 'a-password-of-at-least-32-characters!',
 *   });
 *   return session.authenticated ? session.user.id : undefined;
 * }
 * ```
 */
export async function authenticateSealedSession(
  cookie: string | undefined,
  options: AuthenticateSealedSessionOptions,
): Promise<AuthenticateSessionResult> {
  const unsealed = await unsealCookie(cookie, options.cookiePassword);
  if (!unsealed.ok) return { authenticated: false, reason: unsealed.reason };
  const { data } = unsealed;
  let claims: Record<string, unknown>;
  try {
    claims = await verifyAccessToken(data.accessToken, options);
  } catch (error) {
    if (!(error instanceof WorkOSJwtError) || error.reason === 'jwks_unavailable') throw error;
    return { authenticated: false, reason: error.reason === 'expired' ? 'expired' : 'invalid_jwt' };
  }
  // Only user access tokens carry a session id; other tokens signed by the same keys are not sessions.
  if (typeof claims['sid'] !== 'string' || claims['sid'] === '') return { authenticated: false, reason: 'invalid_jwt' };
  return {
    authenticated: true,
    ...claimsOf(claims, {
      user: fromCookieUser(data.user),
      impersonator: data.impersonator,
      authenticationMethod: data.authenticationMethod,
      accessToken: new SecretString(data.accessToken),
    }),
  };
}
