// In-memory transport for the runtime-neutral suite: scripted responses, recorded requests.
// Uses only web-standard globals so it runs in every runtime of the matrix.
import type { HttpTransport } from '../../src/core/transport.ts';

/** A request as the transport saw it, with the body already read. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** The body parsed as JSON (or form fields), when it is one. */
  json: unknown;
}

/** What a scripted step answers: a response, a thrown error, or a function of the request. */
export type MockStep =
  | Response
  | { status?: number; json?: unknown; body?: string; headers?: Record<string, string>; delayMs?: number }
  | { throw: unknown }
  | ((request: RecordedRequest, signal: AbortSignal) => Response | Promise<Response>);

function parseBody(body: string, contentType: string | null): unknown {
  if (body === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/** Builds a JSON response. */
export function jsonResponse(json: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(json), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A transport that answers from `steps` in order (the last step repeats) and records every request.
 */
export class MockTransport implements HttpTransport {
  readonly requests: RecordedRequest[] = [];
  readonly #steps: MockStep[];

  constructor(...steps: MockStep[]) {
    this.#steps = steps.length > 0 ? steps : [{ status: 200, json: {} }];
  }

  /** The last request seen. */
  get last(): RecordedRequest {
    const last = this.requests[this.requests.length - 1];
    if (last === undefined) throw new Error('MockTransport saw no request');
    return last;
  }

  async send(request: Request, signal: AbortSignal): Promise<Response> {
    const body = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body,
      json: parseBody(body, request.headers.get('content-type')),
    };
    this.requests.push(recorded);
    const step = this.#steps[Math.min(this.requests.length - 1, this.#steps.length - 1)]!;
    if (signal.aborted) throw signal.reason;
    if (step instanceof Response) return step.clone();
    if (typeof step === 'function') return step(recorded, signal);
    if ('throw' in step) throw step.throw;
    if (step.delayMs !== undefined) await sleep(step.delayMs, signal);
    const text = step.body ?? (step.json === undefined ? '' : JSON.stringify(step.json));
    return new Response(step.status === 204 ? null : text, {
      status: step.status ?? 200,
      headers: { ...(step.json !== undefined ? { 'content-type': 'application/json' } : {}), ...step.headers },
    });
  }
}
