import type { WorkOSClient } from '../core/client.ts';
import { WorkOSInvalidArgumentError } from '../core/errors.ts';

/**
 * The client id a sign-in helper needs, or a typed error naming the helper. Checked before any
 * request or URL is built so a misconfigured client fails at the call site.
 */
export function requireClientId(clientId: string | undefined, operation: string): string {
  if (clientId === undefined || clientId === '') {
    throw new WorkOSInvalidArgumentError(
      'clientId',
      `${operation} needs a client id: pass { clientId } to the client or set WORKOS_CLIENT_ID`,
    );
  }
  return clientId;
}

/**
 * `client_id`, plus `client_secret` only when the client holds an API key: a public client
 * (browser, mobile, CLI) authenticates with PKCE or a device code and must never send a secret.
 */
export function clientCredentials(client: WorkOSClient, operation: string): { client_id: string; client_secret?: string } {
  const client_id = requireClientId(client.config.clientId, operation);
  const apiKey = client.config.apiKey;
  return apiKey === undefined ? { client_id } : { client_id, client_secret: apiKey };
}

/** Copies `fields` without the `undefined` entries, so unset optionals are absent, never `null`. */
export function definedFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
