import type { AuthenticationResponse } from '../authkit/authentication-response.ts';
import { authenticateWithRefreshToken } from '../authkit/authenticate.ts';
import type { WorkOSClient } from '../core/client.ts';
import { WorkOSError, WorkOSInvalidArgumentError } from '../core/errors.ts';
import type { RequestOptions } from '../core/request.ts';
import { SecretString } from '../core/secret.ts';
import { buildQuery } from '../core/url.ts';
import type { JwksClient } from '../jwks/url.ts';
import type { VerifyAccessTokenOptions } from '../jwks/verify.ts';
import {
  authenticateSealedSession,
  claimsOf,
  unsealCookie,
  type AuthenticateSessionResult,
  type CookiePassword,
  type SessionClaims,
} from './authenticate-session.ts';
import { readJwtPayload } from './cookie-data.ts';
import { WorkOSSessionError } from './errors.ts';
import { sealSessionFromAuthenticationResponse } from './seal-authentication.ts';

/** A client the session can use: any `WorkOSClient`; `refresh()` needs a full one. */
export type SessionClient = WorkOSClient | JwksClient;

/** Options of {@link loadSealedSession}. */
export interface LoadSealedSessionOptions {
  /** The password(s) the cookie was sealed with; with several, the first seals refreshed sessions. */
  cookiePassword: CookiePassword;
  /** Access-token checks (issuer/audience pinning, clock tolerance, key cache); the client supplies the JWKS. */
  jwt?: Omit<VerifyAccessTokenOptions, 'client'> | undefined;
}

/** Options of {@link SealedSession.refresh}. */
export interface RefreshSessionOptions {
  /** Switch the session to this organization (default: the access token's `org_id`). */
  organizationId?: string | undefined;
  /** Per-call options of the refresh request. */
  requestOptions?: RequestOptions | undefined;
}

/** Why a refresh failed: `retryable` ones may succeed later, the others need a new sign-in. */
export type RefreshFailureReason =
  | 'no_session_cookie_provided'
  | 'invalid_session_cookie'
  | 'invalid_grant'
  | 'mfa_enrollment'
  | 'sso_required'
  | 'rate_limit_exceeded'
  | 'timeout'
  | 'server_error'
  | 'network_error';

/** A refresh that did not produce a session. */
export interface RefreshFailure {
  authenticated: false;
  reason: RefreshFailureReason;
  /** Whether trying again later may succeed (rate limit, timeout, 5xx, network). */
  retryable: boolean;
  /** Seconds to wait, when the server said so (429 `Retry-After`). */
  retryAfter?: number | undefined;
  /** The underlying error, when there was one. */
  error?: WorkOSError | undefined;
}

/** {@link SealedSession.refresh}: the new cookie and session, or a classified failure. */
export type RefreshSessionResult =
  | ({
      authenticated: true;
      /** The new cookie value; set it on the response. */
      sealedSession: string;
      /** The authentication response of the refresh grant. */
      session: AuthenticationResponse;
    } & SessionClaims)
  | RefreshFailure;

const TERMINAL_CODES: ReadonlySet<unknown> = new Set(['invalid_grant', 'mfa_enrollment', 'sso_required']);

/** Sorts a refresh error into terminal and retryable failures; `undefined` for errors that should propagate. */
function classifyRefreshError(error: unknown): RefreshFailure | undefined {
  if (!(error instanceof WorkOSError)) return undefined;
  const fail = (reason: RefreshFailureReason, retryable: boolean, retryAfter?: number): RefreshFailure => ({
    authenticated: false,
    reason,
    retryable,
    ...(retryAfter === undefined ? {} : { retryAfter }),
    error,
  });
  // OAuth errors carry the code in `error`, AuthKit flow errors in `code`.
  const { error: oauthCode, code, retryAfter } = error as { error?: unknown; code?: unknown; retryAfter?: number };
  const terminal = TERMINAL_CODES.has(oauthCode) ? oauthCode : TERMINAL_CODES.has(code) ? code : undefined;
  if (terminal !== undefined) return fail(terminal as RefreshFailureReason, false);
  const status = error.status;
  if (status === 429) return fail('rate_limit_exceeded', true, retryAfter);
  if (status === 408 || error.kind === 'timeout') return fail('timeout', true);
  if (status !== undefined && status >= 500) return fail('server_error', true);
  if (error.kind === 'network') return fail('network_error', true);
  return undefined;
}

/**
 * A session cookie loaded with its password: authenticate it, refresh it, or build its logout URL.
 * Create one with {@link loadSealedSession}.
 */
export class SealedSession {
  readonly #client: SessionClient;
  #cookie: string | undefined;
  readonly #password: CookiePassword;
  readonly #jwt: Omit<VerifyAccessTokenOptions, 'client'>;

  /** @internal */
  constructor(client: SessionClient, cookie: string | undefined, options: LoadSealedSessionOptions) {
    this.#client = client;
    this.#cookie = cookie;
    this.#password = options.cookiePassword;
    this.#jwt = options.jwt ?? {};
  }

  /** The current cookie value (replaced after a successful {@link SealedSession.refresh}). */
  get sealedSession(): string | undefined {
    return this.#cookie;
  }

  /**
   * Unseals the cookie and verifies its access token against the client's JWKS.
   * Resolves with the session, or `{ authenticated: false, reason }`; `expired` means
   * {@link SealedSession.refresh} may restore it. A JWKS that cannot be fetched rejects with
   * `WorkOSJwtError` (`jwks_unavailable`), so an outage does not sign everyone out.
   */
  authenticate(): Promise<AuthenticateSessionResult> {
    return authenticateSealedSession(this.#cookie, { ...this.#jwt, client: this.#client, cookiePassword: this.#password });
  }

  /**
   * Exchanges the cookie's refresh token for new tokens (optionally switching organization) and
   * reseals; the new cookie is in `sealedSession` of the result and of this object.
   * Failures resolve as `{ authenticated: false, reason, retryable }`: an invalid cookie,
   * `invalid_grant`, `mfa_enrollment` and `sso_required` are terminal; rate limits (with
   * `retryAfter`), timeouts, 5xx and network errors are retryable. Other errors reject.
   */
  async refresh(options: RefreshSessionOptions = {}): Promise<RefreshSessionResult> {
    const client = this.#client;
    if (!('request' in client)) {
      throw new WorkOSInvalidArgumentError('client', 'SealedSession.refresh() needs a WorkOSClient (it calls the refresh grant)');
    }
    const password = this.#password;
    const sealPassword = typeof password === 'string' || password instanceof SecretString ? password : password[0];
    if (sealPassword === undefined) throw new WorkOSSessionError('invalid_password', 'No cookie password is configured');
    const unsealed = await unsealCookie(this.#cookie, password);
    if (!unsealed.ok) return { authenticated: false, reason: unsealed.reason, retryable: false };
    const { data } = unsealed;
    const currentOrg = readJwtPayload(data.accessToken)?.['org_id'];
    let response: AuthenticationResponse;
    try {
      response = await authenticateWithRefreshToken(
        client,
        {
          refresh_token: data.refreshToken,
          organization_id: options.organizationId ?? (typeof currentOrg === 'string' ? currentOrg : data.organizationId),
        },
        options.requestOptions,
      );
    } catch (error) {
      const failure = classifyRefreshError(error);
      if (failure === undefined) throw error;
      return failure;
    }
    const sealedSession = await sealSessionFromAuthenticationResponse(response, { cookiePassword: sealPassword });
    this.#cookie = sealedSession;
    // WorkOS has just issued this token over TLS; its claims are read, not re-verified.
    const payload = readJwtPayload(response.access_token.expose()) ?? {};
    return {
      authenticated: true,
      sealedSession,
      session: response,
      ...claimsOf(payload, {
        user: response.user,
        impersonator: response.impersonator,
        authenticationMethod: response.authentication_method,
        accessToken: response.access_token,
      }),
    };
  }

  /**
   * The URL that ends this session at WorkOS (`/user_management/sessions/logout?session_id=…`).
   * Works with an expired access token: the cookie's HMAC already vouches for it.
   * Rejects with `WorkOSInvalidArgumentError` without a cookie and `WorkOSSessionError` for a bad one.
   */
  async getLogoutUrl(options: { returnTo?: string | undefined } = {}): Promise<string> {
    const unsealed = await unsealCookie(this.#cookie, this.#password);
    if (!unsealed.ok) {
      if (unsealed.reason === 'no_session_cookie_provided') {
        throw new WorkOSInvalidArgumentError('cookie', 'getLogoutUrl(): no session cookie was provided');
      }
      throw new WorkOSSessionError('malformed', 'getLogoutUrl(): the session cookie is not a valid session');
    }
    const sessionId = readJwtPayload(unsealed.data.accessToken)?.['sid'];
    if (typeof sessionId !== 'string' || sessionId === '') {
      throw new WorkOSSessionError('malformed', 'getLogoutUrl(): the access token carries no session id');
    }
    const query = buildQuery({ session_id: sessionId, return_to: options.returnTo });
    return `${this.#client.config.baseUrl}/user_management/sessions/logout${query}`;
  }
}

/**
 * Loads a session cookie for {@link SealedSession.authenticate}, {@link SealedSession.refresh} and
 * {@link SealedSession.getLogoutUrl}. Reads cookies written by the official SDK and authkit-nextjs.
 * Pass `undefined` when the request has no cookie: `authenticate()` then reports
 * `no_session_cookie_provided`. (Edge middleware that only authenticates can use the smaller
 * {@link authenticateSealedSession}.)
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * import { loadSealedSession } from '@workos-edge/sdk/session';
 * const client = new WorkOSClient({ apiKey: 'sk_test_123', clientId: 'client_123' });
 * async function currentUserId(cookie: string | undefined): Promise<string | undefined> {
 *   const session = loadSealedSession(client, cookie, { cookiePassword: 'a-password-of-at-least-32-characters!' });
 *   const result = await session.authenticate();
 *   return result.authenticated ? result.user.id : undefined;
 * }
 * ```
 */
export function loadSealedSession(
  client: SessionClient,
  cookie: string | undefined,
  options: LoadSealedSessionOptions,
): SealedSession {
  return new SealedSession(client, cookie, options);
}
