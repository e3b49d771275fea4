/**
 * Single Sign-On: the authorization URL (with PKCE), the code exchange (`getProfileAndToken`)
 * and `getProfile`. `@workos-edge/sdk/sso` pulls in no other resource.
 *
 * `getAuthorizationUrl` here is {@link getSSOAuthorizationUrl} under the name the official SDK
 * uses (`workos.sso.getAuthorizationUrl`); the longer name avoids a clash with AuthKit's.
 *
 * @module
 */
export {
  getProfile,
  getProfileAndToken,
  ProfileAndTokenSchema,
  ProfileSchema,
  type GetProfileAndTokenParams,
  type GetProfileParams,
  type Profile,
  type ProfileAndToken,
} from './profile.ts';
export {
  getSSOAuthorizationUrl,
  getSSOAuthorizationUrl as getAuthorizationUrl,
  getSSOAuthorizationUrlWithPKCE,
  getSSOAuthorizationUrlWithPKCE as getAuthorizationUrlWithPKCE,
  type SSOAuthorizationUrlOptions,
  type SSOProvider,
} from './urls.ts';
export type { AuthorizationUrlWithPKCE } from '../authkit/urls.ts';
export type { UrlTarget } from '../authkit/url-target.ts';
