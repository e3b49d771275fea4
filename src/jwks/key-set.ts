import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { WorkOSJwtError } from './errors.ts';

/** @internal How one key set is fetched and cached. */
export interface KeySetOptions {
  /** Sends the JWKS request (the client's transport or an injected fetch). */
  send(request: Request, signal: AbortSignal): Promise<Response>;
  userAgent: string | undefined;
  /** Keys older than this (ms) are fetched again before use. */
  maxAge: number;
  /** Least time (ms) between two fetches caused by unknown `kid`s or failures. */
  cooldown: number;
  /** Per-fetch timeout (ms). */
  timeout: number;
  now(): number;
}

interface Entry {
  keys: JWTVerifyGetKey | undefined;
  fetchedAt: number;
  attemptedAt: number;
  /** When the last fetch failed; a cold cache does not retry within the cooldown after that. */
  failedAt: number;
  pending: Promise<void> | undefined;
}

// Keyed by URL, so a client built per request (the usual shape in a Worker) still hits the cache.
const cache = new Map<string, Entry>();
const MAX_ENTRIES = 64;

function unavailable(url: string, why: string, cause?: unknown): WorkOSJwtError {
  return new WorkOSJwtError('jwks_unavailable', `Could not load the JWKS from ${url}: ${why}`, { cause });
}

async function fetchKeys(url: string, options: KeySetOptions): Promise<JWTVerifyGetKey> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout);
  try {
    const headers = new Headers({ Accept: 'application/json' });
    if (options.userAgent !== undefined) headers.set('User-Agent', options.userAgent);
    let response: Response;
    let body: unknown;
    try {
      response = await options.send(new Request(url, { headers }), controller.signal);
      if (response.status !== 200) throw unavailable(url, `HTTP ${response.status}`);
      body = await response.json();
    } catch (cause) {
      if (cause instanceof WorkOSJwtError) throw cause;
      throw unavailable(url, controller.signal.aborted ? `timed out after ${options.timeout} ms` : 'request failed', cause);
    }
    try {
      return createLocalJWKSet(body as Parameters<typeof createLocalJWKSet>[0]);
    } catch (cause) {
      throw unavailable(url, 'the response is not a JSON Web Key Set', cause);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Workers and Vercel Edge tie I/O to the request that started it: a request awaiting a fetch begun
 * by another request can hang if that one ends first. There every load fetches for itself (as jose
 * does); elsewhere concurrent verifications share one in-flight fetch.
 */
export function sharesInFlightFetch(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  return agent !== 'Cloudflare-Workers' && typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime !== 'string';
}

function load(url: string, entry: Entry, options: KeySetOptions): Promise<void> {
  if (!sharesInFlightFetch()) entry.pending = undefined;
  if (entry.pending !== undefined) return entry.pending;
  let pending: Promise<void> | undefined = undefined;
  pending = (async () => {
    entry.attemptedAt = options.now();
    try {
      entry.keys = await fetchKeys(url, options);
      entry.fetchedAt = options.now();
    } catch (error) {
      entry.failedAt = options.now();
      throw error;
    } finally {
      if (entry.pending === pending) entry.pending = undefined;
    }
  })();
  entry.pending = pending;
  return pending;
}

/**
 * @internal A jose key resolver over the cached key set at `url`: fetches when the cache is empty
 * or older than `maxAge`, and refetches once for an unknown `kid` unless the last fetch was within
 * `cooldown`.
 */
export function cachedKeySet(url: string, options: KeySetOptions): JWTVerifyGetKey {
  return async (header, token) => {
    let entry = cache.get(url);
    if (entry === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      entry = { keys: undefined, fetchedAt: 0, attemptedAt: -Infinity, failedAt: -Infinity, pending: undefined };
      cache.set(url, entry);
    }
    let fetchedNow = false;
    if (entry.keys === undefined || options.now() - entry.fetchedAt > options.maxAge) {
      if (entry.keys === undefined && options.now() - entry.failedAt < options.cooldown) {
        throw unavailable(url, 'the last attempt failed moments ago');
      }
      await load(url, entry, options);
      fetchedNow = true;
    }
    try {
      return await entry.keys!(header, token);
    } catch (error) {
      const noMatch = (error as { code?: unknown }).code === 'ERR_JWKS_NO_MATCHING_KEY';
      if (!noMatch || fetchedNow || options.now() - entry.attemptedAt < options.cooldown) throw error;
      // The signer may have rotated keys since our fetch: look once more.
      await load(url, entry, options);
      return entry.keys!(header, token);
    }
  };
}
