import { describe, expect, it } from 'vitest';
import {
  authenticateWithCode,
  authenticateWithDeviceCode,
  authenticateWithEmailVerification,
  authenticateWithMagicAuth,
  authenticateWithOrganizationSelection,
  authenticateWithPassword,
  authenticateWithRefreshToken,
  authenticateWithTotp,
} from '../../src/authkit/authenticate.ts';
import { WorkOSClient } from '../../src/core/client.ts';
import {
  WorkOSAuthenticationFlowError,
  WorkOSDecodeError,
  WorkOSInvalidArgumentError,
  WorkOSOAuthError,
} from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { jsonResponse, MockTransport } from '../support/mock-transport.ts';
import { AUTH_RESPONSE } from './fixtures.ts';

const CLIENT_ID = 'client_01HXYZ';
const API_KEY = 'sk_test_abc';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

function confidential(transport: MockTransport): WorkOSClient {
  return new WorkOSClient({ apiKey: API_KEY, clientId: CLIENT_ID, transport, maxRetries: 0 });
}

function publicClient(transport: MockTransport): WorkOSClient {
  return new WorkOSClient({ apiKey: '', clientId: CLIENT_ID, transport, maxRetries: 0 });
}

type Call = (client: WorkOSClient) => Promise<unknown>;

// Each grant with its exact expected body (without client credentials).
const GRANTS: { name: string; call: Call; body: Record<string, unknown> }[] = [
  {
    name: 'password',
    call: (c) => authenticateWithPassword(c, { email: 'a@example.com', password: 'pw', invitation_token: 'inv_1' }),
    body: { grant_type: 'password', email: 'a@example.com', password: 'pw', invitation_token: 'inv_1' },
  },
  {
    name: 'authorization_code',
    call: (c) => authenticateWithCode(c, { code: 'code_1', code_verifier: VERIFIER }),
    body: { grant_type: 'authorization_code', code: 'code_1', code_verifier: VERIFIER },
  },
  {
    name: 'refresh_token',
    call: (c) => authenticateWithRefreshToken(c, { refresh_token: new SecretString('rt_1') }),
    body: { grant_type: 'refresh_token', refresh_token: 'rt_1' },
  },
  {
    name: 'magic auth',
    call: (c) => authenticateWithMagicAuth(c, { code: '123456', email: 'a@example.com' }),
    body: { grant_type: 'urn:workos:oauth:grant-type:magic-auth:code', code: '123456', email: 'a@example.com' },
  },
  {
    name: 'totp',
    call: (c) =>
      authenticateWithTotp(c, {
        code: '654321',
        authentication_challenge_id: 'auth_challenge_1',
        pending_authentication_token: 'pat_1',
      }),
    body: {
      grant_type: 'urn:workos:oauth:grant-type:mfa-totp',
      code: '654321',
      authentication_challenge_id: 'auth_challenge_1',
      pending_authentication_token: 'pat_1',
    },
  },
  {
    name: 'email verification',
    call: (c) => authenticateWithEmailVerification(c, { code: '111111', pending_authentication_token: new SecretString('pat_2') }),
    body: {
      grant_type: 'urn:workos:oauth:grant-type:email-verification:code',
      code: '111111',
      pending_authentication_token: 'pat_2',
    },
  },
  {
    name: 'organization selection',
    call: (c) => authenticateWithOrganizationSelection(c, { pending_authentication_token: 'pat_3', organization_id: 'org_1' }),
    body: {
      grant_type: 'urn:workos:oauth:grant-type:organization-selection',
      pending_authentication_token: 'pat_3',
      organization_id: 'org_1',
    },
  },
  {
    name: 'device code',
    call: (c) => authenticateWithDeviceCode(c, { device_code: 'dc_1' }),
    body: { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: 'dc_1' },
  },
];

const PUBLIC_GRANTS = new Set(['authorization_code', 'refresh_token', 'device code']);

describe('authenticateWith… grants', () => {
  for (const grant of GRANTS) {
    it(`${grant.name}: POSTs exactly the grant's fields as JSON with client_id and client_secret`, async () => {
      const transport = new MockTransport({ json: AUTH_RESPONSE });
      await grant.call(confidential(transport));
      const sent = transport.last;
      expect(sent.method).toBe('POST');
      expect(sent.url.href).toBe('https://api.workos.com/user_management/authenticate');
      expect(sent.headers.get('content-type')).toBe('application/json');
      expect(sent.headers.get('authorization')).toBeNull();
      expect(sent.json).toStrictEqual({ client_id: CLIENT_ID, client_secret: API_KEY, ...grant.body });
    });

    it(`${grant.name}: surfaces continuation errors as narrowable WorkOSAuthenticationFlowError`, async () => {
      const transport = new MockTransport({
        status: 403,
        json: {
          code: 'email_verification_required',
          message: 'Email ownership must be verified before authentication.',
          email: 'a@example.com',
          pending_authentication_token: 'pat_next',
        },
      });
      const error = await grant.call(confidential(transport)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkOSAuthenticationFlowError);
      const flow = error as WorkOSAuthenticationFlowError;
      expect(flow.code).toBe('email_verification_required');
      expect(flow.pendingAuthenticationToken?.expose()).toBe('pat_next');
      expect(flow.details['email']).toBe('a@example.com');
      expect(flow.message).not.toContain('pat_next');
    });

    it(`${grant.name}: surfaces OAuth error bodies as WorkOSOAuthError`, async () => {
      const transport = new MockTransport({
        status: 400,
        json: { error: 'invalid_grant', error_description: 'The code has expired or has already been used.' },
      });
      const error = await grant.call(confidential(transport)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkOSOAuthError);
      expect((error as WorkOSOAuthError).error).toBe('invalid_grant');
      expect((error as WorkOSOAuthError).status).toBe(400);
    });

    if (PUBLIC_GRANTS.has(grant.name)) {
      it(`${grant.name}: a public client sends no client_secret and no Authorization header`, async () => {
        const transport = new MockTransport({ json: AUTH_RESPONSE });
        await grant.call(publicClient(transport));
        expect(transport.last.json).toStrictEqual({ client_id: CLIENT_ID, ...grant.body });
        expect(transport.last.headers.get('authorization')).toBeNull();
      });
    } else {
      it(`${grant.name}: a public client is refused before any request, naming the method`, async () => {
        const transport = new MockTransport({ json: AUTH_RESPONSE });
        const error = await grant.call(publicClient(transport)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WorkOSInvalidArgumentError);
        expect((error as WorkOSInvalidArgumentError).argument).toBe('apiKey');
        expect((error as Error).message).toMatch(/^userManagement\.authenticateWith\w+ needs an API key/);
        expect(transport.requests).toHaveLength(0);
      });
    }
  }

  it('sends every optional field that is given and no null for the ones that are not', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    await authenticateWithCode(confidential(transport), {
      code: 'code_1',
      code_verifier: new SecretString('verifier_1'),
      invitation_token: undefined,
      ip_address: '203.0.113.42',
      user_agent: 'Mozilla/5.0',
    });
    expect(transport.last.body).toBe(
      JSON.stringify({
        client_id: CLIENT_ID,
        client_secret: API_KEY,
        grant_type: 'authorization_code',
        code: 'code_1',
        code_verifier: 'verifier_1',
        ip_address: '203.0.113.42',
        user_agent: 'Mozilla/5.0',
      }),
    );
  });

  it('code without code_verifier: a confidential client sends client_secret, a public one is refused first', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    await authenticateWithCode(confidential(transport), { code: 'code_1' });
    expect(transport.last.json).toStrictEqual({
      client_id: CLIENT_ID,
      client_secret: API_KEY,
      grant_type: 'authorization_code',
      code: 'code_1',
    });
    const error = await authenticateWithCode(publicClient(transport), { code: 'code_1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSInvalidArgumentError);
    expect((error as WorkOSInvalidArgumentError).argument).toBe('apiKey');
    expect((error as Error).message).toContain('code_verifier');
    expect(transport.requests).toHaveLength(1);
  });

  it('refresh: switches organization with organization_id', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    await authenticateWithRefreshToken(publicClient(transport), { refresh_token: 'rt_1', organization_id: 'org_2' });
    expect(transport.last.json).toStrictEqual({
      client_id: CLIENT_ID,
      grant_type: 'refresh_token',
      refresh_token: 'rt_1',
      organization_id: 'org_2',
    });
  });

  it('decodes the response with tokens as SecretString and the user typed', async () => {
    const transport = new MockTransport({
      json: {
        ...AUTH_RESPONSE,
        impersonator: { email: 'admin@foocorp.com', reason: null },
        oauth_tokens: { provider: 'GoogleOAuth', access_token: 'ya29', refresh_token: '1//04g', expires_at: 1735141800, scopes: ['email'] },
      },
    });
    const result = await authenticateWithPassword(confidential(transport), { email: 'a@example.com', password: 'pw' });
    expect(result.access_token).toBeInstanceOf(SecretString);
    expect(result.access_token.expose()).toBe(AUTH_RESPONSE.access_token);
    expect(result.refresh_token.expose()).toBe(AUTH_RESPONSE.refresh_token);
    expect(`${result.access_token}`).toBe('<redacted>');
    expect(result.user.id).toBe('user_01E4ZCR3C56J083X43JQXF3JK5');
    expect(result.user.email_verified).toBe(true);
    expect(result.organization_id).toBe('org_01H945H0YD4F97JN9MATX7BYAG');
    expect(result.authentication_method).toBe('Password');
    expect(result.impersonator).toEqual({ email: 'admin@foocorp.com', reason: null });
    expect(result.oauth_tokens?.access_token.expose()).toBe('ya29');
    expect(JSON.stringify(result.refresh_token)).toBe('"yAjhKk123NLIjdrBdGZPf8pLIDvK"');
  });

  it('rejects a response without tokens with WorkOSDecodeError', async () => {
    const transport = new MockTransport(jsonResponse({ user: AUTH_RESPONSE.user, access_token: 'x' }));
    const error = await authenticateWithRefreshToken(publicClient(transport), { refresh_token: 'rt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSDecodeError);
    expect((error as WorkOSDecodeError).path).toBe('refresh_token');
  });

  it('maps each continuation code to the flow error', async () => {
    for (const code of ['email_verification_required', 'mfa_enrollment', 'mfa_challenge', 'organization_selection_required', 'sso_required']) {
      const transport = new MockTransport({
        status: code === 'sso_required' ? 403 : 400,
        json: { code, message: 'continue', pending_authentication_token: 'pat', user: AUTH_RESPONSE.user },
      });
      const error = await authenticateWithPassword(confidential(transport), { email: 'a@example.com', password: 'pw' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkOSAuthenticationFlowError);
      expect((error as WorkOSAuthenticationFlowError).code).toBe(code);
      expect((error as WorkOSAuthenticationFlowError).details['user']).toEqual(AUTH_RESPONSE.user);
    }
  });

  it('needs a client id before any request', async () => {
    const transport = new MockTransport({ json: AUTH_RESPONSE });
    const client = new WorkOSClient({ apiKey: API_KEY, clientId: '', transport });
    const error = await authenticateWithCode(client, { code: 'c' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkOSInvalidArgumentError);
    expect((error as WorkOSInvalidArgumentError).argument).toBe('clientId');
    expect(transport.requests).toHaveLength(0);
  });
});
