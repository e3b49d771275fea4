// Verify + parse of a ~1 KB webhook event, same process, interleaved rounds, medians (µs/op):
//   (a) @workos-inc/node 12.3.0 `webhooks.constructEvent`
//   (b) the floor: one `crypto.subtle.verify` with an already imported key + `JSON.parse`
//   (c) ours: `verifyWebhook` from src/webhooks (bundled with esbuild, as users get it)
// Targets (issue 6): ours ≤ 1.25 × floor and ≥ 4.5 × faster than the official SDK. Always exits 0;
// the table says whether each target was met.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { WorkOS as OfficialWorkOS } from '@workos-inc/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundled = await build({
  entryPoints: [`${root}src/webhooks/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  minify: true,
});
const { verifyWebhook, signWebhook } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const SECRET = 'whsec_bench_secret_0123456789';
const event = {
  id: 'event_01HBENCH0000000000000000',
  event: 'user.updated',
  data: {
    object: 'user',
    id: 'user_01HBENCH0000000000000000',
    email: 'ada.lovelace@example.com',
    email_verified: true,
    first_name: 'Ada',
    last_name: 'Lovelace',
    profile_picture_url: 'https://workoscdn.example.com/images/v1/0123456789abcdef0123456789abcdef',
    last_sign_in_at: '2026-01-01T00:00:00.000Z',
    external_id: 'f1ffa2b2-c20b-4d39-be5c-212726e11222',
    locale: 'en-GB',
    metadata: { department: 'Engineering', cost_center: 'CC-1042', team: 'Analytical Engines', region: 'eu-west' },
    created_at: '2025-06-25T19:07:33.155Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  },
  context: { client_id: 'client_01HBENCH00000000000000', actor: { id: 'user_01HADMIN000000000000000', source: 'dashboard', name: 'Admin' } },
  created_at: '2026-01-01T00:00:00.000Z',
};
// Pad to ~1 KB with a realistic string field.
event.data.metadata.notes = 'x'.repeat(Math.max(0, 1024 - JSON.stringify(event).length - 12));
const payload = JSON.stringify(event);
const timestamp = Date.now();
const header = await signWebhook({ payload, secret: SECRET, timestamp });
const tolerance = 10 * 60_000; // the whole run stays inside it

const official = new OfficialWorkOS('sk_test_bench');
const officialCase = () => official.webhooks.constructEvent({ payload, sigHeader: header, secret: SECRET, tolerance });

const encoder = new TextEncoder();
const floorKey = await crypto.subtle.importKey('raw', encoder.encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
const floorSig = Uint8Array.from(header.split('v1=')[1].match(/../g), (h) => parseInt(h, 16));
async function floorCase() {
  const ok = await crypto.subtle.verify('HMAC', floorKey, floorSig, encoder.encode(`${timestamp}.${payload}`));
  if (!ok) throw new Error('floor: signature mismatch');
  return JSON.parse(payload);
}
const oursCase = () => verifyWebhook({ payload, signatureHeader: header, secret: SECRET, tolerance });

// Sanity: all three accept the same input and return the event.
for (const fn of [officialCase, floorCase, oursCase]) {
  const out = await fn();
  if (out.id !== event.id) throw new Error('a case returned the wrong event');
}

async function timeRound(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return ((performance.now() - start) * 1000) / iterations;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const ROUNDS = 11;
const ITER = { official: 200, floor: 1000, ours: 1000 };
const cases = { official: officialCase, floor: floorCase, ours: oursCase };
for (const [name, fn] of Object.entries(cases)) await timeRound(fn, ITER[name]); // warm-up
const results = { official: [], floor: [], ours: [] };
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(cases)) {
    globalThis.gc?.();
    results[name].push(await timeRound(fn, ITER[name]));
  }
}
const m = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
const vsFloor = m.ours / m.floor;
const speedup = m.official / m.ours;
console.log(`node ${process.version}, ${payload.length}-byte event, ${ROUNDS} interleaved rounds, medians`);
console.log('| case | µs/op | × floor |');
console.log('|---|---|---|');
console.log(`| (a) @workos-inc/node 12.3.0 constructEvent | ${m.official.toFixed(1)} | ${(m.official / m.floor).toFixed(2)} |`);
console.log(`| (b) floor: subtle.verify (cached key) + JSON.parse | ${m.floor.toFixed(1)} | 1.00 |`);
console.log(`| (c) ours: verifyWebhook | ${m.ours.toFixed(1)} | ${vsFloor.toFixed(2)} |`);
console.log(`target ours ≤ 1.25 × floor: ${vsFloor.toFixed(2)} — ${vsFloor <= 1.25 ? 'met' : 'NOT met'}`);
console.log(`target ours ≥ 4.5 × faster than official: ${speedup.toFixed(2)}× — ${speedup >= 4.5 ? 'met' : 'NOT met'}`);
