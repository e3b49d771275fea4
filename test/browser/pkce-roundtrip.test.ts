// Runs only in the Chromium project: a public client signs in with PKCE against the AuthKit mock
// mounted at /__mock/authkit/ (test/node/browser-mocks/authkit.ts) on this page's origin.
import { describe, expect, it } from 'vitest';
import { authenticateWithCode, getAuthorizationUrlWithPKCE } from '../../src/authkit/index.ts';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSOAuthError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';

const base = `${location.origin}/__mock/authkit`;
const redirectUri = `${base}/callback`;

function publicClient(): WorkOSClient {
  return new WorkOSClient({ clientId: 'client_browser', baseUrl: base });
}

async function authorize(client: WorkOSClient): Promise<{ code: string; state: string; codeVerifier: string }> {
  const { url, codeVerifier, state } = await getAuthorizationUrlWithPKCE(client, { provider: 'authkit', redirectUri });
  const landed = await fetch(url);
  expect(landed.status).toBe(200);
  const callback = new URL(landed.url);
  expect(callback.origin + callback.pathname).toBe(redirectUri);
  expect(callback.searchParams.get('state')).toBe(state);
  const code = callback.searchParams.get('code');
  expect(code).toMatch(/^code_[0-9a-f]{24}$/);
  return { code: code as string, state, codeVerifier };
}

describe('browser PKCE round trip (public client)', () => {
  it('builds the URL, follows the authorize redirect and exchanges the code without any secret', async () => {
    const client = publicClient();
    expect(client.config.apiKey).toBeUndefined();
    const { code, codeVerifier } = await authorize(client);
    const result = await authenticateWithCode(client, { code, code_verifier: codeVerifier });
    expect(result.user.id).toBe('user_browser_1');
    expect(result.access_token).toBeInstanceOf(SecretString);
    expect(result.access_token.expose()).toMatch(/^access_[0-9a-f]{16}$/);
    expect(result.refresh_token.expose()).toMatch(/^refresh_[0-9a-f]{16}$/);

    const last = (await (await fetch(`${base}/last-exchange`)).json()) as {
      headers: Record<string, string | undefined>;
      body: Record<string, unknown>;
    };
    expect(last.body).toStrictEqual({
      client_id: 'client_browser',
      grant_type: 'authorization_code',
      code,
      code_verifier: codeVerifier,
    });
    expect(last.headers['authorization']).toBeUndefined();
  });

  it('a wrong verifier is rejected by the server as invalid_grant', async () => {
    const client = publicClient();
    const { code } = await authorize(client);
    const error = await authenticateWithCode(client, { code, code_verifier: 'x'.repeat(43) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSOAuthError);
    expect((error as WorkOSOAuthError).error).toBe('invalid_grant');
  });
});
