import { resolveConfig, type ClientOptions, type ResolvedConfig } from './config.ts';
import { WorkOSError } from './errors.ts';
import { Page, PagePromise, type ListResponseLike } from './pagination.ts';
import { executeRequest, type ApiRequest, type RequestOptions, type RetryTimers } from './request.ts';

/** The outcome of {@link WorkOSClient.tryCreate}: a client, or the configuration error. */
export type CreateResult<C> = { ok: true; client: C } | { ok: false; error: WorkOSError };

/** @internal Test hook: replaces backoff sleeps and jitter so retry tests never wait. */
export const retryTimersKey: unique symbol = Symbol('workos-edge.retryTimers');

/** @internal */
export interface InternalClientOptions extends ClientOptions {
  [retryTimersKey]?: RetryTimers | undefined;
}

/**
 * The client core: configuration and the request pipeline, without any resource attached.
 * Import it from `@workos-edge/sdk/core` and pair it with the resources you use, so bundles carry
 * only those; or use `WorkOS` from the package root, which has every resource as an accessor.
 *
 * Immutable and cheap to share across requests and isolates.
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * const client = new WorkOSClient({ apiKey: 'sk_test_123', timeout: 10_000 });
 * const patient = client.withOptions({ timeout: 60_000 });
 * ```
 */
export class WorkOSClient {
  /** The validated configuration (API key excluded from enumeration). */
  readonly config: ResolvedConfig;
  readonly #options: InternalClientOptions;

  /** Validates `options`; throws {@link WorkOSConfigError} naming the bad option. */
  constructor(options: ClientOptions = {}) {
    this.#options = { ...options };
    this.config = resolveConfig(options);
  }

  /**
   * Like the constructor, but returns `{ ok: false, error }` instead of throwing — for keys and
   * URLs that come from untrusted input.
   */
  static tryCreate<C extends WorkOSClient>(this: new (options: ClientOptions) => C, options: ClientOptions = {}): CreateResult<C> {
    try {
      return { ok: true, client: new this(options) };
    } catch (error) {
      if (error instanceof WorkOSError) return { ok: false, error };
      throw error;
    }
  }

  /** The client id this client was configured with (or read from `WORKOS_CLIENT_ID`). */
  get clientId(): string | undefined {
    return this.config.clientId;
  }

  /** A new client of the same class with `overrides` applied on top of this one's options. */
  withOptions(overrides: ClientOptions): this {
    const Ctor = this.constructor as new (options: ClientOptions) => this;
    return new Ctor({ ...this.#options, ...overrides });
  }

  /** Sends one operation through the pipeline (build, send, retry, decode). */
  request<T>(req: ApiRequest<T>, options?: RequestOptions): Promise<T> {
    return executeRequest(this.config, req, options, this.#options[retryTimersKey]);
  }

  /**
   * Sends a list operation. The returned {@link PagePromise} resolves to the first page; iterating
   * it follows `after` cursors with the caller's filters, `limit` and `order` kept.
   */
  requestPage<T>(req: ApiRequest<ListResponseLike<T>>, options?: RequestOptions): PagePromise<T> {
    const query = req.query ?? {};
    const load = async (after: string | undefined, first: boolean): Promise<Page<T>> => {
      // Page one uses the caller's own cursors; later pages move forward from the last `after`.
      const pageQuery = first ? query : { ...query, before: undefined, after };
      const response = await this.request({ ...req, query: pageQuery }, options);
      return new Page({ data: response.data ?? [], list_metadata: response.list_metadata ?? {} }, (next) => load(next, false));
    };
    return new PagePromise(() => load(undefined, true));
  }
}
