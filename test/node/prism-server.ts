// Starts `prism mock` on the spec, on 127.0.0.1 and a free port, for node-only tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const PRISM_BIN = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));

/** A running Prism mock server. */
export interface PrismServer {
  readonly baseUrl: string;
  readonly port: number;
  /** Everything Prism printed, for diagnostics. */
  output(): string;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      // Prism runs as its own process group, so its worker children stop with it.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });
}

/**
 * Starts Prism on `specPath` (plus `extraArgs`, e.g. `--dynamic --seed s`) and resolves once it listens. Rejects (and stops the process) if it
 * exits or does not listen within `startupTimeoutMs`. Retries on a port race once.
 */
export async function startPrism(
  specPath: string,
  { startupTimeoutMs = 60_000, extraArgs = [] as readonly string[] } = {},
): Promise<PrismServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    const port = await freePort();
    try {
      return await launch(specPath, port, startupTimeoutMs, extraArgs);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function launch(specPath: string, port: number, startupTimeoutMs: number, extraArgs: readonly string[]): Promise<PrismServer> {
  const child = spawn(PRISM_BIN, ['mock', ...extraArgs, '-h', '127.0.0.1', '-p', String(port), specPath], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let log = '';
  const server: PrismServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    output: () => log,
    stop: () => stopChild(child),
  };
  return new Promise((resolve, reject) => {
    const fail = (message: string): void => {
      clearTimeout(timer);
      void stopChild(child).then(() => reject(new Error(`${message}\n--- prism output ---\n${log.slice(-4000)}`)));
    };
    const timer = setTimeout(() => fail(`prism did not listen on port ${port} within ${startupTimeoutMs} ms`), startupTimeoutMs);
    const onData = (chunk: Buffer): void => {
      log += chunk.toString('utf8');
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve(server);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`prism failed to start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`prism exited early (code ${code}, signal ${signal})`));
  });
}
