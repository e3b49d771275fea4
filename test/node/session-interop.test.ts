// Node-only: cross-checks sealed sessions against the official SDK (@workos-inc/node 12.3.0,
// which seals with iron-webcrypto via its internal sealData/unsealData) in both directions.
import { WorkOS as OfficialWorkOS } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { WorkOSClient } from '../../src/core/client.ts';
import { SecretString } from '../../src/core/secret.ts';
import { sealSession, unsealSession } from '../../src/session/iron.ts';
import { loadSealedSession, sealSessionFromAuthenticationResponse } from '../../src/session/index.ts';
import { jsonResponse, MockTransport } from '../support/mock-transport.ts';
import { interopSession } from '../fixtures/session-vectors.ts';

const PASSWORD = 'interop-cookie-password-of-32-characters+';
const WIRE_USER = {
  object: 'user',
  id: 'user_01INTEROP',
  email: 'grace@example.com',
  email_verified: true,
  first_name: 'Grace',
  last_name: 'Hopper',
  profile_picture_url: 'https://example.com/g.png',
  last_sign_in_at: '2026-02-02T10:00:00.000Z',
  locale: 'en-US',
  external_id: 'ext_1',
  metadata: { team: 'navy' },
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-02T00:00:00.000Z',
};
const ACCESS_TOKEN = interopSession.unsealed_json.accessToken;

/** The official client answering /user_management/authenticate from memory. */
function officialClient(body: unknown = {
  user: WIRE_USER,
  organization_id: 'org_01VECTOR',
  access_token: ACCESS_TOKEN,
  refresh_token: 'refresh_interop',
  authentication_method: 'Password',
  impersonator: { email: 'admin@example.com', reason: 'debugging' },
}): OfficialWorkOS {
  return new OfficialWorkOS('sk_test_interop', {
    clientId: 'client_interop',
    fetchFn: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  } as never);
}

async function officialSeal(): Promise<string> {
  const response = await officialClient().userManagement.authenticateWithPassword({
    email: 'grace@example.com',
    password: 'pw',
    session: { sealSession: true, cookiePassword: PASSWORD },
  });
  return response.sealedSession!;
}

describe('iron interop with @workos-inc/node 12.3.0', () => {
  it('we unseal a cookie the official SDK seals now', async () => {
    const sealed = await officialSeal();
    expect(sealed).toMatch(/^Fe26\.2\*1\*[0-9a-f]{64}\*/);
    const data = await unsealSession(sealed, { password: PASSWORD });
    expect(data).toStrictEqual({
      organizationId: 'org_01VECTOR',
      user: {
        object: 'user',
        id: 'user_01INTEROP',
        email: 'grace@example.com',
        emailVerified: true,
        name: null,
        firstName: 'Grace',
        profilePictureUrl: 'https://example.com/g.png',
        lastName: 'Hopper',
        lastSignInAt: '2026-02-02T10:00:00.000Z',
        locale: 'en-US',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-02T00:00:00.000Z',
        externalId: 'ext_1',
        metadata: { team: 'navy' },
      },
      accessToken: ACCESS_TOKEN,
      refreshToken: 'refresh_interop',
      authenticationMethod: 'Password',
      impersonator: { email: 'admin@example.com', reason: 'debugging' },
    });
  });

  it('the official SDK unseals what we seal', async () => {
    const sealed = await sealSession(interopSession.unsealed_json, { password: PASSWORD });
    const theirs = await officialClient().userManagement.getSessionFromCookie({ sessionData: sealed, cookiePassword: PASSWORD });
    // The official reader turns the user's timestamps into Dates; JSON brings them back to text.
    expect(JSON.parse(JSON.stringify(theirs))).toStrictEqual(interopSession.unsealed_json);
  });

  it('the official SDK rejects what we seal with another password, as we reject theirs', async () => {
    const sealed = await sealSession({ accessToken: 'x' }, { password: PASSWORD });
    const theirs = await officialClient().userManagement.getSessionFromCookie({
      sessionData: sealed,
      cookiePassword: 'a-different-password-of-32-characters',
    });
    expect(theirs).toStrictEqual({});
    await expect(unsealSession(await officialSeal(), { password: 'a-different-password-of-32-characters' })).rejects.toThrow(
      'integrity',
    );
  });
});

describe('session cookies interop with @workos-inc/node 12.3.0', () => {
  it('an official sealed session authenticates with loadSealedSession, user mapped back to the wire shape', async () => {
    const keys = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k', alg: 'RS256' };
    const now = Math.floor(Date.now() / 1000);
    const accessToken = await new SignJWT({ sid: 'session_interop', org_id: 'org_01VECTOR', role: 'member', iat: now, exp: now + 600 })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .sign(keys.privateKey);
    const official = officialClient({ user: WIRE_USER, access_token: accessToken, refresh_token: 'r', authentication_method: 'Password' });
    const { sealedSession } = await official.userManagement.authenticateWithPassword({
      email: 'grace@example.com',
      password: 'pw',
      session: { sealSession: true, cookiePassword: PASSWORD },
    });
    const transport = new MockTransport(jsonResponse({ keys: [jwk] }));
    const client = new WorkOSClient({ clientId: `client_interop_${Date.now()}`, transport });
    const result = await loadSealedSession(client, sealedSession, { cookiePassword: PASSWORD }).authenticate();
    expect(result.authenticated).toBe(true);
    if (!result.authenticated) return;
    expect(result.sessionId).toBe('session_interop');
    expect(result.organizationId).toBe('org_01VECTOR');
    expect(result.authenticationMethod).toBe('Password');
    expect(result.user).toStrictEqual({ ...WIRE_USER, name: null });
  });

  it('sealSessionFromAuthenticationResponse writes the same JSON, byte for byte, as the official SDK', async () => {
    const theirs = await officialSeal();
    const ours = await sealSessionFromAuthenticationResponse(
      {
        user: WIRE_USER as never,
        organization_id: 'org_01VECTOR',
        access_token: new SecretString(ACCESS_TOKEN),
        refresh_token: new SecretString('refresh_interop'),
        authentication_method: 'Password',
        impersonator: { email: 'admin@example.com', reason: 'debugging' },
      },
      { cookiePassword: PASSWORD },
    );
    const plain = async (sealed: string): Promise<string> => JSON.stringify(await unsealSession(sealed, { password: PASSWORD }));
    expect(await plain(ours)).toBe(await plain(theirs));
    // And the official SDK reads ours: session data and the logout URL.
    const theirSession = await officialClient().userManagement.getSessionFromCookie({ sessionData: ours, cookiePassword: PASSWORD });
    expect(theirSession?.refreshToken).toBe('refresh_interop');
    const logout = await officialClient()
      .userManagement.loadSealedSession({ sessionData: ours, cookiePassword: PASSWORD })
      .getLogoutUrl();
    expect(logout).toBe('https://api.workos.com/user_management/sessions/logout?session_id=session_01VECTOR');
  });
});
