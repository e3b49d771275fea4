#!/usr/bin/env node
// Rows "Node 20/22/24". `node test/runners/node.mjs` runs the neutral suite and test/node/** with
// vitest on this machine's node; `node test/runners/node.mjs 22` (or 24) runs the neutral suite
// under node@22/24 from npm, installed once into ~/.cache/workos-edge-sdk/node<major> (outside the
// repo, where it cannot shadow the system node) and reused afterwards.
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { reportResult, run, runVitest } from './lib.mjs';

const major = process.argv[2];

/** Installs node@<major> into the cache prefix if needed; returns its bin folder. */
export async function ensureNode(version) {
  const prefix = join(process.env.WORKOS_NODE_CACHE ?? join(homedir(), '.cache/workos-edge-sdk'), `node${version}`);
  const pkgDir = join(prefix, 'node_modules/node');
  const bin = join(pkgDir, 'bin');
  const works = async () =>
    existsSync(join(bin, 'node')) && (await run(join(bin, 'node'), ['--version'], { quiet: true })).output.startsWith(`v${version}.`);
  if (await works()) return bin;
  mkdirSync(prefix, { recursive: true });
  console.log(`installing node@${version} into ${prefix}`);
  await run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node@${version}`]);
  // npm 11 may skip the package's preinstall script, which is what fetches the real binary.
  if (!(await works()) && existsSync(join(pkgDir, 'installArchSpecificPackage.js'))) {
    await run(process.execPath, ['installArchSpecificPackage.js'], { cwd: pkgDir });
  }
  if (!(await works())) throw new Error(`could not install a working node@${version} into ${prefix}`);
  return bin;
}

let nodeBin = process.execPath;
let env = { WORKOS_VITEST: 'node' };
if (major) {
  const bin = await ensureNode(major);
  nodeBin = join(bin, 'node');
  env = { WORKOS_VITEST: 'neutral', PATH: `${bin}${delimiter}${process.env.PATH}` };
}
reportResult(await runVitest(['--config', 'test/vitest.config.ts'], { env, nodeBin }));
