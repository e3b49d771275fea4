import type { AuthenticationResponse } from '../authkit/authentication-response.ts';
import { readJwtPayload, toCookieData } from './cookie-data.ts';
import { sealSession, type SealSessionOptions } from './iron.ts';

/** Options of {@link sealSessionFromAuthenticationResponse}. */
export interface SealAuthenticationOptions {
  /** At least 32 characters; a `{ id, password }` seals under that id for rotation. */
  cookiePassword: SealSessionOptions['password'];
}

/**
 * Seals an authentication response into the session cookie value the official SDK and
 * authkit-nextjs read (`{ organizationId, user, accessToken, refreshToken, authenticationMethod,
 * impersonator }`, camelCase user). `organizationId` comes from the access token's `org_id`, as the
 * official SDK does.
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * import { authenticateWithCode } from '@workos-edge/sdk/authkit';
 * import { sealSessionFromAuthenticationResponse } from '@workos-edge/sdk/session';
 * async function callback(code: string): Promise<string> {
 *   const client = new WorkOSClient({ apiKey: 'sk_test_123', clientId: 'client_123' });
 *   const auth = await authenticateWithCode(client, { code });
 *   return sealSessionFromAuthenticationResponse(auth, { cookiePassword: 'a-password-of-at-least-32-characters!' });
 * }
 * ```
 */
export function sealSessionFromAuthenticationResponse(
  authResponse: AuthenticationResponse,
  options: SealAuthenticationOptions,
): Promise<string> {
  const orgId = readJwtPayload(authResponse.access_token.expose())?.['org_id'];
  const organizationId = typeof orgId === 'string' ? orgId : undefined;
  return sealSession(toCookieData(authResponse, organizationId), { password: options.cookiePassword });
}
