import { buildQuery } from '../core/url.ts';
import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import {
  commonAuthorizationParams,
  buildWithPKCE,
  optionalString,
  type AuthorizationUrlWithPKCE,
  type CommonAuthorizationUrlOptions,
} from './authorization-query.ts';
import { resolveBaseUrl, resolveUrlTarget, type BaseUrlTarget, type UrlTarget } from './url-target.ts';

/** Identity providers AuthKit can send the user to directly (`provider`); `authkit` is the hosted UI. */
export type AuthKitProvider =
  | 'authkit'
  | 'AppleOAuth'
  | 'BitbucketOAuth'
  | 'GitHubOAuth'
  | 'GitLabOAuth'
  | 'GoogleOAuth'
  | 'IntuitOAuth'
  | 'LinkedInOAuth'
  | 'MicrosoftOAuth'
  | 'SalesforceOAuth'
  | 'SlackOAuth'
  | 'VercelMarketplaceOAuth'
  | 'VercelOAuth'
  | 'XeroOAuth'
  | (string & {});

/**
 * Options of {@link getAuthorizationUrl}. These are SDK options, so camelCase; each maps to the
 * snake_case query parameter of `GET /user_management/authorize` named in its doc:
 * `redirectUri` → `redirect_uri`, `connectionId` → `connection_id`, `organizationId` →
 * `organization_id`, `screenHint` → `screen_hint`, `maxAge` → `max_age`, `invitationToken` →
 * `invitation_token`, `claimNonce` → `claim_nonce`, and the shared ones of
 * {@link CommonAuthorizationUrlOptions}. At least one of `provider`, `connectionId` and
 * `organizationId` is required.
 */
export interface AuthKitAuthorizationUrlOptions extends CommonAuthorizationUrlOptions {
  /** `provider`: `authkit` for the hosted sign-in page, or an OAuth provider to skip it. */
  provider?: AuthKitProvider | undefined;
  /** `connection_id`: sign in through this SSO connection. */
  connectionId?: string | undefined;
  /** `organization_id`: sign in through this organization's SSO connection. */
  organizationId?: string | undefined;
  /** `screen_hint`: which AuthKit screen opens first; only with `provider: 'authkit'`. */
  screenHint?: 'sign-up' | 'sign-in' | undefined;
  /** `prompt`: e.g. `login` to force re-authentication, `consent`. */
  prompt?: string | undefined;
  /** `max_age`: seconds since the last authentication after which the user must sign in again. */
  maxAge?: number | undefined;
  /** `invitation_token`: accept this invitation during sign-in. */
  invitationToken?: string | undefined;
  /** `claim_nonce`: a nonce to bind to the resulting session. */
  claimNonce?: string | undefined;
}

export type { AuthorizationUrlWithPKCE } from './authorization-query.ts';

const AUTHORIZE = 'userManagement.getAuthorizationUrl';

/**
 * Builds the AuthKit authorization URL (`GET /user_management/authorize`) synchronously, with no
 * network. Throws {@link WorkOSInvalidArgumentError} before building when neither `provider`,
 * `connectionId` nor `organizationId` is given, when `screenHint` comes without
 * `provider: 'authkit'`, or when an option is malformed.
 *
 * @example
 * ```ts
 * import { getAuthorizationUrl } from '@workos-edge/sdk/authkit';
 * const url = getAuthorizationUrl(
 *   { clientId: 'client_123' },
 *   { provider: 'authkit', redirectUri: 'https://example.com/callback', screenHint: 'sign-up', state: 'xyz' },
 * );
 * ```
 */
export function getAuthorizationUrl(target: UrlTarget, options: AuthKitAuthorizationUrlOptions): string {
  const { baseUrl, clientId } = resolveUrlTarget(target, AUTHORIZE);
  const { head, tail } = commonAuthorizationParams(AUTHORIZE, options);
  const { provider, connectionId, organizationId, screenHint, maxAge } = options;
  for (const key of ['provider', 'connectionId', 'organizationId', 'prompt', 'invitationToken', 'claimNonce'] as const) {
    optionalString(AUTHORIZE, key, options[key]);
  }
  if (provider === undefined && connectionId === undefined && organizationId === undefined) {
    throw new WorkOSInvalidArgumentError(
      'provider',
      `${AUTHORIZE}: give at least one of provider (e.g. 'authkit'), connectionId or organizationId`,
    );
  }
  if (screenHint !== undefined) {
    if (provider !== 'authkit') {
      throw new WorkOSInvalidArgumentError('screenHint', `${AUTHORIZE}: screenHint is only valid with provider 'authkit'`);
    }
    if (screenHint !== 'sign-up' && screenHint !== 'sign-in') {
      throw new WorkOSInvalidArgumentError('screenHint', `${AUTHORIZE}: screenHint must be 'sign-up' or 'sign-in'`);
    }
  }
  if (maxAge !== undefined && (!Number.isInteger(maxAge) || maxAge < 0)) {
    throw new WorkOSInvalidArgumentError('maxAge', `${AUTHORIZE}: maxAge must be a non-negative integer (seconds)`);
  }
  const query = {
    client_id: clientId,
    ...head,
    provider,
    connection_id: connectionId,
    organization_id: organizationId,
    screen_hint: screenHint,
    prompt: options.prompt,
    max_age: maxAge,
    invitation_token: options.invitationToken,
    claim_nonce: options.claimNonce,
    ...tail,
  };
  return `${baseUrl}/user_management/authorize${buildQuery(query)}`;
}

/**
 * {@link getAuthorizationUrl} with PKCE: generates a 43-character verifier and its S256
 * challenge, and a random `state` unless `options.state` is given, and returns all of them with
 * the URL. Any `codeChallenge` in `options` is replaced.
 *
 * @example
 * ```ts
 * import { getAuthorizationUrlWithPKCE } from '@workos-edge/sdk/authkit';
 * const { url, codeVerifier, state } = await getAuthorizationUrlWithPKCE(
 *   { clientId: 'client_123' },
 *   { provider: 'authkit', redirectUri: 'https://example.com/callback' },
 * );
 * ```
 */
export function getAuthorizationUrlWithPKCE(
  target: UrlTarget,
  options: Omit<AuthKitAuthorizationUrlOptions, 'codeChallenge' | 'codeChallengeMethod'>,
): Promise<AuthorizationUrlWithPKCE> {
  return buildWithPKCE(getAuthorizationUrl, target, options);
}

/** Options of {@link getLogoutUrl}: `sessionId` → `session_id`, `returnTo` → `return_to`. */
export interface LogoutUrlOptions {
  /** `session_id`: the `sid` claim of the session's access token. */
  sessionId: string;
  /** `return_to`: where WorkOS sends the user after signing out (must be allowed in the dashboard). */
  returnTo?: string | undefined;
}

/**
 * The URL that ends an AuthKit session (`GET /user_management/sessions/logout`). Redirect the
 * browser there after clearing your own session cookie.
 */
export function getLogoutUrl(target: BaseUrlTarget, options: LogoutUrlOptions): string {
  const operation = 'userManagement.getLogoutUrl';
  const baseUrl = resolveBaseUrl(target, operation);
  if (typeof options.sessionId !== 'string' || options.sessionId === '') {
    throw new WorkOSInvalidArgumentError('sessionId', `${operation}: sessionId must be a non-empty string`);
  }
  optionalString(operation, 'returnTo', options.returnTo);
  return `${baseUrl}/user_management/sessions/logout${buildQuery({ session_id: options.sessionId, return_to: options.returnTo })}`;
}
