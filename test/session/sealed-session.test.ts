import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSInvalidArgumentError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { WorkOSJwtError } from '../../src/jwks/errors.ts';
import {
  authenticateSealedSession,
  loadSealedSession,
  sealSession,
  sealSessionFromAuthenticationResponse,
  unsealSession,
  WorkOSSessionError,
} from '../../src/session/index.ts';
import type { AuthenticationResponse } from '../../src/authkit/authentication-response.ts';
import { interopSession } from '../fixtures/session-vectors.ts';
import { jsonResponse, MockTransport, type RecordedRequest } from '../support/mock-transport.ts';

const PASSWORD = 'session-test-password-with-32-chars-min';
const NOW = Math.floor(Date.now() / 1000);

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: KeyPair;
let stranger: KeyPair;
let jwk: JWK;

beforeAll(async () => {
  keys = await generateKeyPair('RS256', { extractable: true });
  stranger = await generateKeyPair('RS256', { extractable: true });
  jwk = { ...(await exportJWK(keys.publicKey)), kid: 'sess_key', alg: 'RS256' };
});

function token(payload: JWTPayload, key: KeyPair = keys): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'sess_key' }).sign(key.privateKey);
}

const claims = (extra: JWTPayload = {}): JWTPayload => ({
  sub: 'user_01VECTOR000000000000000',
  sid: 'session_01ABC',
  org_id: 'org_01VECTOR',
  role: 'admin',
  roles: ['admin'],
  permissions: ['widgets:write'],
  entitlements: ['sso'],
  feature_flags: ['new-nav'],
  iat: NOW - 5,
  exp: NOW + 300,
  ...extra,
});

const WIRE_USER = {
  object: 'user' as const,
  id: 'user_01VECTOR000000000000000',
  email: 'ada@example.com',
  email_verified: true,
  name: null,
  first_name: 'Ada',
  profile_picture_url: null,
  last_name: 'Lovelace',
  last_sign_in_at: null,
  locale: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  external_id: null,
  metadata: {},
};

async function cookieFor(accessToken: string, extra: Record<string, unknown> = {}, password: string | { id: string; password: string } = PASSWORD): Promise<string> {
  return sealSession(
    { ...interopSession.unsealed_json, accessToken, refreshToken: 'refresh_old', ...extra },
    { password },
  );
}

let counter = 0;
/**
 * A client whose transport serves the JWKS and answers the authenticate endpoint with `auth`.
 * Each gets its own client id, so the per-URL key cache starts empty.
 */
function setup(
  auth: (request: RecordedRequest, signal: AbortSignal) => Response | Promise<Response> = () => jsonResponse({}, 500),
): {
  client: WorkOSClient;
  transport: MockTransport;
  authCalls: () => RecordedRequest[];
} {
  counter += 1;
  const transport = new MockTransport((request, signal) =>
    request.url.pathname.startsWith('/sso/jwks/') ? jsonResponse({ keys: [jwk] }) : auth(request, signal),
  );
  const client = new WorkOSClient({ apiKey: 'sk_test_sess', clientId: `client_sess_${counter}_${Math.random().toString(36).slice(2)}`, transport, maxRetries: 0 });
  return { client, transport, authCalls: () => transport.requests.filter((r) => r.url.pathname === '/user_management/authenticate') };
}

async function authResponse(extra: JWTPayload = {}, body: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  return {
    user: { ...WIRE_USER, first_name: 'Ada (refreshed)' },
    organization_id: 'org_02NEW',
    access_token: await token(claims({ sid: 'session_01ABC', org_id: 'org_02NEW', role: 'member', roles: ['member'], ...extra })),
    refresh_token: 'refresh_new',
    authentication_method: 'Password',
    ...body,
  };
}

describe('SealedSession.authenticate', () => {
  it('returns the user (wire shape) and the claims of a valid session', async () => {
    const { client, transport } = setup();
    const accessToken = await token(claims());
    const result = await loadSealedSession(client, await cookieFor(accessToken), { cookiePassword: PASSWORD }).authenticate();
    expect(result.authenticated).toBe(true);
    if (!result.authenticated) return;
    expect(result.sessionId).toBe('session_01ABC');
    expect(result.organizationId).toBe('org_01VECTOR');
    expect(result.role).toBe('admin');
    expect(result.roles).toEqual(['admin']);
    expect(result.permissions).toEqual(['widgets:write']);
    expect(result.entitlements).toEqual(['sso']);
    expect(result.featureFlags).toEqual(['new-nav']);
    expect(result.user).toStrictEqual(WIRE_USER);
    expect(result.impersonator).toEqual({ email: 'admin@example.com', reason: 'support' });
    expect(result.authenticationMethod).toBe('Password');
    expect(result.accessToken).toBeInstanceOf(SecretString);
    expect(result.accessToken.expose()).toBe(accessToken);
    expect(transport.requests.map((r) => r.url.pathname)).toEqual([`/sso/jwks/${client.clientId}`]);
  });

  it('reports a missing cookie without any request', async () => {
    const { client, transport } = setup();
    for (const cookie of [undefined, '']) {
      expect(await loadSealedSession(client, cookie, { cookiePassword: PASSWORD }).authenticate()).toEqual({
        authenticated: false,
        reason: 'no_session_cookie_provided',
      });
    }
    expect(transport.requests).toHaveLength(0);
  });

  it('reports tampered, truncated, foreign, oversized and shapeless cookies as invalid_session_cookie', async () => {
    const { client, transport } = setup();
    const good = await cookieFor(await token(claims()));
    const flip = good.slice(0, 200) + (good[200] === 'A' ? 'B' : 'A') + good.slice(201);
    const shapeless = await sealSession({ user: WIRE_USER }, { password: PASSWORD });
    const badUser = await sealSession({ accessToken: 'x', refreshToken: 'y', user: 'me' }, { password: PASSWORD });
    const foreign = await cookieFor(await token(claims()), {}, 'some-other-password-with-32-characters');
    const cookies = [flip, good.slice(0, -20), 'garbage', foreign, `${good.slice(0, -2)}~9`, 'Fe26.2*' + 'x'.repeat(20_000), shapeless, badUser];
    for (const cookie of cookies) {
      expect(await loadSealedSession(client, cookie, { cookiePassword: PASSWORD }).authenticate()).toEqual({
        authenticated: false,
        reason: 'invalid_session_cookie',
      });
    }
    expect(transport.requests).toHaveLength(0);
  });

  it('reports an expired access token as expired, other bad tokens as invalid_jwt', async () => {
    const { client } = setup();
    const check = async (accessToken: string): Promise<unknown> =>
      loadSealedSession(client, await cookieFor(accessToken), { cookiePassword: PASSWORD }).authenticate();
    expect(await check(await token(claims({ exp: NOW - 60 })))).toEqual({ authenticated: false, reason: 'expired' });
    expect(await check(await token(claims(), stranger))).toEqual({ authenticated: false, reason: 'invalid_jwt' });
    expect(await check(await token(claims({ sid: undefined })))).toEqual({ authenticated: false, reason: 'invalid_jwt' });
    expect(await check('not.a.jwt')).toEqual({ authenticated: false, reason: 'invalid_jwt' });
    // The official SDK's vector cookie opens, but its placeholder token has no valid signature.
    expect(await loadSealedSession(client, interopSession.sealed, { cookiePassword: interopSession.cookie_password }).authenticate()).toEqual({
      authenticated: false,
      reason: 'invalid_jwt',
    });
  });

  it('honours clock tolerance and issuer pinning passed as jwt options', async () => {
    const { client } = setup();
    const cookie = await cookieFor(await token(claims({ exp: NOW - 5, iss: 'https://api.workos.com' })));
    const tolerant = await loadSealedSession(client, cookie, { cookiePassword: PASSWORD, jwt: { clockTolerance: 60 } }).authenticate();
    expect(tolerant.authenticated).toBe(true);
    const pinned = await loadSealedSession(client, cookie, {
      cookiePassword: PASSWORD,
      jwt: { clockTolerance: 60, issuer: 'https://elsewhere.example.com' },
    }).authenticate();
    expect(pinned).toEqual({ authenticated: false, reason: 'invalid_jwt' });
  });

  it('rejects (does not sign out) when the JWKS is unavailable, and on a too-short password', async () => {
    const transport = new MockTransport({ status: 503, body: 'down' });
    const client = new WorkOSClient({ clientId: `client_down_${Math.random()}`, transport });
    const cookie = await cookieFor(await token(claims()));
    await expect(loadSealedSession(client, cookie, { cookiePassword: PASSWORD }).authenticate()).rejects.toThrow(WorkOSJwtError);
    await expect(loadSealedSession(client, cookie, { cookiePassword: 'short' }).authenticate()).rejects.toThrow(WorkOSSessionError);
  });

  it('authenticateSealedSession works with a client id and fetch alone', async () => {
    const seen: string[] = [];
    const clientId = `client_lean_${Math.random().toString(36).slice(2)}`;
    const result = await authenticateSealedSession(await cookieFor(await token(claims())), {
      clientId,
      cookiePassword: PASSWORD,
      fetch: async (request) => {
        seen.push(request.url);
        return jsonResponse({ keys: [jwk] });
      },
    });
    expect(result.authenticated && result.sessionId).toBe('session_01ABC');
    expect(seen).toEqual([`https://api.workos.com/sso/jwks/${clientId}`]);
  });

  it('opens cookies sealed under any of several rotated passwords', async () => {
    const { client } = setup();
    const passwords = [
      { id: 'k2', password: 'the-new-password-with-at-least-32-chars' },
      { id: 'k1', password: PASSWORD },
    ];
    const old = await cookieFor(await token(claims()), {}, { id: 'k1', password: PASSWORD });
    const result = await loadSealedSession(client, old, { cookiePassword: passwords }).authenticate();
    expect(result.authenticated).toBe(true);
  });
});

describe('SealedSession.refresh', () => {
  it('sends the refresh grant, reseals in the official shape and updates the session', async () => {
    const response = await authResponse();
    const { client, authCalls } = setup(() => jsonResponse(response));
    const session = loadSealedSession(client, await cookieFor(await token(claims())), { cookiePassword: PASSWORD });
    const result = await session.refresh();
    expect(authCalls()).toHaveLength(1);
    const sent = authCalls()[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.json).toEqual({
      client_id: client.clientId,
      client_secret: 'sk_test_sess',
      grant_type: 'refresh_token',
      refresh_token: 'refresh_old',
      organization_id: 'org_01VECTOR',
    });
    expect(result.authenticated).toBe(true);
    if (!result.authenticated) return;
    expect(result.sessionId).toBe('session_01ABC');
    expect(result.organizationId).toBe('org_02NEW');
    expect(result.role).toBe('member');
    expect(result.user.first_name).toBe('Ada (refreshed)');
    expect(result.accessToken.expose()).toBe(response['access_token']);
    expect(session.sealedSession).toBe(result.sealedSession);
    expect(await unsealSession(result.sealedSession, { password: PASSWORD })).toStrictEqual({
      organizationId: 'org_02NEW',
      user: { ...interopSession.unsealed_json.user, firstName: 'Ada (refreshed)' },
      accessToken: response['access_token'],
      refreshToken: 'refresh_new',
      authenticationMethod: 'Password',
    });
    const again = await session.authenticate();
    expect(again.authenticated && again.organizationId).toBe('org_02NEW');
  });

  it('switches organization when asked', async () => {
    const { client, authCalls } = setup(async () => jsonResponse(await authResponse()));
    await loadSealedSession(client, await cookieFor(await token(claims())), { cookiePassword: PASSWORD }).refresh({
      organizationId: 'org_02NEW',
    });
    expect((authCalls()[0]!.json as Record<string, unknown>)['organization_id']).toBe('org_02NEW');
  });

  it('reseals with the newest of several passwords', async () => {
    const { client } = setup(async () => jsonResponse(await authResponse()));
    const newest = { id: 'k2', password: 'the-new-password-with-at-least-32-chars' };
    const old = await cookieFor(await token(claims()), {}, { id: 'k1', password: PASSWORD });
    const result = await loadSealedSession(client, old, { cookiePassword: [newest, { id: 'k1', password: PASSWORD }] }).refresh();
    expect(result.authenticated && result.sealedSession.split('*')[1]).toBe('k2');
  });

  it('classifies terminal failures', async () => {
    const cases: [Response, string][] = [
      [jsonResponse({ error: 'invalid_grant', error_description: 'Refresh token already used' }, 400), 'invalid_grant'],
      [jsonResponse({ code: 'mfa_enrollment', message: 'Enroll', pending_authentication_token: 'p', user: WIRE_USER }, 403), 'mfa_enrollment'],
      [jsonResponse({ code: 'sso_required', message: 'SSO', pending_authentication_token: 'p', email: 'a@b.c' }, 403), 'sso_required'],
    ];
    for (const [response, reason] of cases) {
      const { client } = setup(() => response.clone());
      const result = await loadSealedSession(client, await cookieFor(await token(claims())), { cookiePassword: PASSWORD }).refresh();
      expect(result).toMatchObject({ authenticated: false, reason, retryable: false });
    }
  });

  it('classifies retryable failures, with retryAfter from a 429', async () => {
    const cases: [() => Response, Record<string, unknown>][] = [
      [() => jsonResponse({ message: 'slow down' }, 429, { 'retry-after': '7' }), { reason: 'rate_limit_exceeded', retryAfter: 7 }],
      [() => jsonResponse({ message: 'timeout' }, 408), { reason: 'timeout' }],
      [() => new Response('<html>bad gateway</html>', { status: 502 }), { reason: 'server_error' }],
      [() => jsonResponse({ message: 'oops' }, 500), { reason: 'server_error' }],
      [() => { throw new TypeError('fetch failed'); }, { reason: 'network_error' }],
    ];
    for (const [respond, expected] of cases) {
      const { client } = setup(respond);
      const result = await loadSealedSession(client, await cookieFor(await token(claims())), { cookiePassword: PASSWORD }).refresh();
      expect(result).toMatchObject({ authenticated: false, retryable: true, ...expected });
      expect(!result.authenticated && result.error?.kind).toBeTruthy();
    }
  });

  it('classifies a client-side timeout as retryable', async () => {
    // A server that never answers; the transport gives up when the pipeline's timeout aborts it.
    const { client } = setup(
      (_request, signal) => new Promise<Response>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    );
    const session = loadSealedSession(client, await cookieFor(await token(claims())), { cookiePassword: PASSWORD });
    const result = await session.refresh({ requestOptions: { timeout: 20 } });
    expect(result).toMatchObject({ authenticated: false, reason: 'timeout', retryable: true });
  });

  it('rejects on errors that are neither (a bad API key), and keeps the old cookie', async () => {
    const { client } = setup(() => jsonResponse({ message: 'Unauthorized' }, 401));
    const cookie = await cookieFor(await token(claims()));
    const session = loadSealedSession(client, cookie, { cookiePassword: PASSWORD });
    await expect(session.refresh()).rejects.toThrow('Unauthorized');
    expect(session.sealedSession).toBe(cookie);
  });

  it('refuses an invalid or missing cookie without calling the API', async () => {
    const { client, transport } = setup();
    expect(await loadSealedSession(client, 'nope', { cookiePassword: PASSWORD }).refresh()).toEqual({
      authenticated: false,
      reason: 'invalid_session_cookie',
      retryable: false,
    });
    expect(await loadSealedSession(client, undefined, { cookiePassword: PASSWORD }).refresh()).toEqual({
      authenticated: false,
      reason: 'no_session_cookie_provided',
      retryable: false,
    });
    expect(transport.requests).toHaveLength(0);
  });

  it('needs a full WorkOSClient', async () => {
    const lean = { config: { baseUrl: 'https://api.workos.com', clientId: 'client_x', transport: new MockTransport() } };
    await expect(loadSealedSession(lean, await cookieFor(await token(claims())), { cookiePassword: PASSWORD }).refresh()).rejects.toThrow(
      WorkOSInvalidArgumentError,
    );
  });
});

describe('SealedSession.getLogoutUrl', () => {
  it('builds the logout URL from the sid, even for an expired token', async () => {
    const transport = new MockTransport();
    const client = new WorkOSClient({ clientId: 'client_logout', baseUrl: 'https://auth.example.com', transport });
    const cookie = await cookieFor(await token(claims({ exp: NOW - 3600 })));
    const session = loadSealedSession(client, cookie, { cookiePassword: PASSWORD });
    expect(await session.getLogoutUrl()).toBe('https://auth.example.com/user_management/sessions/logout?session_id=session_01ABC');
    expect(await session.getLogoutUrl({ returnTo: 'https://app.example.com/bye?x=1&y=2' })).toBe(
      'https://auth.example.com/user_management/sessions/logout?session_id=session_01ABC&return_to=https%3A%2F%2Fapp.example.com%2Fbye%3Fx%3D1%26y%3D2',
    );
    expect(transport.requests).toHaveLength(0);
  });

  it('fails with a typed error without a usable cookie', async () => {
    const client = new WorkOSClient({ clientId: 'client_logout' });
    await expect(loadSealedSession(client, undefined, { cookiePassword: PASSWORD }).getLogoutUrl()).rejects.toThrow(WorkOSInvalidArgumentError);
    await expect(loadSealedSession(client, 'junk', { cookiePassword: PASSWORD }).getLogoutUrl()).rejects.toThrow(WorkOSSessionError);
    const noSid = await cookieFor(await token(claims({ sid: undefined })));
    await expect(loadSealedSession(client, noSid, { cookiePassword: PASSWORD }).getLogoutUrl()).rejects.toThrow(WorkOSSessionError);
  });
});

describe('sealSessionFromAuthenticationResponse', () => {
  it('writes exactly the JSON the official SDK writes (keys, order, camelCase user)', async () => {
    const response: AuthenticationResponse = {
      user: WIRE_USER,
      organization_id: 'org_01VECTOR',
      access_token: new SecretString(interopSession.unsealed_json.accessToken),
      refresh_token: new SecretString(interopSession.unsealed_json.refreshToken),
      authentication_method: 'Password',
      impersonator: { email: 'admin@example.com', reason: 'support' },
    };
    const sealed = await sealSessionFromAuthenticationResponse(response, { cookiePassword: PASSWORD });
    const data = await unsealSession(sealed, { password: PASSWORD });
    expect(JSON.stringify(data)).toBe(JSON.stringify(interopSession.unsealed_json));
  });

  it('takes organizationId from the token, leaves optional keys out, normalises timestamps', async () => {
    const response: AuthenticationResponse = {
      user: { ...WIRE_USER, created_at: '2026-01-01T00:00:00Z', last_sign_in_at: '2026-03-01T12:00:00+01:00', metadata: { a: 'b' } },
      organization_id: 'org_from_body',
      access_token: new SecretString(await token(claims({ org_id: undefined }))),
      refresh_token: new SecretString('r'),
    };
    const data = (await unsealSession(await sealSessionFromAuthenticationResponse(response, { cookiePassword: PASSWORD }), {
      password: PASSWORD,
    })) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['user', 'accessToken', 'refreshToken']);
    expect(data['user']).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z', lastSignInAt: '2026-03-01T11:00:00.000Z', metadata: { a: 'b' } });
  });
});
