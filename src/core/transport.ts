/**
 * Sends one HTTP request. The default transport calls the global `fetch`; supply your own to route
 * through a Worker service binding, a proxy, or a test double.
 *
 * Implementations must honour `signal` (abort the exchange when it fires) and should reject with the
 * runtime's usual error on network failure; the client turns rejections into typed errors.
 *
 * @example
 * ```ts
 * import { WorkOS, type HttpTransport } from '@workos-edge/sdk';
 * const logging: HttpTransport = {
 *   async send(request, signal) {
 *     console.log(request.method, new URL(request.url).pathname);
 *     return fetch(request, { signal });
 *   },
 * };
 * const workos = new WorkOS({ apiKey: 'sk_test_123', transport: logging });
 * ```
 */
export interface HttpTransport {
  /** Sends `request`; resolves with the response (any status), rejects only when no response arrived. */
  send(request: Request, signal: AbortSignal): Promise<Response>;
}

/** The subset of `fetch` the default transport needs. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** A transport over `fetchFn` (default: the global `fetch`, looked up at call time so test spies work). */
export function fetchTransport(fetchFn?: FetchFunction): HttpTransport {
  return {
    send(request, signal) {
      const fn = fetchFn ?? (globalThis.fetch as FetchFunction);
      return fn(request, { signal });
    },
  };
}
