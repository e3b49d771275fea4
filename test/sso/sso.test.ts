import { describe, expect, it } from 'vitest';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSInvalidArgumentError, WorkOSOAuthError, WorkOSUnauthorizedError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { computeCodeChallenge } from '../../src/pkce/index.ts';
import {
  getAuthorizationUrl,
  getProfile,
  getProfileAndToken,
  getSSOAuthorizationUrl,
  getSSOAuthorizationUrlWithPKCE,
} from '../../src/sso/index.ts';
import { MockTransport } from '../support/mock-transport.ts';

const CLIENT_ID = 'client_sso';
const REDIRECT = 'https://example.com/sso/callback';

const PROFILE = {
  object: 'profile',
  id: 'prof_01DMC79VCBZ0NY2099737PSVF1',
  organization_id: 'org_01EHQMYV6MBK39QC5PZXHY59C3',
  connection_id: 'conn_01E4ZCR3C56J083X43JQXF3JK5',
  connection_type: 'OktaSAML',
  idp_id: '103456789012345678901',
  email: 'todd@example.com',
  first_name: 'Todd',
  last_name: 'Rundgren',
  name: 'Todd Rundgren',
  role: { slug: 'admin' },
  raw_attributes: {},
};
const TOKEN_RESPONSE = { token_type: 'Bearer', access_token: 'eyJhbGciOiJSUzI1NiIsImtpZCI6InNzby', expires_in: 600, profile: PROFILE };

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

describe('SSO getAuthorizationUrl', () => {
  it('builds the URL with every SSO parameter', () => {
    const url = getSSOAuthorizationUrl(
      { clientId: CLIENT_ID },
      {
        redirectUri: REDIRECT,
        connectionId: 'conn_1',
        organizationId: 'org_1',
        provider: 'GoogleOAuth',
        nonce: 'n1',
        prompt: 'login',
        domainHint: 'example.com',
        loginHint: 'todd@example.com',
        state: 's1',
        providerScopes: ['a', 'b'],
        providerQueryParams: { hd: 'example.com' },
        codeChallenge: 'ch',
      },
    );
    expect(url).toBe(
      'https://api.workos.com/sso/authorize?client_id=client_sso&redirect_uri=https%3A%2F%2Fexample.com%2Fsso%2Fcallback&response_type=code' +
        '&connection=conn_1&organization=org_1&provider=GoogleOAuth&nonce=n1&prompt=login&domain_hint=example.com' +
        '&login_hint=todd%40example.com&state=s1&provider_scopes=a&provider_scopes=b&provider_query_params%5Bhd%5D=example.com' +
        '&code_challenge=ch&code_challenge_method=S256',
    );
  });

  it('is also exported as getAuthorizationUrl', () => {
    expect(getAuthorizationUrl({ clientId: CLIENT_ID }, { organizationId: 'org_1', redirectUri: REDIRECT })).toBe(
      'https://api.workos.com/sso/authorize?client_id=client_sso&redirect_uri=https%3A%2F%2Fexample.com%2Fsso%2Fcallback&response_type=code&organization=org_1',
    );
  });

  it('requires one of connectionId, organizationId and provider, and validates the rest', () => {
    invalid(() => getSSOAuthorizationUrl({ clientId: CLIENT_ID }, { redirectUri: REDIRECT }), 'connectionId');
    invalid(() => getSSOAuthorizationUrl({ clientId: CLIENT_ID }, { redirectUri: REDIRECT, connectionId: 'c', prompt: 'consent' as 'login' }), 'prompt');
    invalid(() => getSSOAuthorizationUrl({ clientId: CLIENT_ID }, { redirectUri: 'nope', connectionId: 'c' }), 'redirectUri');
    invalid(() => getSSOAuthorizationUrl(new WorkOSClient({ clientId: '' }), { redirectUri: REDIRECT, connectionId: 'c' }), 'clientId');
  });

  it('PKCE variant returns verifier, challenge and state', async () => {
    const result = await getSSOAuthorizationUrlWithPKCE({ clientId: CLIENT_ID }, { connectionId: 'conn_1', redirectUri: REDIRECT });
    const url = new URL(result.url);
    expect(url.pathname).toBe('/sso/authorize');
    expect(url.searchParams.get('code_challenge')).toBe(await computeCodeChallenge(result.codeVerifier));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')).toBe(result.state);
  });
});

describe('getProfileAndToken', () => {
  it('POSTs JSON to /sso/token with client_secret = the API key and decodes the profile', async () => {
    const transport = new MockTransport({ json: TOKEN_RESPONSE });
    const client = new WorkOSClient({ apiKey: 'sk_test_sso', clientId: CLIENT_ID, transport });
    const result = await getProfileAndToken(client, { code: 'code_1' });
    expect(transport.last.method).toBe('POST');
    expect(transport.last.url.href).toBe('https://api.workos.com/sso/token');
    expect(transport.last.headers.get('content-type')).toBe('application/json');
    expect(transport.last.body).toBe(
      '{"client_id":"client_sso","client_secret":"sk_test_sso","grant_type":"authorization_code","code":"code_1"}',
    );
    expect(result.access_token).toBeInstanceOf(SecretString);
    expect(result.access_token.expose()).toBe(TOKEN_RESPONSE.access_token);
    expect(result.expires_in).toBe(600);
    expect(result.profile.id).toBe(PROFILE.id);
    expect(result.profile.role?.slug).toBe('admin');
  });

  it('a public client sends code_verifier and never client_secret', async () => {
    const transport = new MockTransport({ json: TOKEN_RESPONSE });
    const client = new WorkOSClient({ apiKey: '', clientId: CLIENT_ID, transport });
    await getProfileAndToken(client, { code: 'code_1', code_verifier: new SecretString('v'.repeat(43)) });
    expect(transport.last.json).toStrictEqual({
      client_id: CLIENT_ID,
      grant_type: 'authorization_code',
      code: 'code_1',
      code_verifier: 'v'.repeat(43),
    });
    expect(transport.last.headers.get('authorization')).toBeNull();
  });

  it('a public client without a verifier is refused before any request', async () => {
    const transport = new MockTransport({ json: TOKEN_RESPONSE });
    const client = new WorkOSClient({ apiKey: '', clientId: CLIENT_ID, transport });
    await expect(getProfileAndToken(client, { code: 'code_1' })).rejects.toThrow(WorkOSInvalidArgumentError);
    await expect(getProfileAndToken(client, { code: 'code_1' })).rejects.toThrow(/^sso\.getProfileAndToken needs an API key/);
    expect(transport.requests).toHaveLength(0);
  });

  it('surfaces invalid_grant as WorkOSOAuthError', async () => {
    const transport = new MockTransport({
      status: 400,
      json: { error: 'invalid_grant', error_description: 'The code has expired or has already been used.' },
    });
    const client = new WorkOSClient({ apiKey: 'sk_test_sso', clientId: CLIENT_ID, transport });
    const error = await getProfileAndToken(client, { code: 'used' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSOAuthError);
    expect((error as WorkOSOAuthError).error).toBe('invalid_grant');
    expect((error as Error).message).not.toContain('sk_test_sso');
  });
});

describe('getProfile', () => {
  it('GETs /sso/profile with the access token as bearer, not the API key', async () => {
    const transport = new MockTransport({ json: PROFILE });
    const client = new WorkOSClient({ apiKey: 'sk_test_sso', clientId: CLIENT_ID, transport });
    const profile = await getProfile(client, { accessToken: new SecretString('access_1') });
    expect(transport.last.method).toBe('GET');
    expect(transport.last.url.href).toBe('https://api.workos.com/sso/profile');
    expect(transport.last.headers.get('authorization')).toBe('Bearer access_1');
    expect(profile.email).toBe('todd@example.com');
    expect(profile.connection_type).toBe('OktaSAML');
  });

  it('works on a public client and maps 401', async () => {
    const transport = new MockTransport({ status: 401, json: { message: 'Unauthorized' } });
    const client = new WorkOSClient({ apiKey: '', clientId: CLIENT_ID, transport });
    await expect(getProfile(client, { accessToken: 'expired' })).rejects.toThrow(WorkOSUnauthorizedError);
    expect(transport.last.headers.get('authorization')).toBe('Bearer expired');
  });
});

describe('public clients and operations needing a key', () => {
  it('an apiKey operation fails before any request, naming the operation', async () => {
    const transport = new MockTransport({ json: {} });
    const client = new WorkOSClient({ apiKey: '', clientId: CLIENT_ID, transport });
    await expect(client.request({ operation: 'sso.listConnections', method: 'GET', path: '/connections' })).rejects.toThrow(
      /^sso\.listConnections needs an API key/,
    );
    expect(transport.requests).toHaveLength(0);
  });
});
