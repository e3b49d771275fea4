/** Cursors of a list response. `after` is `null` on the last page. */
export interface ListMetadata {
  before?: string | null | undefined;
  after?: string | null | undefined;
  [key: string]: unknown;
}

/** A list response as the API sends it: `{ data, list_metadata }` (other fields are kept). */
export interface ListResponse<T> {
  data: T[];
  list_metadata: ListMetadata;
}

/**
 * A list response as decoded: a few operations' schemas leave `data` and `list_metadata` optional,
 * so pages read them defensively (missing `data` is an empty page, missing cursors end the list).
 */
export interface ListResponseLike<T> {
  data?: T[] | undefined;
  list_metadata?: ListMetadata | undefined;
}

/** Fetches the page that starts after `after` (`undefined`: the caller's own first cursor). */
export type FetchPage<T> = (after: string | undefined) => Promise<Page<T>>;

/**
 * One page of a list. `data` and `list_metadata` are exactly what the API sent;
 * {@link Page.nextPage} fetches the following page with the same filters.
 */
export class Page<T> implements ListResponse<T> {
  /** The items of this page. */
  readonly data: T[];
  /** The page's cursors. */
  readonly list_metadata: ListMetadata;
  readonly #fetchPage: FetchPage<T>;

  /** @internal Built by list operations; use {@link autoPaginate} to drive your own cursor function. */
  constructor(response: ListResponse<T>, fetchPage: FetchPage<T>) {
    this.data = response.data;
    this.list_metadata = response.list_metadata;
    this.#fetchPage = fetchPage;
  }

  /** Whether the API reported a further page (an `after` cursor). */
  hasNextPage(): boolean {
    const after = this.list_metadata.after;
    return typeof after === 'string' && after !== '';
  }

  /** Fetches the next page; rejects when there is none (check {@link Page.hasNextPage} first). */
  nextPage(): Promise<Page<T>> {
    if (!this.hasNextPage()) return Promise.reject(new RangeError('This is the last page: there is no next page'));
    return this.#fetchPage(this.list_metadata.after as string);
  }

  /** The page as the API sent it, for `JSON.stringify`. */
  toJSON(): ListResponse<T> {
    return { data: this.data, list_metadata: this.list_metadata };
  }
}

/**
 * Streams every item of `first` and the pages after it, one page in memory at a time.
 * Stops fetching as soon as the consumer stops iterating.
 */
async function* itemsFrom<T>(first: Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let page: Page<T> | undefined = await first;
  while (page !== undefined) {
    yield* page.data;
    page = page.hasNextPage() ? await page.nextPage() : undefined;
  }
}

/**
 * The result of a list operation: `await` it for the first page, or `for await` it for every item
 * across pages (page one is fetched once, no sleeps, nothing accumulated).
 *
 * @example
 * ```ts
 * import type { PagePromise } from '@workos-edge/sdk';
 * async function printAll(list: PagePromise<{ id: string }>): Promise<void> {
 *   for await (const item of list) console.log(item.id);
 * }
 * ```
 */
export class PagePromise<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  #first: Promise<Page<T>> | undefined;
  readonly #start: () => Promise<Page<T>>;

  /** @internal */
  constructor(start: () => Promise<Page<T>>) {
    this.#start = start;
  }

  // Lazy, like a thunk: nothing is sent until the promise is awaited or iterated, and only once.
  #firstPage(): Promise<Page<T>> {
    this.#first ??= this.#start();
    return this.#first;
  }

  then<R1 = Page<T>, R2 = never>(
    onFulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Like `Promise.prototype.catch`. */
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#firstPage().catch(onRejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onFinally);
  }

  /** Every item of every page, in order. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    return itemsFrom(this.#firstPage());
  }
}

/**
 * Drives any cursor function the way list operations do: `await` the result for the first page or
 * `for await` it for every item. `fetchPage(undefined)` must return the first page.
 *
 * @example
 * ```ts
 * import { autoPaginate } from '@workos-edge/sdk';
 * // Three pages of two numbers each, addressed by a numeric cursor.
 * const numbers = autoPaginate<number>(async (after) => {
 *   const start = after === undefined ? 0 : Number(after);
 *   const next = start + 2 < 6 ? String(start + 2) : null;
 *   return { data: [start, start + 1], list_metadata: { after: next } };
 * });
 * for await (const n of numbers) console.log(n); // 0 1 2 3 4 5
 * ```
 */
export function autoPaginate<T>(fetchPage: (after: string | undefined) => Promise<ListResponse<T> | Page<T>>): PagePromise<T> {
  const load: FetchPage<T> = async (after) => {
    const response = await fetchPage(after);
    return new Page({ data: response.data, list_metadata: response.list_metadata }, load);
  };
  return new PagePromise(() => load(undefined));
}
