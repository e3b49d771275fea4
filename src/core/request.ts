import { safeParse, type GenericSchema } from 'valibot';
import { apiErrorFromResponse } from './api-error-from-response.ts';
import type { ResolvedConfig } from './config.ts';
import {
  WorkOSAbortError,
  WorkOSApiError,
  WorkOSDecodeError,
  WorkOSError,
  WorkOSInvalidArgumentError,
  WorkOSNetworkError,
  WorkOSTimeoutError,
} from './errors.ts';
import {
  abortableSleep,
  backoffDelay,
  planRetries,
  RETRY_AFTER_MAX_MS,
  RETRYABLE_STATUSES,
  type RequestStrategy,
  type RetryPlan,
} from './retry.ts';
import { exposeSecret, wrapSecretFields, type SecretInput } from './secret.ts';
import { buildFormBody, buildQuery } from './url.ts';

/** Per-call options, accepted as the last argument of every operation. */
export interface RequestOptions {
  /** Sent as `Idempotency-Key` on every attempt; makes a POST/PUT/PATCH/DELETE retry-eligible. */
  idempotencyKey?: string | undefined;
  /** Extra headers; they add to and override the defaults (except nothing can unset `User-Agent`). */
  headers?: HeadersInit | undefined;
  /** Per-attempt timeout in milliseconds for this call; `0` disables it. */
  timeout?: number | undefined;
  /** Cancels the in-flight attempt and any pending backoff; the call rejects with {@link WorkOSAbortError}. */
  signal?: AbortSignal | undefined;
  /** Retries after the first attempt for this call. */
  maxRetries?: number | undefined;
  /** Retry strategy for this call; overrides `maxRetries`. */
  strategy?: RequestStrategy | undefined;
}

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

/**
 * How a request authenticates: `apiKey` requires the client's key (checked before sending),
 * `optional` sends it when configured (public-client endpoints), `none` never sends it, and
 * `{ bearer }` sends the given token instead (e.g. an SSO access token).
 */
export type RequestAuth = 'apiKey' | 'optional' | 'none' | { readonly bearer: SecretInput };

/** Everything an operation tells the pipeline. Generated resources and helpers build these. */
export interface ApiRequest<T> {
  /** Name used in errors, e.g. `organizations.getOrganization`. */
  readonly operation: string;
  readonly method: HttpMethod;
  /** Path below the base URL, already encoded (use `path`). */
  readonly path: string;
  readonly query?: Record<string, unknown> | undefined;
  /** Query keys whose arrays are comma-joined (`style: form, explode: false`). */
  readonly commaJoinedQuery?: readonly string[] | undefined;
  readonly body?: unknown;
  /** `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  readonly bodyEncoding?: 'json' | 'form' | undefined;
  /** Header parameters of the operation. */
  readonly headers?: Record<string, string | undefined> | undefined;
  /** Defaults to `apiKey`. */
  readonly auth?: RequestAuth | undefined;
  /** Response schema; omitted for operations answering 204 or with no documented body. */
  readonly schema?: GenericSchema<unknown, T> | undefined;
}

/** Internal timing hooks, replaced by tests so that retries never sleep for real. */
export interface RetryTimers {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

const DEFAULT_TIMERS: RetryTimers = { sleep: abortableSleep, random: Math.random };

function formatIssuePath(path: readonly { key: unknown }[] | undefined): string {
  if (path === undefined || path.length === 0) return '(root)';
  let out = '';
  for (const { key } of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Decodes a 2xx body: JSON, validated by the schema unless the client turned validation off. */
function decodeBody<T>(config: ResolvedConfig, req: ApiRequest<T>, response: Response, text: string): T {
  // Read only on failure paths: a header lookup is measurable on the hot path.
  const requestIdOf = (): string | undefined => response.headers.get('x-request-id') ?? undefined;
  if (text.trim() === '') {
    if (req.schema === undefined || response.status === 204) return undefined as T;
    throw new WorkOSDecodeError({
      message: `${req.operation}: expected a JSON body, got an empty response (status ${response.status})`,
      status: response.status,
      requestId: requestIdOf(),
      operation: req.operation,
      body: text,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const requestId = requestIdOf();
    throw new WorkOSDecodeError({
      message: `${req.operation}: response is not valid JSON (status ${response.status}${
        requestId ? `, request id ${requestId}` : ''
      })`,
      status: response.status,
      requestId,
      operation: req.operation,
      body: text,
      cause,
    });
  }
  // No schema: the caller asked for raw JSON. Validation off: pass through, but keep secrets wrapped.
  if (req.schema === undefined) return json as T;
  if (!config.validateResponses) return wrapSecretFields(json) as T;
  const result = safeParse(req.schema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const requestId = requestIdOf();
  const where = formatIssuePath(issue.path as readonly { key: unknown }[] | undefined);
  throw new WorkOSDecodeError({
    message: `${req.operation}: response does not match the schema at ${where}: ${issue.message}${
      requestId ? ` [request id: ${requestId}]` : ''
    }`,
    status: response.status,
    requestId,
    operation: req.operation,
    path: where,
    body: text,
    cause: result.issues,
  });
}

// A plain lower-cased record rather than `Headers`: cheaper to build, and `Request` copies it anyway.
function buildHeaders(
  config: ResolvedConfig,
  req: ApiRequest<unknown>,
  plan: RetryPlan,
  options: RequestOptions,
  contentType: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.userAgent !== undefined) headers['user-agent'] = config.userAgent;
  const auth = req.auth ?? 'apiKey';
  if (typeof auth === 'object') headers['authorization'] = `Bearer ${exposeSecret(auth.bearer)}`;
  else if (auth !== 'none' && config.apiKey !== undefined) headers['authorization'] = `Bearer ${config.apiKey}`;
  if (contentType !== undefined) headers['content-type'] = contentType;
  if (plan.idempotencyKey !== undefined) headers['idempotency-key'] = plan.idempotencyKey;
  if (req.headers !== undefined) {
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  if (options.headers !== undefined) new Headers(options.headers).forEach((value, name) => (headers[name] = value));
  return headers;
}

function encodeBody(req: ApiRequest<unknown>): { body: string | undefined; contentType: string | undefined } {
  if (req.body === undefined) return { body: undefined, contentType: undefined };
  if (req.bodyEncoding === 'form') {
    return { body: buildFormBody(req.body as Record<string, unknown>), contentType: 'application/x-www-form-urlencoded' };
  }
  return { body: JSON.stringify(req.body), contentType: 'application/json' };
}

type AttemptOutcome<T> = { ok: true; value: T } | { ok: false; error: WorkOSError; retryable: boolean };

/**
 * One attempt: send, read the whole body, decode. The attempt's own timeout and the caller's
 * signal both abort it; the timer is cleared before returning.
 */
async function attempt<T>(
  config: ResolvedConfig,
  req: ApiRequest<T>,
  request: Request,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<AttemptOutcome<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new WorkOSTimeoutError(timeoutMs, req.operation));
        }, timeoutMs)
      : undefined;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    let response: Response;
    let text: string;
    try {
      response = await config.transport.send(request, controller.signal);
      text = await response.text();
    } catch (cause) {
      if (callerSignal?.aborted) throw new WorkOSAbortError(req.operation, { cause: callerSignal.reason });
      if (timedOut) return { ok: false, error: new WorkOSTimeoutError(timeoutMs, req.operation), retryable: true };
      const reason = cause instanceof Error ? cause.message : String(cause);
      return {
        ok: false,
        error: new WorkOSNetworkError(`${req.operation}: network error: ${reason}`, { cause }),
        retryable: true,
      };
    }
    if (response.status >= 200 && response.status < 300) {
      return { ok: true, value: decodeBody(config, req, response, text) };
    }
    const error = apiErrorFromResponse(response, text, req.operation);
    return { ok: false, error, retryable: RETRYABLE_STATUSES.has(response.status) };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * The request pipeline: the one place where a request is built, sent, retried, decoded and turned
 * into an error. Every generated operation and helper calls this.
 */
export async function executeRequest<T>(
  config: ResolvedConfig,
  req: ApiRequest<T>,
  options: RequestOptions = {},
  timers: RetryTimers = DEFAULT_TIMERS,
): Promise<T> {
  if ((req.auth ?? 'apiKey') === 'apiKey' && config.apiKey === undefined) {
    throw new WorkOSInvalidArgumentError(
      'apiKey',
      `${req.operation} needs an API key: pass { apiKey } to the client or set WORKOS_API_KEY`,
    );
  }
  const signal = options.signal;
  if (signal?.aborted) throw new WorkOSAbortError(req.operation, { cause: signal.reason });
  const plan = planRetries(req.method, config.maxRetries, options);
  const { body, contentType } = encodeBody(req);
  const url = config.baseUrl + req.path + buildQuery(req.query, req.commaJoinedQuery);
  const headers = buildHeaders(config, req, plan, options, contentType);
  const timeoutMs = options.timeout ?? config.timeout;

  for (let retry = 0; ; retry++) {
    const request = new Request(url, { method: req.method, headers, body: body ?? null });
    const outcome = await attempt(config, req, request, timeoutMs, signal);
    if (outcome.ok) return outcome.value;
    const { error } = outcome;
    if (!outcome.retryable || !plan.eligible || retry >= plan.maxRetries) throw error;
    let delay = backoffDelay(retry, plan.jitter, timers.random);
    const retryAfter = error instanceof WorkOSApiError ? error.retryAfter : undefined;
    if (retryAfter !== undefined) {
      // The server's demand replaces our backoff; one beyond the cap ends the retries.
      if (retryAfter * 1000 > RETRY_AFTER_MAX_MS) throw error;
      delay = retryAfter * 1000;
    }
    try {
      await timers.sleep(delay, signal);
    } catch (cause) {
      throw new WorkOSAbortError(req.operation, { cause });
    }
  }
}
