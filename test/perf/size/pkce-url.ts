// budget-gzip: 3072
// @ts-nocheck: the bare specifier resolves only against a built dist/, which test/tsconfig.json cannot assume.
// A browser sign-in button (measured ~2.7 KB gzip from src with esbuild): build the AuthKit authorization URL with PKCE for a public client and
// keep the verifier for the callback. Must not pull in the client, valibot or any grant.
import { getAuthorizationUrlWithPKCE } from '@workos-edge/sdk/authkit';

export async function signIn(): Promise<void> {
  const { url, codeVerifier, state } = await getAuthorizationUrlWithPKCE(
    { clientId: 'client_123' },
    { provider: 'authkit', redirectUri: `${location.origin}/callback`, screenHint: 'sign-in' },
  );
  sessionStorage.setItem('pkce', JSON.stringify({ codeVerifier, state }));
  location.assign(url);
}
