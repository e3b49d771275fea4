// A tiny AuthKit for the Chromium PKCE round trip, mounted by test/vitest.config.ts at
// /__mock/authkit/ on the test page's origin. It plays the authorize redirect and the code
// exchange, and refuses any exchange that carries a secret or a wrong verifier.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
}

const codes = new Map<string, PendingCode>();
let lastExchange: { headers: Record<string, string | string[] | undefined>; body: unknown } | undefined;

export const MOCK_USER = {
  object: 'user',
  id: 'user_browser_1',
  email: 'browser@example.com',
  email_verified: true,
  first_name: 'Browser',
  last_name: 'User',
  profile_picture_url: null,
  external_id: null,
  last_sign_in_at: null,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
};

function send(res: ServerResponse, status: number, json: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(json));
}

function oauthError(res: ServerResponse, error: string, description: string): void {
  send(res, 400, { error, error_description: description });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function authorize(url: URL, res: ServerResponse): void {
  const q = url.searchParams;
  const clientId = q.get('client_id');
  const redirectUri = q.get('redirect_uri');
  const challenge = q.get('code_challenge');
  if (!clientId || !redirectUri || q.get('response_type') !== 'code') return oauthError(res, 'invalid_request', 'client_id, redirect_uri and response_type=code are required');
  if (!challenge || q.get('code_challenge_method') !== 'S256') return oauthError(res, 'invalid_request', 'an S256 code_challenge is required');
  if (!q.get('provider') && !q.get('connection_id') && !q.get('organization_id')) return oauthError(res, 'invalid_request', 'provider required');
  const code = `code_${randomBytes(12).toString('hex')}`;
  codes.set(code, { clientId, redirectUri, challenge });
  const target = new URL(redirectUri);
  target.searchParams.set('code', code);
  const state = q.get('state');
  if (state !== null) target.searchParams.set('state', state);
  res.statusCode = 302;
  res.setHeader('location', target.href);
  res.end();
}

async function authenticate(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const text = await readBody(req);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return oauthError(res, 'invalid_request', 'body must be JSON');
  }
  lastExchange = { headers: { ...req.headers }, body };
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return oauthError(res, 'invalid_request', 'JSON body expected');
  if ('client_secret' in body) return oauthError(res, 'invalid_client', 'a public client must not send client_secret');
  if (req.headers.authorization !== undefined) return oauthError(res, 'invalid_client', 'a public client must not send Authorization');
  if (body['grant_type'] !== 'authorization_code') return oauthError(res, 'unsupported_grant_type', 'authorization_code expected');
  const pending = typeof body['code'] === 'string' ? codes.get(body['code']) : undefined;
  if (pending === undefined) return oauthError(res, 'invalid_grant', 'unknown or used code');
  codes.delete(body['code'] as string);
  if (body['client_id'] !== pending.clientId) return oauthError(res, 'invalid_grant', 'client_id mismatch');
  const verifier = body['code_verifier'];
  const computed = typeof verifier === 'string' ? createHash('sha256').update(verifier).digest('base64url') : undefined;
  if (computed !== pending.challenge) return oauthError(res, 'invalid_grant', 'code_verifier does not match code_challenge');
  send(res, 200, {
    user: MOCK_USER,
    access_token: `access_${randomBytes(8).toString('hex')}`,
    refresh_token: `refresh_${randomBytes(8).toString('hex')}`,
    authentication_method: 'Password',
  });
}

/** Connect-style handler: `(req, res, next)`, with `req.url` relative to the mount point. */
export default function authkitMock(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  const path = url.pathname.replace(/^\/__mock\/authkit/, '');
  if (req.method === 'GET' && path === '/user_management/authorize') return authorize(url, res);
  if (req.method === 'POST' && path === '/user_management/authenticate') {
    authenticate(req, res).catch(next);
    return;
  }
  // The redirect URI of the browser test: a page the browser can land on after the 302.
  if (req.method === 'GET' && path === '/callback') {
    res.statusCode = 200;
    res.setHeader('content-type', 'text/plain');
    res.end('signed in');
    return;
  }
  // Lets the test inspect exactly what the exchange carried.
  if (req.method === 'GET' && path === '/last-exchange') return send(res, 200, lastExchange ?? null);
  next();
}
