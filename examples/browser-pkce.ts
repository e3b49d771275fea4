// Browser (public client, no API key): sign in with AuthKit through PKCE. Bundle with any bundler.
// The verifier stays in sessionStorage between the redirect and the callback.
import { WorkOSClient } from '@workos-edge/sdk/core';
import { authenticateWithCode, getAuthorizationUrlWithPKCE } from '@workos-edge/sdk/authkit';

const client = new WorkOSClient({ clientId: 'client_123' }); // never an API key in a browser

export async function signIn(): Promise<void> {
  const { url, codeVerifier, state } = await getAuthorizationUrlWithPKCE(client, {
    provider: 'authkit',
    redirectUri: `${location.origin}/callback`,
  });
  sessionStorage.setItem('pkce', JSON.stringify({ codeVerifier, state }));
  location.assign(url);
}

export async function handleCallback(): Promise<string> {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem('pkce') ?? '{}') as { codeVerifier?: string; state?: string };
  if (params.get('state') !== saved.state || saved.codeVerifier === undefined) throw new Error('state mismatch');
  const { user, access_token } = await authenticateWithCode(client, { code: params.get('code') ?? '', code_verifier: saved.codeVerifier });
  sessionStorage.removeItem('pkce');
  console.log('signed in as', user.email);
  return access_token.expose();
}
