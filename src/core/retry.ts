/** First backoff delay before jitter, in milliseconds. */
export const RETRY_INITIAL_DELAY_MS = 250;
/** Each further retry waits this many times longer. */
export const RETRY_BACKOFF_FACTOR = 2;
/** No computed backoff exceeds this, in milliseconds. */
export const RETRY_MAX_DELAY_MS = 8_000;
/**
 * The longest `Retry-After` the client will wait, in milliseconds. A longer demand ends the
 * retries and surfaces the error with its `retryAfter`, so the caller can decide.
 */
export const RETRY_AFTER_MAX_MS = 60_000;

/** Statuses worth another attempt: the server may answer differently next time. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * How one call is retried, overriding the client's `maxRetries`.
 * Build one with the {@link RequestStrategy} helpers.
 */
export type RequestStrategy =
  | { readonly type: 'once' }
  | { readonly type: 'idempotent'; readonly key: string }
  | { readonly type: 'retry'; readonly maxAttempts: number }
  | { readonly type: 'exponentialBackoff'; readonly maxAttempts: number; readonly jitter: boolean };

/** The constructors of {@link RequestStrategy} values. */
export interface RequestStrategyConstructors {
  /** Send exactly once, whatever `maxRetries` says. */
  once(): RequestStrategy;
  /** Send `key` as `Idempotency-Key` and make the call retry-eligible even for POST/PUT/PATCH/DELETE. */
  idempotent(key: string): RequestStrategy;
  /** At most `maxAttempts` attempts in all (the first one included). */
  retry(options: { maxAttempts: number }): RequestStrategy;
  /** At most `maxAttempts` attempts with exponential backoff; `jitter: false` makes delays exact. */
  exponentialBackoff(options: { maxAttempts: number; jitter?: boolean }): RequestStrategy;
}

/** Constructors for {@link RequestStrategy} values (the Rust SDK's four variants). */
export const RequestStrategy: RequestStrategyConstructors = {
  /** Send exactly once, whatever `maxRetries` says. */
  once(): RequestStrategy {
    return { type: 'once' };
  },
  /** Send `key` as `Idempotency-Key` and make the call retry-eligible even for POST/PUT/PATCH/DELETE. */
  idempotent(key: string): RequestStrategy {
    return { type: 'idempotent', key };
  },
  /** At most `maxAttempts` attempts in all (the first one included). */
  retry(options: { maxAttempts: number }): RequestStrategy {
    return { type: 'retry', maxAttempts: options.maxAttempts };
  },
  /** At most `maxAttempts` attempts with exponential backoff; `jitter: false` makes delays exact. */
  exponentialBackoff(options: { maxAttempts: number; jitter?: boolean }): RequestStrategy {
    return { type: 'exponentialBackoff', maxAttempts: options.maxAttempts, jitter: options.jitter ?? true };
  },
};

/** The resolved retry rules for one call. */
export interface RetryPlan {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Whether backoff delays are randomised (equal jitter). */
  readonly jitter: boolean;
  /** The idempotency key sent on every attempt, if any. */
  readonly idempotencyKey: string | undefined;
  /** Whether the call may be retried at all (safe method or idempotency key). */
  readonly eligible: boolean;
}

/** Resolves client defaults, per-call options and the method into a {@link RetryPlan}. */
export function planRetries(
  method: string,
  clientMaxRetries: number,
  options: { maxRetries?: number | undefined; idempotencyKey?: string | undefined; strategy?: RequestStrategy | undefined },
): RetryPlan {
  const strategy = options.strategy;
  let maxRetries = options.maxRetries ?? clientMaxRetries;
  let jitter = true;
  let idempotencyKey = options.idempotencyKey;
  switch (strategy?.type) {
    case 'once':
      maxRetries = 0;
      break;
    case 'idempotent':
      idempotencyKey = strategy.key;
      break;
    case 'retry':
      maxRetries = Math.max(0, strategy.maxAttempts - 1);
      break;
    case 'exponentialBackoff':
      maxRetries = Math.max(0, strategy.maxAttempts - 1);
      jitter = strategy.jitter;
      break;
    case undefined:
      break;
  }
  const eligible = SAFE_METHODS.has(method.toUpperCase()) || idempotencyKey !== undefined;
  return { maxRetries, jitter, idempotencyKey, eligible };
}

/**
 * Delay before retry number `retry` (0-based): exponential, capped, and with equal jitter
 * (half fixed, half random) so that clients failing together do not retry together.
 */
export function backoffDelay(retry: number, jitter: boolean, random: () => number = Math.random): number {
  const exact = Math.min(RETRY_INITIAL_DELAY_MS * RETRY_BACKOFF_FACTOR ** retry, RETRY_MAX_DELAY_MS);
  return jitter ? exact / 2 + random() * (exact / 2) : exact;
}

/**
 * Parses `Retry-After` (delta-seconds or an HTTP-date) into seconds from `now`.
 * Returns `undefined` for a missing or unparseable header; a past date gives 0.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - now) / 1000);
}

/**
 * Sleeps `ms`, waking early with the signal's reason if it aborts. Timers are cleared either way,
 * so a cancelled call leaves nothing pending.
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
