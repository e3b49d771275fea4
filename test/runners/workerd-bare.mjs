#!/usr/bin/env node
// Row "Cloudflare Workers WITHOUT nodejs_compat": the neutral suite plus rows/workerd-bare.test.ts,
// bundled with the vitest shim into one ES module Worker and run in workerd through miniflare with
// compatibilityFlags: []. Outbound fetch goes to a stub that refuses, never to the internet.
import { Miniflare } from 'miniflare';
import { neutralTestFiles, rowOnlyFiles, writeEntry } from './discover.mjs';
import { bundleSuite, printShimResult, reportResult } from './lib.mjs';

const files = [...rowOnlyFiles('workerd-bare'), ...neutralTestFiles()];
const entry = writeEntry(
  'workerd-bare',
  files,
  `export default {
  async fetch() {
    return Response.json(await runRegistered());
  },
};`,
);

const script = await bundleSuite(entry, { format: 'esm' });
const mf = new Miniflare({
  modules: true,
  script,
  compatibilityDate: '2026-04-26',
  compatibilityFlags: [],
  outboundService: (request) =>
    new Response(`tests must not reach the network (${request.method} ${request.url})`, { status: 599 }),
});
try {
  const response = await mf.dispatchFetch('http://matrix.local/');
  const text = await response.text();
  let result;
  try {
    result = JSON.parse(text);
  } catch {
    console.error(`worker did not return results (HTTP ${response.status}):\n${text.slice(0, 4000)}`);
    result = { passed: 0, failed: 1, skipped: 0, failures: [], durationMs: 0 };
  }
  printShimResult(`workerd (no nodejs_compat), ${files.length} files`, result);
  reportResult(result);
} finally {
  await mf.dispose();
}
