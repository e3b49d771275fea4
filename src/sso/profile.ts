import { clientCredentials, definedFields } from '../authkit/client-credentials.ts';
import type { WorkOSClient } from '../core/client.ts';
import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import type { RequestOptions } from '../core/request.ts';
import * as v from 'valibot';
import { OAuthTokensSchema } from '../authkit/authentication-response.ts';
import { exposeSecret, SecretString, type SecretInput } from '../core/secret.ts';
import type { Profile as GeneratedProfile, SsoTokenResponse } from '../generated/models/components.ts';

// Types from the generated models; local schemas for the bundle-size reason given in
// ../authkit/authentication-response.ts.

/** Decodes an SSO user profile (`Profile`); unknown fields are kept. */
export const ProfileSchema: v.GenericSchema<unknown, GeneratedProfile> = v.looseObject({
  object: v.literal('profile'),
  id: v.string(),
  organization_id: v.nullable(v.string()),
  connection_id: v.string(),
  connection_type: v.string(),
  idp_id: v.string(),
  email: v.string(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  name: v.nullable(v.string()),
  role: v.optional(v.nullable(v.looseObject({ slug: v.string() }))),
  roles: v.optional(v.nullable(v.array(v.looseObject({ slug: v.string() })))),
  groups: v.optional(v.array(v.string())),
  custom_attributes: v.optional(v.record(v.string(), v.unknown())),
  raw_attributes: v.record(v.string(), v.unknown()),
});

/** Decodes `SsoTokenResponse`: the profile and a short-lived access token (`SecretString`). */
export const ProfileAndTokenSchema: v.GenericSchema<unknown, SsoTokenResponse> = v.looseObject({
  token_type: v.literal('Bearer'),
  access_token: v.pipe(
    v.string(),
    v.transform((value) => new SecretString(value)),
  ),
  expires_in: v.number(),
  profile: ProfileSchema,
  oauth_tokens: v.optional(OAuthTokensSchema),
});

/** An SSO user profile (`Profile`); wire field names. */
export type Profile = GeneratedProfile;

/** Response of `POST /sso/token` (`SsoTokenResponse`): the profile and a short-lived access token (`SecretString`). */
export type ProfileAndToken = SsoTokenResponse;

/** Parameters of {@link getProfileAndToken}; wire field names. */
export interface GetProfileAndTokenParams {
  /** The `code` your SSO redirect URI received. */
  code: string;
  /** The PKCE verifier of the authorization URL; required when the client has no API key. */
  code_verifier?: SecretInput | undefined;
}

/**
 * Exchanges an SSO authorization code for the user's profile and an access token
 * (`POST /sso/token`, JSON, `grant_type=authorization_code`). `client_secret` is the client's API
 * key and is sent only when it has one; a public client must pass `code_verifier` instead and is
 * refused before any request otherwise. OAuth failures (`invalid_grant`, …) reject with `WorkOSOAuthError`.
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * import { getProfileAndToken } from '@workos-edge/sdk/sso';
 * const client = new WorkOSClient({ apiKey: 'sk_test_123', clientId: 'client_123' });
 * const { profile } = await getProfileAndToken(client, { code: 'code_from_callback' });
 * ```
 */
export async function getProfileAndToken(
  client: WorkOSClient,
  params: GetProfileAndTokenParams,
  options?: RequestOptions,
): Promise<ProfileAndToken> {
  const operation = 'sso.getProfileAndToken';
  const credentials = clientCredentials(client, operation);
  if (credentials.client_secret === undefined && params.code_verifier === undefined) {
    throw new WorkOSInvalidArgumentError(
      'apiKey',
      `${operation} needs an API key (client_secret) or a PKCE code_verifier: pass { apiKey } to the client, or code_verifier from the PKCE authorization URL`,
    );
  }
  const body = definedFields({
    ...credentials,
    grant_type: 'authorization_code',
    code: params.code,
    code_verifier: params.code_verifier === undefined ? undefined : exposeSecret(params.code_verifier),
  });
  return client.request(
    { operation, method: 'POST', path: '/sso/token', body, auth: 'none', schema: ProfileAndTokenSchema },
    options,
  );
}

/** Parameters of {@link getProfile}. */
export interface GetProfileParams {
  /** The `access_token` returned by {@link getProfileAndToken}; sent as the bearer token. */
  accessToken: SecretInput;
}

/**
 * Fetches the profile behind an SSO access token (`GET /sso/profile` with
 * `Authorization: Bearer <access token>`). Needs no API key.
 */
export function getProfile(client: WorkOSClient, params: GetProfileParams, options?: RequestOptions): Promise<Profile> {
  return client.request(
    {
      operation: 'sso.getProfile',
      method: 'GET',
      path: '/sso/profile',
      auth: { bearer: params.accessToken },
      schema: ProfileSchema,
    },
    options,
  );
}
