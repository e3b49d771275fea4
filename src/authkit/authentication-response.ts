import * as v from 'valibot';
import { SecretString } from '../core/secret.ts';

// @__NO_SIDE_EFFECTS__
function secretString() {
  return v.pipe(
    v.string(),
    v.transform((value) => new SecretString(value)),
  );
}

/**
 * An AuthKit user as returned inside authentication responses (`UserlandUser` in the OpenAPI
 * spec). Unknown fields are kept so a newer API does not break decoding.
 */
export const AuthKitUserSchema = v.looseObject({
  object: v.literal('user'),
  id: v.string(),
  email: v.string(),
  email_verified: v.boolean(),
  first_name: v.nullable(v.string()),
  last_name: v.nullable(v.string()),
  name: v.optional(v.nullable(v.string())),
  profile_picture_url: v.nullable(v.string()),
  external_id: v.nullable(v.string()),
  metadata: v.optional(v.record(v.string(), v.string())),
  last_sign_in_at: v.nullable(v.string()),
  locale: v.optional(v.nullable(v.string())),
  created_at: v.string(),
  updated_at: v.string(),
});

/** An AuthKit user (`UserlandUser`); wire field names. */
export type AuthKitUser = v.InferOutput<typeof AuthKitUserSchema>;

/** Tokens of the upstream identity provider (Google, Microsoft, …), when the API returns them. */
export const OAuthTokensSchema = v.looseObject({
  provider: v.string(),
  access_token: secretString(),
  refresh_token: secretString(),
  expires_at: v.number(),
  scopes: v.array(v.string()),
});

/** Tokens of the upstream identity provider; the tokens are {@link SecretString}. */
export type OAuthTokens = v.InferOutput<typeof OAuthTokensSchema>;

/** The WorkOS Dashboard user impersonating the signed-in user. */
export const ImpersonatorSchema = v.looseObject({
  email: v.string(),
  reason: v.nullable(v.string()),
});

/** The WorkOS Dashboard user impersonating the signed-in user. */
export type Impersonator = v.InferOutput<typeof ImpersonatorSchema>;

/**
 * Response of `POST /user_management/authenticate` (`UserlandAuthenticateResponse`), every grant.
 * A local schema: no generated model existed when this helper was written.
 */
export const AuthenticationResponseSchema = v.looseObject({
  user: AuthKitUserSchema,
  organization_id: v.optional(v.string()),
  authkit_authorization_code: v.optional(v.string()),
  access_token: secretString(),
  refresh_token: secretString(),
  authentication_method: v.optional(v.string()),
  impersonator: v.optional(ImpersonatorSchema),
  oauth_tokens: v.optional(OAuthTokensSchema),
});

/**
 * A successful authentication: the user, a session access token (JWT) and a refresh token, both
 * {@link SecretString} so they cannot leak into logs. Field names are the API's.
 */
export type AuthenticationResponse = v.InferOutput<typeof AuthenticationResponseSchema>;
