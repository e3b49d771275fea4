// A fake WorkOS HTTP server on 127.0.0.1 for Node-only tests: real sockets, scripted faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One scripted answer. The last answer of a route repeats. */
export interface ScriptedAnswer {
  status?: number;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Destroy the connection without any response (ECONNRESET for the client). */
  reset?: boolean;
  /** Send the headers and half of the body, then destroy the socket. */
  truncate?: boolean;
}

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeWorkOS {
  /** Base URL to give the client, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Scripts the answers of `METHOD /path` (query ignored), replacing earlier ones. */
  script(route: string, ...answers: ScriptedAnswer[]): void;
  /** Requests seen for `METHOD /path`. */
  count(route: string): number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, socket: Socket, a: ScriptedAnswer): void {
  if (a.reset) {
    socket.destroy();
    return;
  }
  const text = a.body ?? (a.json === undefined ? '' : JSON.stringify(a.json));
  const headers: Record<string, string> = {
    ...(a.json !== undefined ? { 'content-type': 'application/json' } : {}),
    'content-length': String(Buffer.byteLength(text)),
    ...a.headers,
  };
  res.writeHead(a.status ?? 200, headers);
  if (a.truncate) {
    res.write(text.slice(0, Math.floor(text.length / 2)), () => socket.destroy());
    return;
  }
  res.end(text);
}

/** Starts the server on a random free port. Unscripted routes answer 404 like the API. */
export async function startFakeWorkOS(): Promise<FakeWorkOS> {
  const scripts = new Map<string, ScriptedAnswer[]>();
  const counts = new Map<string, number>();
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    const route = `${req.method} ${url.pathname}`;
    requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body });
    const n = counts.get(route) ?? 0;
    counts.set(route, n + 1);
    const answers = scripts.get(route);
    const a = answers?.[Math.min(n, answers.length - 1)] ?? {
      status: 404,
      json: { message: `No route ${route}`, code: 'entity_not_found' },
      headers: { 'x-request-id': `req_fake_${requests.length}` },
    };
    if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
    if (!res.destroyed) answer(res, req.socket, a);
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(route, ...answers) {
      scripts.set(route, answers);
      counts.set(route, 0);
    },
    count(route) {
      return requests.filter((r) => `${r.method} ${r.path}` === route).length;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
