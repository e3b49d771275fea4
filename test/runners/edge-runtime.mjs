#!/usr/bin/env node
// Row "Vercel Edge": the neutral suite plus rows/edge-runtime.test.ts, bundled with the vitest shim
// into one script and evaluated in the edge-runtime sandbox (the one Next.js middleware uses), where
// process, Buffer and require do not exist.
import { EdgeRuntime } from 'edge-runtime';
import { neutralTestFiles, rowOnlyFiles, writeEntry } from './discover.mjs';
import { bundleSuite, printShimResult, reportResult } from './lib.mjs';

const files = [...rowOnlyFiles('edge-runtime'), ...neutralTestFiles()];
const entry = writeEntry(
  'edge-runtime',
  files,
  `export async function runSuite(): Promise<string> {
  return JSON.stringify(await runRegistered());
}`,
);

const initialCode = await bundleSuite(entry, { format: 'iife', globalName: '__workosMatrix' });
const runtime = new EdgeRuntime({ initialCode });
// Neutral tests inject transports; a test that falls through to the real fetch must fail loudly
// instead of reaching the internet.
runtime.evaluate(`globalThis.fetch = (input) =>
  Promise.reject(new TypeError('tests must not reach the network: ' + (input && input.url ? input.url : String(input))));`);
const text = await runtime.evaluate('globalThis.__workosMatrix.runSuite()');
const result = JSON.parse(text);
printShimResult(`edge-runtime, ${files.length} files`, result);
reportResult(result);
