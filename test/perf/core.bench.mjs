// Per-call overhead of a GET through the client pipeline with an in-memory transport, against the floor:
// building the Request and Response and calling json() by hand. Same process, interleaved rounds, medians.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundled = await build({
  entryPoints: [`${root}src/core/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  minify: true,
});
const { WorkOSClient } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const BODY = JSON.stringify({
  object: 'organization',
  id: 'org_01EHZNVPK3SFK441A1RGBFSHRT',
  name: 'Foo Corporation',
  allow_profiles_outside_organization: false,
  domains: [{ object: 'organization_domain', id: 'org_domain_01EHZNVPK2QXHMVWCEDQEKY69A', domain: 'foo-corp.com', state: 'verified' }],
  created_at: '2021-06-25T19:07:33.155Z',
  updated_at: '2021-06-25T19:07:33.155Z',
});
const URL_ = 'https://api.workos.com/organizations/org_01EHZNVPK3SFK441A1RGBFSHRT';
const HEADERS = { 'content-type': 'application/json' };

async function floor() {
  const request = new Request(URL_, { method: 'GET', headers: { Authorization: 'Bearer sk_test', Accept: 'application/json' } });
  const response = new Response(BODY, { headers: HEADERS });
  void request;
  return response.json();
}

// The same floor plus what any cancellable call with a per-attempt timeout must pay: an AbortController
// and a timer (about 2 µs in Node, where AbortController is an EventTarget). Shown so the gap is explained.
async function floorWithTimeout() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 30_000);
  const request = new Request(URL_, { method: 'GET', headers: { Authorization: 'Bearer sk_test', Accept: 'application/json' } });
  void request;
  const json = await new Response(BODY, { headers: HEADERS }).json();
  clearTimeout(timer);
  return json;
}

const client = new WorkOSClient({
  apiKey: 'sk_test',
  transport: { send: async () => new Response(BODY, { headers: HEADERS }) },
});
function ours() {
  return client.request({ operation: 'organizations.getOrganization', method: 'GET', path: '/organizations/org_01EHZNVPK3SFK441A1RGBFSHRT' });
}

async function timeRound(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await fn();
  return ((performance.now() - start) * 1000) / iterations; // µs per call
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ROUNDS = 15;
const ITERATIONS = 4000;
for (let i = 0; i < 3; i++) {
  await timeRound(floor, ITERATIONS);
  await timeRound(floorWithTimeout, ITERATIONS);
  await timeRound(ours, ITERATIONS);
}
const results = { floor: [], floorWithTimeout: [], ours: [] };
for (let r = 0; r < ROUNDS; r++) {
  globalThis.gc?.();
  results.floor.push(await timeRound(floor, ITERATIONS));
  globalThis.gc?.();
  results.floorWithTimeout.push(await timeRound(floorWithTimeout, ITERATIONS));
  globalThis.gc?.();
  results.ours.push(await timeRound(ours, ITERATIONS));
}
const f = median(results.floor);
const ft = median(results.floorWithTimeout);
const o = median(results.ours);
const ratio = o / f;
console.log(`node ${process.version}, ${ROUNDS} rounds x ${ITERATIONS} calls, medians`);
console.log('| case | µs/call | × floor |');
console.log('|---|---|---|');
console.log(`| floor: new Request + new Response + json() | ${f.toFixed(2)} | 1.00 |`);
console.log(`| floor + AbortController + timer (per-attempt timeout) | ${ft.toFixed(2)} | ${(ft / f).toFixed(2)} |`);
console.log(`| client.request GET (in-memory transport) | ${o.toFixed(2)} | ${ratio.toFixed(2)} |`);
console.log(`target: ≤ 1.15 × floor — ${ratio <= 1.15 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}); against the floor with a timeout: ${(o / ft).toFixed(2)}×`);
