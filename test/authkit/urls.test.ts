import { describe, expect, it } from 'vitest';
import { getAuthorizationUrl, getAuthorizationUrlWithPKCE, getLogoutUrl } from '../../src/authkit/index.ts';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSInvalidArgumentError } from '../../src/core/errors.ts';
import { computeCodeChallenge } from '../../src/pkce/index.ts';

const CLIENT_ID = 'client_01HXYZ';
const REDIRECT = 'https://example.com/callback';
const target = { clientId: CLIENT_ID };

function invalid(fn: () => unknown, argument: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkOSInvalidArgumentError);
  expect((caught as WorkOSInvalidArgumentError).argument).toBe(argument);
}

describe('AuthKit getAuthorizationUrl', () => {
  it('builds the minimal URL byte for byte', () => {
    expect(getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT })).toBe(
      'https://api.workos.com/user_management/authorize?client_id=client_01HXYZ&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&response_type=code&provider=authkit',
    );
  });

  it('sends every parameter of wire-formats §5 under its snake_case name', () => {
    const url = new URL(
      getAuthorizationUrl(target, {
        redirectUri: REDIRECT,
        provider: 'authkit',
        connectionId: 'conn_1',
        organizationId: 'org_1',
        domainHint: 'example.com',
        loginHint: 'a+b@example.com',
        state: 'st&ate=1',
        screenHint: 'sign-up',
        prompt: 'login',
        maxAge: 0,
        invitationToken: 'inv_1',
        claimNonce: 'nonce_1',
        providerScopes: ['repo', 'read:org'],
        providerQueryParams: { hd: 'example.com', access_type: 'offline' },
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        codeChallengeMethod: 'S256',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://api.workos.com/user_management/authorize');
    expect([...url.searchParams]).toStrictEqual([
      ['client_id', CLIENT_ID],
      ['redirect_uri', REDIRECT],
      ['response_type', 'code'],
      ['provider', 'authkit'],
      ['connection_id', 'conn_1'],
      ['organization_id', 'org_1'],
      ['screen_hint', 'sign-up'],
      ['prompt', 'login'],
      ['max_age', '0'],
      ['invitation_token', 'inv_1'],
      ['claim_nonce', 'nonce_1'],
      ['domain_hint', 'example.com'],
      ['login_hint', 'a+b@example.com'],
      ['state', 'st&ate=1'],
      ['provider_scopes', 'repo'],
      ['provider_scopes', 'read:org'],
      ['provider_query_params[hd]', 'example.com'],
      ['provider_query_params[access_type]', 'offline'],
      ['code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'],
      ['code_challenge_method', 'S256'],
    ]);
    expect(url.search).toContain('&provider_scopes=repo&provider_scopes=read%3Aorg&');
    expect(url.search).toContain('&provider_query_params%5Bhd%5D=example.com&');
  });

  it('keeps provider query params from injecting top-level parameters', () => {
    const url = new URL(
      getAuthorizationUrl(target, {
        provider: 'GoogleOAuth',
        redirectUri: REDIRECT,
        providerQueryParams: { 'x&client_id=evil': 'y&redirect_uri=https://evil.example' },
      }),
    );
    expect(url.searchParams.getAll('client_id')).toStrictEqual([CLIENT_ID]);
    expect(url.searchParams.getAll('redirect_uri')).toStrictEqual([REDIRECT]);
    expect(url.searchParams.get('provider_query_params[x&client_id=evil]')).toBe('y&redirect_uri=https://evil.example');
    invalid(() => getAuthorizationUrl(target, { provider: 'GoogleOAuth', redirectUri: REDIRECT, providerQueryParams: { 'a]&b[': 'x' } }), 'providerQueryParams');
  });

  it('takes baseUrl and clientId from a WorkOSClient', () => {
    const client = new WorkOSClient({ clientId: 'client_c', baseUrl: 'https://auth.example.com/prefix/', apiKey: '' });
    expect(getAuthorizationUrl(client, { organizationId: 'org_1', redirectUri: REDIRECT })).toBe(
      'https://auth.example.com/prefix/user_management/authorize?client_id=client_c&redirect_uri=https%3A%2F%2Fexample.com%2Fcallback&response_type=code&organization_id=org_1',
    );
    expect(getAuthorizationUrl({ clientId: 'client_p', baseUrl: 'http://localhost:8787' }, { connectionId: 'conn_1', redirectUri: 'myapp://cb' })).toBe(
      'http://localhost:8787/user_management/authorize?client_id=client_p&redirect_uri=myapp%3A%2F%2Fcb&response_type=code&connection_id=conn_1',
    );
  });

  it('requires one of provider, connectionId and organizationId', () => {
    invalid(() => getAuthorizationUrl(target, { redirectUri: REDIRECT }), 'provider');
    invalid(() => getAuthorizationUrl(target, { redirectUri: REDIRECT, loginHint: 'a@example.com' }), 'provider');
  });

  it('allows screenHint only with provider authkit', () => {
    invalid(() => getAuthorizationUrl(target, { provider: 'GoogleOAuth', redirectUri: REDIRECT, screenHint: 'sign-up' }), 'screenHint');
    invalid(() => getAuthorizationUrl(target, { organizationId: 'org_1', redirectUri: REDIRECT, screenHint: 'sign-in' }), 'screenHint');
    invalid(
      () => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, screenHint: 'register' as 'sign-up' }),
      'screenHint',
    );
    expect(getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, screenHint: 'sign-in' })).toContain('&screen_hint=sign-in');
  });

  it('rejects malformed options before building', () => {
    invalid(() => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: '/callback' }), 'redirectUri');
    invalid(() => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, maxAge: -1 }), 'maxAge');
    invalid(() => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, maxAge: 1.5 }), 'maxAge');
    invalid(() => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, state: '' }), 'state');
    invalid(() => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, providerScopes: [''] }), 'providerScopes');
    invalid(
      () => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, codeChallengeMethod: 'S256' }),
      'codeChallengeMethod',
    );
    invalid(
      () => getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, codeChallenge: 'x', codeChallengeMethod: 'plain' as 'S256' }),
      'codeChallengeMethod',
    );
    invalid(() => getAuthorizationUrl({ clientId: '' }, { provider: 'authkit', redirectUri: REDIRECT }), 'clientId');
    invalid(() => getAuthorizationUrl({ clientId: 'c', baseUrl: 'ftp://x' }, { provider: 'authkit', redirectUri: REDIRECT }), 'baseUrl');
    invalid(() => getAuthorizationUrl(new WorkOSClient({ clientId: '' }), { provider: 'authkit', redirectUri: REDIRECT }), 'clientId');
  });

  it('sends code_challenge_method S256 whenever a challenge is given', () => {
    const url = new URL(getAuthorizationUrl(target, { provider: 'authkit', redirectUri: REDIRECT, codeChallenge: 'abc' }));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });
});

describe('AuthKit getAuthorizationUrlWithPKCE', () => {
  it('returns the verifier, its challenge in the URL and a random state', async () => {
    const result = await getAuthorizationUrlWithPKCE(target, { provider: 'authkit', redirectUri: REDIRECT });
    const url = new URL(result.url);
    expect(result.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.codeChallenge).toBe(await computeCodeChallenge(result.codeVerifier));
    expect(url.searchParams.get('code_challenge')).toBe(result.codeChallenge);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(result.state);
    expect(result.state).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const again = await getAuthorizationUrlWithPKCE(target, { provider: 'authkit', redirectUri: REDIRECT });
    expect(again.state).not.toBe(result.state);
    expect(again.codeVerifier).not.toBe(result.codeVerifier);
  });

  it('keeps a given state', async () => {
    const result = await getAuthorizationUrlWithPKCE(target, { provider: 'authkit', redirectUri: REDIRECT, state: 'mine' });
    expect(result.state).toBe('mine');
    expect(new URL(result.url).searchParams.get('state')).toBe('mine');
  });

  it('rejects invalid options with the typed error', async () => {
    await expect(getAuthorizationUrlWithPKCE(target, { redirectUri: REDIRECT })).rejects.toThrow(WorkOSInvalidArgumentError);
  });
});

describe('getLogoutUrl', () => {
  it('builds the logout URL with session_id and return_to', () => {
    expect(getLogoutUrl({}, { sessionId: 'session_01H', returnTo: 'https://example.com/bye?x=1' })).toBe(
      'https://api.workos.com/user_management/sessions/logout?session_id=session_01H&return_to=https%3A%2F%2Fexample.com%2Fbye%3Fx%3D1',
    );
    const client = new WorkOSClient({ baseUrl: 'https://auth.example.com', apiKey: '' });
    expect(getLogoutUrl(client, { sessionId: 'session_2' })).toBe(
      'https://auth.example.com/user_management/sessions/logout?session_id=session_2',
    );
  });

  it('requires a session id', () => {
    invalid(() => getLogoutUrl({}, { sessionId: '' }), 'sessionId');
  });
});
