// The full client: generated operations and hand-written helpers meet on the accessors that users
// of @workos-inc/node know, each delegating to the one implementation in its helper module.
import { describe, expect, it } from 'vitest';
import { SecretString, WorkOS } from '../src/index.ts';
import { signWebhook } from '../src/webhooks/index.ts';
import { MockTransport, type RecordedRequest } from './support/mock-transport.ts';

const user = {
  object: 'user',
  id: 'user_1',
  email: 'ada@example.com',
  email_verified: true,
  first_name: 'Ada',
  last_name: 'Lovelace',
  profile_picture_url: null,
  last_sign_in_at: null,
  external_id: null,
  metadata: {},
  locale: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

describe('WorkOS accessors', () => {
  it('userManagement has the generated operations and the AuthKit grants', async () => {
    const transport = new MockTransport({ json: { user, access_token: 'at_1', refresh_token: 'rt_1', authentication_method: 'Password' } });
    const workos = new WorkOS({ apiKey: 'sk_test_acc', clientId: 'client_acc', transport });
    const result = await workos.userManagement.authenticateWithPassword({ email: 'ada@example.com', password: 'correct horse' });
    expect(result.access_token).toBeInstanceOf(SecretString);
    expect(result.user.id).toBe('user_1');
    expect(transport.last.url.pathname).toBe('/user_management/authenticate');
    expect(transport.last.json).toEqual({
      client_id: 'client_acc',
      client_secret: 'sk_test_acc',
      grant_type: 'password',
      email: 'ada@example.com',
      password: 'correct horse',
    });
    expect(typeof workos.userManagement.listUsers).toBe('function');
    expect(workos.userManagement).toBe(workos.userManagement);
  });

  it('userManagement and sso build authorization and logout URLs from the client config', () => {
    const workos = new WorkOS({ apiKey: 'sk_test', clientId: 'client_acc', baseUrl: 'https://auth.example.com' });
    const authkit = new URL(workos.userManagement.getAuthorizationUrl({ provider: 'authkit', redirectUri: 'https://app.example.com/callback' }));
    expect(authkit.origin + authkit.pathname).toBe('https://auth.example.com/user_management/authorize');
    expect(authkit.searchParams.get('client_id')).toBe('client_acc');
    expect(authkit.searchParams.get('response_type')).toBe('code');
    const sso = new URL(workos.sso.getAuthorizationUrl({ connectionId: 'conn_1', redirectUri: 'https://app.example.com/callback' }));
    expect(sso.pathname).toBe('/sso/authorize');
    expect(sso.searchParams.get('connection')).toBe('conn_1');
    expect(workos.userManagement.getLogoutUrl({ sessionId: 'session_1' })).toBe('https://auth.example.com/user_management/sessions/logout?session_id=session_1');
    expect(workos.userManagement.getJwksUrl()).toBe('https://auth.example.com/sso/jwks/client_acc');
  });

  it('sso.getProfileAndToken fills the client credentials; exchangeToken is the raw operation', async () => {
    const profile = { object: 'profile', id: 'prof_1', idp_id: 'i', connection_id: 'conn_1', connection_type: 'OktaSAML', organization_id: 'org_1', email: 'a@example.com', first_name: null, last_name: null, name: null, raw_attributes: {}, custom_attributes: {} };
    const transport = new MockTransport({ json: { token_type: 'Bearer', access_token: 'sso_at', expires_in: 600, profile } });
    const workos = new WorkOS({ apiKey: 'sk_test_sso', clientId: 'client_sso', transport });
    const result = await workos.sso.getProfileAndToken({ code: 'code_1' });
    expect(result.access_token.expose()).toBe('sso_at');
    expect(transport.last.json).toEqual({ client_id: 'client_sso', client_secret: 'sk_test_sso', grant_type: 'authorization_code', code: 'code_1' });
    expect(typeof workos.sso.exchangeToken).toBe('function');
  });

  it('userManagement.loadSealedSession reports a missing cookie as a typed reason', async () => {
    const workos = new WorkOS({ apiKey: 'sk_test', clientId: 'client_acc' });
    const session = workos.userManagement.loadSealedSession(undefined, { cookiePassword: 'x'.repeat(32) });
    await expect(session.authenticate()).resolves.toEqual({ authenticated: false, reason: 'no_session_cookie_provided' });
  });

  it('webhooks.constructEvent verifies a signed payload; actions sign responses', async () => {
    const workos = new WorkOS({ apiKey: 'sk_test' });
    const payload = JSON.stringify({ id: 'event_1', event: 'user.created', data: user, created_at: '2026-01-01T00:00:00.000Z' });
    const signatureHeader = await signWebhook({ payload, secret: 'whsec_acc' });
    const event = await workos.webhooks.constructEvent({ payload, signatureHeader, secret: 'whsec_acc' });
    expect(event.event).toBe('user.created');
    await expect(workos.webhooks.constructEvent({ payload: `${payload} `, signatureHeader, secret: 'whsec_acc' })).rejects.toMatchObject({ reason: 'signature_mismatch' });
    const signed = await workos.actions.signResponse({ type: 'authentication', verdict: 'Allow', secret: 'whsec_acc' });
    expect(signed.object).toBe('authentication_action_response');
  });

  it('vault.encrypt and vault.decrypt round-trip through the data-key operations', async () => {
    const dataKey = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
    const keyBlob = 'a2V5LWJsb2I=';
    const transport = new MockTransport((request: RecordedRequest) =>
      request.url.pathname === '/vault/v1/keys/data-key'
        ? Response.json({ id: 'key_1', context: { org: 'o' }, data_key: dataKey, encrypted_keys: keyBlob })
        : Response.json({ id: 'key_1', data_key: dataKey }),
    );
    const workos = new WorkOS({ apiKey: 'sk_test', transport });
    const blob = await workos.vault.encrypt('hello vault', { org: 'o' });
    expect(await workos.vault.decrypt(blob)).toBe('hello vault');
    expect(transport.requests.map((r) => r.url.pathname)).toEqual(['/vault/v1/keys/data-key', '/vault/v1/keys/decrypt']);
    expect(transport.requests[1]!.json).toEqual({ keys: keyBlob });
  });
});
