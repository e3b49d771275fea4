import {
  commonAuthorizationParams,
  buildWithPKCE,
  optionalString,
  type AuthorizationUrlWithPKCE,
  type CommonAuthorizationUrlOptions,
} from '../authkit/authorization-query.ts';
import { resolveUrlTarget, type UrlTarget } from '../authkit/url-target.ts';
import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import { buildQuery } from '../core/url.ts';

/** OAuth providers SSO can send the user to directly (`provider`). */
export type SSOProvider =
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
 * Options of {@link getSSOAuthorizationUrl}. SDK options, so camelCase; they map to the query of
 * `GET /sso/authorize` as `connectionId` → `connection`, `organizationId` → `organization`,
 * `provider` → `provider`, `nonce` → `nonce`, `prompt` → `prompt`, plus the shared ones of
 * {@link CommonAuthorizationUrlOptions}. At least one of `connectionId`, `organizationId` and
 * `provider` is required.
 */
export interface SSOAuthorizationUrlOptions extends CommonAuthorizationUrlOptions {
  /** `connection`: sign in through this SSO connection (`conn_…`). */
  connectionId?: string | undefined;
  /** `organization`: sign in through this organization's connection (`org_…`). */
  organizationId?: string | undefined;
  /** `provider`: an OAuth provider such as `GoogleOAuth`. */
  provider?: SSOProvider | undefined;
  /** `nonce`: echoed in the ID token claims. */
  nonce?: string | undefined;
  /** `prompt`: only `login` (force re-authentication at the IdP). */
  prompt?: 'login' | undefined;
}

const AUTHORIZE = 'sso.getAuthorizationUrl';

/**
 * Builds the SSO authorization URL (`GET /sso/authorize`) synchronously, with no network. Throws
 * {@link WorkOSInvalidArgumentError} before building when none of `connectionId`,
 * `organizationId` and `provider` is given or an option is malformed.
 *
 * @example
 * ```ts
 * import { getSSOAuthorizationUrl } from '@workos-edge/sdk/sso';
 * const url = getSSOAuthorizationUrl(
 *   { clientId: 'client_123' },
 *   { organizationId: 'org_123', redirectUri: 'https://example.com/sso/callback' },
 * );
 * ```
 */
export function getSSOAuthorizationUrl(target: UrlTarget, options: SSOAuthorizationUrlOptions): string {
  const { baseUrl, clientId } = resolveUrlTarget(target, AUTHORIZE);
  const { head, tail } = commonAuthorizationParams(AUTHORIZE, options);
  for (const key of ['connectionId', 'organizationId', 'provider', 'nonce'] as const) optionalString(AUTHORIZE, key, options[key]);
  if (options.connectionId === undefined && options.organizationId === undefined && options.provider === undefined) {
    throw new WorkOSInvalidArgumentError(
      'connectionId',
      `${AUTHORIZE}: give at least one of connectionId, organizationId or provider`,
    );
  }
  if (options.prompt !== undefined && options.prompt !== 'login') {
    throw new WorkOSInvalidArgumentError('prompt', `${AUTHORIZE}: prompt can only be 'login'`);
  }
  const query = {
    client_id: clientId,
    ...head,
    connection: options.connectionId,
    organization: options.organizationId,
    provider: options.provider,
    nonce: options.nonce,
    prompt: options.prompt,
    ...tail,
  };
  return `${baseUrl}/sso/authorize${buildQuery(query)}`;
}

/**
 * {@link getSSOAuthorizationUrl} with PKCE: a fresh verifier, its S256 challenge and a random
 * `state` (unless given), returned with the URL. Exchange the code with `getProfileAndToken`
 * passing `code_verifier`.
 */
export function getSSOAuthorizationUrlWithPKCE(
  target: UrlTarget,
  options: Omit<SSOAuthorizationUrlOptions, 'codeChallenge' | 'codeChallengeMethod'>,
): Promise<AuthorizationUrlWithPKCE> {
  return buildWithPKCE(getSSOAuthorizationUrl, target, options);
}
