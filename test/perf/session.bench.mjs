// Sealed-session cost per request, same process, interleaved rounds, medians (µs/op):
//   unseal:       @workos-inc/node 12.3.0 `getSessionFromCookie` vs ours `unsealSession`
//   authenticate: @workos-inc/node `loadSealedSession(...).authenticate()` vs ours
//                 `authenticateSealedSession` (unseal + RS256 verification, JWKS cached after the first call)
// No target is set by the issue (the session budget is bundle size); this shows where we stand.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { WorkOS as OfficialWorkOS } from '@workos-inc/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundled = await build({
  entryPoints: [`${root}src/session/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  minify: true,
});
const { authenticateSealedSession, sealSession, unsealSession } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const PASSWORD = 'bench-cookie-password-of-at-least-32-chars';
const CLIENT_ID = 'client_bench';
const keys = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'bench', alg: 'RS256' };
const now = Math.floor(Date.now() / 1000);
const accessToken = await new SignJWT({
  sub: 'user_bench', iss: 'https://api.workos.com', sid: 'session_bench', org_id: 'org_bench', role: 'member', iat: now, auth_time: now, exp: now + 3600,
})
  .setProtectedHeader({ alg: 'RS256', kid: 'bench' })
  .sign(keys.privateKey);

// Both SDKs fetch the JWKS from https://api.workos.com/sso/jwks/client_bench; serve it from memory.
const jwksBody = JSON.stringify({ keys: [jwk] });
globalThis.fetch = async () => new Response(jwksBody, { headers: { 'content-type': 'application/json' } });

const data = {
  organizationId: 'org_bench',
  user: {
    object: 'user', id: 'user_bench', email: 'ada@example.com', emailVerified: true, name: null, firstName: 'Ada',
    profilePictureUrl: null, lastName: 'Lovelace', lastSignInAt: null, locale: null,
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', externalId: null, metadata: {},
  },
  accessToken,
  refreshToken: 'refresh_bench',
  authenticationMethod: 'Password',
};
const cookie = await sealSession(data, { password: PASSWORD });

const official = new OfficialWorkOS('sk_test_bench', { clientId: CLIENT_ID });
const cases = {
  'unseal (a) official getSessionFromCookie': () =>
    official.userManagement.getSessionFromCookie({ sessionData: cookie, cookiePassword: PASSWORD }),
  'unseal (b) ours unsealSession': () => unsealSession(cookie, { password: PASSWORD }),
  'authenticate (a) official loadSealedSession().authenticate()': () =>
    official.userManagement.loadSealedSession({ sessionData: cookie, cookiePassword: PASSWORD }).authenticate(),
  'authenticate (b) ours authenticateSealedSession': () =>
    authenticateSealedSession(cookie, { clientId: CLIENT_ID, cookiePassword: PASSWORD }),
};

// Sanity: each authenticates / unseals the same session.
for (const [name, fn] of Object.entries(cases)) {
  const out = await fn();
  const ok = name.startsWith('unseal') ? out.refreshToken === 'refresh_bench' : out.authenticated === true;
  if (!ok) throw new Error(`${name}: unexpected result ${JSON.stringify(out).slice(0, 200)}`);
}

async function timeRound(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return ((performance.now() - start) * 1000) / iterations;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ROUNDS = 9;
const ITER = 200;
for (const fn of Object.values(cases)) await timeRound(fn, ITER); // warm-up
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(cases)) {
    globalThis.gc?.();
    results[name].push(await timeRound(fn, ITER));
  }
}
const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
console.log(`node ${process.version}, ${cookie.length}-char cookie, ${ROUNDS} interleaved rounds × ${ITER}, medians`);
console.log('| case | µs/op |');
console.log('|---|---|');
for (const [name, value] of Object.entries(m)) console.log(`| ${name} | ${value.toFixed(1)} |`);
const names = Object.keys(m);
console.log(`unseal: ours is ${(m[names[0]] / m[names[1]]).toFixed(2)}× the official speed`);
console.log(`authenticate: ours is ${(m[names[2]] / m[names[3]]).toFixed(2)}× the official speed`);
