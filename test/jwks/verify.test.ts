import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSInvalidArgumentError } from '../../src/core/errors.ts';
import { getJwksUrl, verifyAccessToken, WorkOSJwtError, type VerifyAccessTokenOptions } from '../../src/jwks/index.ts';
import { sharesInFlightFetch } from '../../src/jwks/key-set.ts';
import { jsonResponse, MockTransport } from '../support/mock-transport.ts';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let main: KeyPair;
let other: KeyPair;
let mainJwk: JWK;
let otherJwk: JWK;
const NOW = 1_800_000_000; // seconds

beforeAll(async () => {
  main = await generateKeyPair('RS256', { extractable: true });
  other = await generateKeyPair('RS256', { extractable: true });
  mainJwk = { ...(await exportJWK(main.publicKey)), kid: 'key_main', alg: 'RS256', use: 'sig' };
  otherJwk = { ...(await exportJWK(other.publicKey)), kid: 'key_other', alg: 'RS256', use: 'sig' };
});

let counter = 0;
/** A fresh client id per test, so the per-URL key cache never leaks between tests. */
function uniqueClientId(): string {
  counter += 1;
  return `client_jwks_${counter}_${Math.random().toString(36).slice(2)}`;
}

function sign(payload: JWTPayload, options: { key?: KeyPair; kid?: string; alg?: string } = {}): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'key_main' })
    .sign((options.key ?? main).privateKey);
}

const base = (): JWTPayload => ({ sub: 'user_1', sid: 'session_1', iat: NOW - 10, exp: NOW + 300 });

function b64url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function setup(...keySets: JWK[][]): { transport: MockTransport; options: VerifyAccessTokenOptions; clientId: string } {
  const transport = new MockTransport(...keySets.map((keys) => jsonResponse({ keys })));
  const clientId = uniqueClientId();
  const client = new WorkOSClient({ clientId, transport, apiKey: 'sk_test_jwks' });
  return { transport, clientId, options: { client, now: () => NOW * 1000 } };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(WorkOSJwtError);
    expect((error as WorkOSJwtError).kind).toBe('jwt');
    return (error as WorkOSJwtError).reason;
  }
  throw new Error('expected a WorkOSJwtError');
}

describe('getJwksUrl', () => {
  it('builds ${baseUrl}/sso/jwks/${clientId} from a base URL or a client', () => {
    expect(getJwksUrl('https://api.workos.com', 'client_123')).toBe('https://api.workos.com/sso/jwks/client_123');
    expect(getJwksUrl('http://localhost:8080/prefix/', 'client_1')).toBe('http://localhost:8080/prefix/sso/jwks/client_1');
    const client = new WorkOSClient({ clientId: 'client_abc', baseUrl: 'https://auth.example.com' });
    expect(getJwksUrl(client)).toBe('https://auth.example.com/sso/jwks/client_abc');
    expect(getJwksUrl(client, 'client_override')).toBe('https://auth.example.com/sso/jwks/client_override');
  });

  it('refuses a missing client id and keeps any other id inside one path segment', () => {
    expect(() => getJwksUrl('https://api.workos.com')).toThrow(WorkOSInvalidArgumentError);
    expect(() => getJwksUrl('https://api.workos.com', '')).toThrow(WorkOSInvalidArgumentError);
    expect(() => getJwksUrl('https://api.workos.com', '..')).toThrow(WorkOSInvalidArgumentError);
    expect(getJwksUrl('https://api.workos.com', '../admin?x=1#y')).toBe('https://api.workos.com/sso/jwks/..%2Fadmin%3Fx%3D1%23y');
    expect(new URL(getJwksUrl('https://api.workos.com', '../admin')).pathname).toBe('/sso/jwks/..%2Fadmin');
  });
});

describe('verifyAccessToken', () => {
  it('returns typed claims and fetches the JWKS once through the client transport', async () => {
    const { transport, options, clientId } = setup([mainJwk]);
    const token = await sign({
      ...base(),
      org_id: 'org_1',
      role: 'admin',
      roles: ['admin', 'member'],
      permissions: ['posts:read'],
      entitlements: ['audit-logs'],
      feature_flags: ['beta'],
      act: { sub: 'admin@example.com' },
    });
    const claims = await verifyAccessToken(token, options);
    expect(claims).toMatchObject({ sub: 'user_1', sid: 'session_1', org_id: 'org_1', role: 'admin', roles: ['admin', 'member'] });
    expect(claims.permissions).toEqual(['posts:read']);
    expect(claims.entitlements).toEqual(['audit-logs']);
    expect(claims.feature_flags).toEqual(['beta']);
    expect(claims.act).toEqual({ sub: 'admin@example.com' });
    expect(transport.requests).toHaveLength(1);
    expect(transport.last.method).toBe('GET');
    expect(transport.last.url.href).toBe(`https://api.workos.com/sso/jwks/${clientId}`);
    expect(transport.last.headers.get('authorization')).toBeNull();
    await verifyAccessToken(await sign(base()), options);
    expect(transport.requests).toHaveLength(1);
  });

  it('uses an injected fetch and an explicit jwksUrl when no client is given', async () => {
    const seen: string[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      seen.push(request.url);
      return jsonResponse({ keys: [mainJwk] });
    };
    const jwksUrl = `https://keys.example.com/${uniqueClientId()}`;
    const claims = await verifyAccessToken(await sign(base()), { jwksUrl, fetch, now: () => NOW * 1000 });
    expect(claims.sid).toBe('session_1');
    expect(seen).toEqual([jwksUrl]);
    const clientId = uniqueClientId();
    await verifyAccessToken(await sign(base()), { clientId, baseUrl: 'https://api.example.com', fetch, now: () => NOW * 1000 });
    expect(seen[1]).toBe(`https://api.example.com/sso/jwks/${clientId}`);
  });

  it('rejects an expired token, accepting it within the clock tolerance', async () => {
    const { options } = setup([mainJwk]);
    const token = await sign({ ...base(), exp: NOW - 5 });
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('expired');
    expect((await verifyAccessToken(token, { ...options, clockTolerance: 10 })).sub).toBe('user_1');
  });

  it('rejects a token that is not yet valid', async () => {
    const { options } = setup([mainJwk]);
    const token = await sign({ ...base(), nbf: NOW + 60 });
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('not_yet_valid');
    expect((await verifyAccessToken(token, { ...options, clockTolerance: 120 })).sub).toBe('user_1');
  });

  it('rejects a token without exp and WorkOS claims of the wrong type', async () => {
    const { options } = setup([mainJwk]);
    const { exp: _exp, ...noExp } = base();
    expect(await reasonOf(verifyAccessToken(await sign(noExp), options))).toBe('claim_mismatch');
    expect(await reasonOf(verifyAccessToken(await sign({ ...base(), roles: 'admin' }), options))).toBe('claim_mismatch');
    expect(await reasonOf(verifyAccessToken(await sign({ ...base(), sid: 42 }), options))).toBe('claim_mismatch');
    expect(await reasonOf(verifyAccessToken(await sign({ ...base(), act: 'x' }), options))).toBe('claim_mismatch');
  });

  it('rejects a token signed by another key under a known kid', async () => {
    const { options } = setup([mainJwk]);
    const token = await sign(base(), { key: other, kid: 'key_main' });
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('invalid_signature');
  });

  it('rejects a tampered payload', async () => {
    const { options } = setup([mainJwk]);
    const [header, , signature] = (await sign(base())).split('.');
    const forged = b64url(JSON.stringify({ ...base(), sub: 'user_admin' }));
    expect(await reasonOf(verifyAccessToken(`${header}.${forged}.${signature}`, options))).toBe('invalid_signature');
  });

  it('rejects alg none', async () => {
    const { options, transport } = setup([mainJwk]);
    const token = `${b64url(JSON.stringify({ alg: 'none', kid: 'key_main' }))}.${b64url(JSON.stringify(base()))}.`;
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('alg_not_allowed');
    expect(transport.requests).toHaveLength(0);
  });

  it('rejects HS256 signed with the RSA public key (algorithm confusion)', async () => {
    const { options } = setup([mainJwk]);
    const spki = new TextEncoder().encode(JSON.stringify(mainJwk));
    const token = await new SignJWT(base()).setProtectedHeader({ alg: 'HS256', kid: 'key_main' }).sign(spki);
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('alg_not_allowed');
    // Even a caller who allows HS256 gets no key: a JWKS never yields an HMAC secret.
    expect(await reasonOf(verifyAccessToken(token, { ...options, algorithms: ['RS256', 'HS256'] }))).toBe('alg_not_allowed');
  });

  it('rejects malformed tokens', async () => {
    const { options } = setup([mainJwk]);
    for (const token of ['', 'abc', 'a.b', 'a.b.c.d', '!!.??.##']) {
      expect(await reasonOf(verifyAccessToken(token, options))).toBe('malformed');
    }
  });

  it('pins issuer and audience when asked', async () => {
    const { options } = setup([mainJwk]);
    const token = await sign({ ...base(), iss: 'https://api.workos.com/user_management/client_1', aud: 'app' });
    const issuer = 'https://api.workos.com/user_management/client_1';
    expect((await verifyAccessToken(token, { ...options, issuer, audience: 'app' })).sub).toBe('user_1');
    expect(await reasonOf(verifyAccessToken(token, { ...options, issuer: 'https://evil.example.com' }))).toBe('claim_mismatch');
    expect(await reasonOf(verifyAccessToken(token, { ...options, audience: 'other' }))).toBe('claim_mismatch');
  });
});

describe('verifyAccessToken: key cache', () => {
  it('refetches once for an unknown kid and picks up a rotated key', async () => {
    const { options, transport } = setup([mainJwk], [mainJwk, otherJwk]);
    await verifyAccessToken(await sign(base()), options);
    const rotated = await sign(base(), { key: other, kid: 'key_other' });
    expect((await verifyAccessToken(rotated, { ...options, cooldown: 0 })).sub).toBe('user_1');
    expect(transport.requests).toHaveLength(2);
  });

  it('an unknown kid costs at most one fetch per cooldown, however many tokens arrive', async () => {
    let clock = NOW * 1000;
    const { options, transport } = setup([mainJwk]);
    const timed = { ...options, now: () => clock };
    await verifyAccessToken(await sign(base()), timed);
    expect(transport.requests).toHaveLength(1);
    const bogus = await sign(base(), { key: other, kid: 'key_bogus' });
    // Within the cooldown of the first fetch: no refetch at all.
    for (let i = 0; i < 20; i++) expect(await reasonOf(verifyAccessToken(bogus, timed))).toBe('unknown_kid');
    expect(transport.requests).toHaveLength(1);
    clock += 30_001;
    expect(await reasonOf(verifyAccessToken(bogus, timed))).toBe('unknown_kid');
    expect(transport.requests).toHaveLength(2);
    for (let i = 0; i < 20; i++) await reasonOf(verifyAccessToken(bogus, timed));
    expect(transport.requests).toHaveLength(2);
  });

  it('refetches keys older than maxAge', async () => {
    let clock = NOW * 1000;
    const { options, transport } = setup([mainJwk]);
    const timed = { ...options, now: () => clock, maxAge: 60_000, clockTolerance: 3600 };
    await verifyAccessToken(await sign(base()), timed);
    clock += 59_000;
    await verifyAccessToken(await sign(base()), timed);
    expect(transport.requests).toHaveLength(1);
    clock += 2_000;
    await verifyAccessToken(await sign(base()), timed);
    expect(transport.requests).toHaveLength(2);
  });

  it('concurrent verifications share one fetch, except on Workers and Vercel Edge', async () => {
    const { options, transport } = setup([mainJwk]);
    const token = await sign(base());
    const results = await Promise.all(Array.from({ length: 10 }, () => verifyAccessToken(token, options)));
    expect(results).toHaveLength(10);
    // On Workers and Vercel Edge a fetch begun by one request must not be awaited by another.
    const edge = (typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers') || typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime === 'string';
    expect(sharesInFlightFetch()).toBe(!edge);
    expect(transport.requests).toHaveLength(edge ? 10 : 1);
  });

  it('a failing JWKS endpoint gives jwks_unavailable and is not retried within the cooldown', async () => {
    let clock = NOW * 1000;
    const transport = new MockTransport({ status: 503, body: 'down' }, { status: 200, body: 'not json' }, jsonResponse({ nope: 1 }), jsonResponse({ keys: [mainJwk] }));
    const client = new WorkOSClient({ clientId: uniqueClientId(), transport });
    const options = { client, now: () => clock };
    const token = await sign(base());
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('jwks_unavailable');
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('jwks_unavailable');
    expect(transport.requests).toHaveLength(1);
    clock += 30_001;
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('jwks_unavailable'); // not JSON
    clock += 30_001;
    expect(await reasonOf(verifyAccessToken(token, options))).toBe('jwks_unavailable'); // not a JWKS
    clock += 30_001;
    expect((await verifyAccessToken(token, { ...options, clockTolerance: 3600 })).sub).toBe('user_1');
    expect(transport.requests).toHaveLength(4);
  });

  it('a network failure or a hung endpoint gives jwks_unavailable', async () => {
    const failing = new MockTransport({ throw: new TypeError('fetch failed') });
    const client = new WorkOSClient({ clientId: uniqueClientId(), transport: failing });
    expect(await reasonOf(verifyAccessToken(await sign(base()), { client, now: () => NOW * 1000 }))).toBe('jwks_unavailable');
    const hung = new MockTransport({ status: 200, json: { keys: [] }, delayMs: 5_000 });
    const slow = new WorkOSClient({ clientId: uniqueClientId(), transport: hung });
    expect(await reasonOf(verifyAccessToken(await sign(base()), { client: slow, timeout: 20, now: () => NOW * 1000 }))).toBe(
      'jwks_unavailable',
    );
  });
});
