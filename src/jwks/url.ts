import { WorkOSInvalidArgumentError } from '../core/errors.ts';

/** What the JWKS helpers need from a client: a `WorkOSClient` has it, so does a plain object. */
export interface JwksClient {
  readonly config: {
    readonly baseUrl: string;
    readonly clientId: string | undefined;
    readonly transport: { send(request: Request, signal: AbortSignal): Promise<Response> };
    readonly userAgent?: string | undefined;
  };
}

/**
 * The JWKS URL that signs a client's access tokens: `${baseUrl}/sso/jwks/${clientId}`.
 * Pass a client (its base URL and, unless given, its client id are used) or a base URL and a client id.
 *
 * @example
 * ```ts
 * import { getJwksUrl } from '@workos-edge/sdk/jwks';
 * getJwksUrl('https://api.workos.com', 'client_123'); // 'https://api.workos.com/sso/jwks/client_123'
 * ```
 */
export function getJwksUrl(clientOrBaseUrl: string | JwksClient, clientId?: string): string {
  const baseUrl = typeof clientOrBaseUrl === 'string' ? clientOrBaseUrl : clientOrBaseUrl.config.baseUrl;
  const id = clientId ?? (typeof clientOrBaseUrl === 'string' ? undefined : clientOrBaseUrl.config.clientId);
  // encodeURIComponent escapes "/", "?", "#" and "\\"; only the dot segments could still move the path.
  if (id === undefined || id === '' || id === '.' || id === '..') {
    throw new WorkOSInvalidArgumentError('clientId', 'The JWKS URL needs a valid client id: pass { clientId } to the client or to this call');
  }
  return `${baseUrl.replace(/\/+$/, '')}/sso/jwks/${encodeURIComponent(id)}`;
}
