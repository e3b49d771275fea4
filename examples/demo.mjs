#!/usr/bin/env node
// `npm run demo`: the quick start, end to end, using the built package exactly as a user imports it.
//
// Without WORKOS_API_KEY it runs against a local WorkOS-compatible mock that it starts itself:
// Prism serving the OpenAPI spec (validating every request against it), behind a tiny front that
// stamps an `X-Request-ID` on each response as the real API does. With WORKOS_API_KEY it talks to
// the real API (WORKOS_BASE_URL overrides the host) and creates a real organization, which it
// deletes at the end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds dist/ when it is missing (a fresh clone). An existing dist/ is used as is, so the demo never
 * deletes a build that something else is reading; run `npm run build` after changing src/.
 */
function ensureBuilt() {
  if (existsSync(join(root, 'dist/index.js'))) return;
  console.log('> dist/ is missing: building the package (npm run build)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Prism on the spec and a front that adds `X-Request-ID`; resolves with its base URL and a stop(). */
async function startLocalMock() {
  const specPath = process.env.WORKOS_OPENAPI_SPEC ?? join(root, '../shared/openapi/workos-openapi.yaml');
  if (!existsSync(specPath)) {
    throw new Error(`The WorkOS OpenAPI spec is not at ${specPath}: set WORKOS_OPENAPI_SPEC to its path, or WORKOS_API_KEY to use the real API`);
  }
  const prismPort = await freePort();
  const prism = spawn(join(root, 'node_modules/.bin/prism'), ['mock', '-h', '127.0.0.1', '-p', String(prismPort), specPath], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const stopPrism = () => {
    try {
      process.kill(-prism.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stopPrism);
  await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 60 s:\n${log}`)), 60_000);
    const onData = (chunk) => {
      log += chunk;
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    prism.stdout.on('data', onData);
    prism.stderr.on('data', onData);
    prism.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (code ${code}):\n${log}`));
    });
  });

  let sequence = 0;
  const front = createServer((req, res) => {
    const requestId = `req_demo_${String(++sequence).padStart(4, '0')}`;
    const upstream = httpRequest(
      { host: '127.0.0.1', port: prismPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-request-id': requestId });
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'application/json', 'x-request-id': requestId });
      res.end(JSON.stringify({ message: `mock upstream error: ${error.message}` }));
    });
    req.pipe(upstream);
  });
  const frontPort = await freePort();
  await new Promise((resolve) => front.listen(frontPort, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${frontPort}`,
    stop: async () => {
      await new Promise((resolve) => front.close(resolve));
      stopPrism();
    },
  };
}

async function main() {
  ensureBuilt();
  // The package imports itself by name (package.json "exports"), exactly like an installed copy.
  const { WorkOS, WorkOSError, WorkOSNotFoundError } = await import('@workos-edge/sdk');

  const live = Boolean(process.env.WORKOS_API_KEY);
  const mock = live ? undefined : await startLocalMock();
  try {
    const workos = live
      ? new WorkOS({ apiKey: process.env.WORKOS_API_KEY, ...(process.env.WORKOS_BASE_URL ? { baseUrl: process.env.WORKOS_BASE_URL } : {}) })
      : new WorkOS({ apiKey: 'sk_test_demo_123', baseUrl: mock.baseUrl });
    console.log(
      live
        ? `> using the WorkOS API at ${workos.config.baseUrl}`
        : `> using a local mock of the WorkOS API (Prism on the OpenAPI spec) at ${mock.baseUrl}\n` +
            '  (it validates each request against the spec and answers with the spec\'s example data)',
    );

    // 1. Create an organization.
    const created = await workos.organizations.createOrganization({
      name: `Edge SDK demo ${new Date().toISOString().slice(0, 19)}`,
      domain_data: [{ domain: 'demo-edge-sdk.example.com', state: 'pending' }],
    });
    console.log(`created organization ${created.id} "${created.name}"`);

    // 2. Fetch it back.
    const fetched = await workos.organizations.getOrganization(created.id);
    console.log(`fetched organization ${fetched.id} "${fetched.name}" with ${fetched.domains.length} domain(s)`);

    // 3. Stream organizations across pages with `for await` (one page in memory at a time).
    // The mock always reports a further page, so the demo stops after a few; breaking out of the
    // loop stops the fetching.
    let streamed = 0;
    for await (const org of workos.organizations.listOrganizations({ limit: 2 })) {
      streamed++;
      console.log(`  - ${org.id} ${org.name}`);
      if (streamed >= 5) break;
    }
    console.log(`streamed ${streamed} organization(s) with for await`);

    // 4. A typed error, with the request id to quote to WorkOS support. Prism answers 404 when
    // asked with `Prefer: code=404`; the real API answers 404 for an id that does not exist.
    try {
      await workos.organizations.getOrganization(
        'org_01DOESNOTEXIST0000000000',
        live ? {} : { headers: { Prefer: 'code=404' } },
      );
      console.log('unexpected: no error');
      process.exitCode = 1;
    } catch (error) {
      if (error instanceof WorkOSNotFoundError) {
        console.log(`typed error: ${error.name} kind=${error.kind} status=${error.status} requestId=${error.requestId} isNotFound=${error.isNotFound()}`);
        console.log(`  message: ${error.message}`);
      } else if (error instanceof WorkOSError) {
        console.log(`typed error (not the expected 404): ${error.name} kind=${error.kind}: ${error.message}`);
        process.exitCode = 1;
      } else {
        throw error;
      }
    }

    if (live) {
      await workos.organizations.deleteOrganization(created.id);
      console.log(`deleted organization ${created.id}`);
    }
    console.log('demo finished');
  } finally {
    await mock?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
