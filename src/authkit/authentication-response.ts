import * as v from 'valibot';
import { SecretString } from '../core/secret.ts';
import type { UserlandAuthenticateResponse, UserlandUser } from '../generated/models/components.ts';

// The types are the generated models'. The schemas are local because the generated models live in
// one large module that bundlers (esbuild) keep whole once any schema of it is used, which would
// cost an edge middleware ~8 kB gzip for one response shape; these stay checked against the types.

// @__NO_SIDE_EFFECTS__
function secretString(): v.GenericSchema<string, SecretString> {
  return v.pipe(
    v.string(),
    v.transform((value) => new SecretString(value)),
  );
}

/** Decodes an AuthKit user (`UserlandUser`); unknown fields are kept. */
export const AuthKitUserSchema: v.GenericSchema<unknown, UserlandUser> = v.looseObject({
  object: v.literal('user'),
  id: v.string(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  name: v.optional(v.nullable(v.string())),
  profile_picture_url: v.nullable(v.string()),
  email: v.string(),
  email_verified: v.boolean(),
  external_id: v.nullable(v.string()),
  metadata: v.optional(v.record(v.string(), v.string())),
  last_sign_in_at: v.nullable(v.string()),
  locale: v.optional(v.nullable(v.string())),
  created_at: v.string(),
  updated_at: v.string(),
});

/** Decodes the upstream provider's tokens, wrapping both in `SecretString`. */
export const OAuthTokensSchema: v.GenericSchema<unknown, OAuthTokens> = v.looseObject({
  provider: v.string(),
  refresh_token: secretString(),
  access_token: secretString(),
  expires_at: v.number(),
  scopes: v.array(v.string()),
});

/** Decodes `UserlandAuthenticateResponse`, every grant's answer; unknown fields are kept. */
export const AuthenticationResponseSchema: v.GenericSchema<unknown, UserlandAuthenticateResponse> = v.looseObject({
  user: AuthKitUserSchema,
  organization_id: v.optional(v.string()),
  authkit_authorization_code: v.optional(v.string()),
  access_token: secretString(),
  refresh_token: secretString(),
  authentication_method: v.optional(v.string()),
  impersonator: v.optional(v.looseObject({ email: v.string(), reason: v.nullable(v.string()) })),
  oauth_tokens: v.optional(OAuthTokensSchema),
});

/**
 * A successful authentication (`UserlandAuthenticateResponse`): the user, a session access token
 * (JWT) and a refresh token, both `SecretString` so they cannot leak into logs, plus
 * `organization_id`, `authentication_method`, `impersonator`, `oauth_tokens` and
 * `authkit_authorization_code` when the API sends them. Field names are the API's.
 */
export type AuthenticationResponse = UserlandAuthenticateResponse;

/** An AuthKit user (`UserlandUser`); wire field names. */
export type AuthKitUser = UserlandUser;

/** The WorkOS Dashboard user impersonating the signed-in user. */
export type Impersonator = NonNullable<UserlandAuthenticateResponse['impersonator']>;

/** Tokens of the upstream identity provider (Google, Microsoft, …); the tokens are `SecretString`. */
export type OAuthTokens = NonNullable<UserlandAuthenticateResponse['oauth_tokens']>;
