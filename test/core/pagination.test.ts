import { describe, expect, it } from 'vitest';
import { autoPaginate, Page, PagePromise, WorkOS, WorkOSServerError, type ListResponse } from '../../src/index.ts';
import { MockTransport, jsonResponse, type RecordedRequest } from '../support/mock-transport.ts';

interface Item {
  id: string;
}

/** A fake list endpoint over `total` items, paging by `after` cursor like the API. */
function listServer(total: number) {
  return (request: RecordedRequest): Response => {
    const params = request.url.searchParams;
    const limit = Number(params.get('limit') ?? '10');
    const after = params.get('after');
    const start = after === null ? 0 : Number(after.slice('item_'.length)) + 1;
    const data = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({ id: `item_${start + i}` }));
    const last = data[data.length - 1];
    return jsonResponse({
      object: 'list',
      data,
      list_metadata: { before: start > 0 ? `item_${start}` : null, after: last && start + data.length < total ? last.id : null },
    });
  };
}

function listClient(total: number) {
  const transport = new MockTransport(listServer(total));
  const client = new WorkOS({ apiKey: 'sk_test_pages', transport });
  const list = (query: Record<string, unknown>) =>
    client.requestPage<Item>({ operation: 'items.list', method: 'GET', path: '/items', query });
  return { transport, list };
}

describe('pagination', () => {
  it('awaits to the first page with data, list_metadata and cursors', async () => {
    const { transport, list } = listClient(25);
    const page = await list({ limit: 10 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `item_${i}`));
    expect(page.list_metadata).toEqual({ before: null, after: 'item_9' });
    expect(page.hasNextPage()).toBe(true);
    const second = await page.nextPage();
    expect(second.data[0]?.id).toBe('item_10');
    const third = await second.nextPage();
    expect(third.data).toHaveLength(5);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.nextPage()).rejects.toBeInstanceOf(RangeError);
    expect(transport.requests).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(third))).toEqual({ data: third.data, list_metadata: third.list_metadata });
  });

  it('is lazy: nothing is sent until awaited or iterated, and page one only once', async () => {
    const { transport, list } = listClient(5);
    const pending = list({ limit: 10 });
    expect(pending).toBeInstanceOf(PagePromise);
    expect(transport.requests).toHaveLength(0);
    await pending;
    await pending;
    expect(transport.requests).toHaveLength(1);
  });

  it('streams every item across pages, keeping filters, limit and order, without re-fetching page one', async () => {
    const { transport, list } = listClient(23);
    const ids: string[] = [];
    for await (const item of list({ limit: 10, order: 'desc', organization_id: 'org_1' })) ids.push(item.id);
    expect(ids).toEqual(Array.from({ length: 23 }, (_, i) => `item_${i}`));
    expect(transport.requests).toHaveLength(3);
    const queries = transport.requests.map((r) => Object.fromEntries(r.url.searchParams));
    expect(queries).toEqual([
      { limit: '10', order: 'desc', organization_id: 'org_1' },
      { limit: '10', order: 'desc', organization_id: 'org_1', after: 'item_9' },
      { limit: '10', order: 'desc', organization_id: 'org_1', after: 'item_19' },
    ]);
  });

  it('starts from the caller own cursor and streams from the page already awaited', async () => {
    const { transport, list } = listClient(30);
    const ids: string[] = [];
    const pages = list({ limit: 10, after: 'item_14' });
    const first = await pages;
    expect(first.data[0]?.id).toBe('item_15');
    for await (const item of pages) ids.push(item.id);
    expect(ids[0]).toBe('item_15');
    expect(ids).toHaveLength(15);
    expect(transport.requests).toHaveLength(2);
  });

  it('stops fetching when the loop breaks', async () => {
    const { transport, list } = listClient(1000);
    let seen = 0;
    for await (const item of list({ limit: 10 })) {
      seen++;
      if (item.id === 'item_12') break;
    }
    expect(seen).toBe(13);
    expect(transport.requests).toHaveLength(2);
  });

  it('rejects the iteration with the typed error of a failing page', async () => {
    let calls = 0;
    const transport = new MockTransport((request) => {
      calls++;
      if (calls === 2) return jsonResponse({ message: 'down' }, 500);
      return listServer(30)(request);
    });
    const client = new WorkOS({ apiKey: 'sk_test', transport, maxRetries: 0 });
    const seen: string[] = [];
    let error: unknown;
    try {
      for await (const item of client.requestPage<Item>({ operation: 'items.list', method: 'GET', path: '/items', query: { limit: 10 } })) {
        seen.push(item.id);
      }
    } catch (e) {
      error = e;
    }
    expect(seen).toHaveLength(10);
    expect(error).toBeInstanceOf(WorkOSServerError);
  });

  it('reads a list response without data or list_metadata as an empty last page', async () => {
    const transport = new MockTransport({ json: { object: 'list' } });
    const client = new WorkOS({ apiKey: 'sk_test', transport });
    const page = await client.requestPage<Item>({ operation: 'items.list', method: 'GET', path: '/items' });
    expect(page.data).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
  });

  it('handles an empty list', async () => {
    const { list } = listClient(0);
    const items: Item[] = [];
    for await (const item of list({})) items.push(item);
    expect(items).toEqual([]);
    expect((await list({})).hasNextPage()).toBe(false);
  });

  it('streams 100 000 items across 1 000 pages, holding one page at a time', async () => {
    const total = 100_000;
    const { transport, list } = listClient(total);
    let count = 0;
    let lastId = '';
    for await (const item of list({ limit: 100 })) {
      count++;
      lastId = item.id;
    }
    expect(count).toBe(total);
    expect(lastId).toBe('item_99999');
    expect(transport.requests).toHaveLength(1000);
  });
});

describe('autoPaginate', () => {
  it('drives any cursor function: await for page one, for await for every item', async () => {
    const cursors: (string | undefined)[] = [];
    const fetchPage = async (after: string | undefined): Promise<ListResponse<number>> => {
      cursors.push(after);
      const start = after === undefined ? 0 : Number(after);
      return { data: [start, start + 1], list_metadata: { after: start + 2 < 6 ? String(start + 2) : null } };
    };
    const first = await autoPaginate(fetchPage);
    expect(first.data).toEqual([0, 1]);
    const all: number[] = [];
    for await (const n of autoPaginate(fetchPage)) all.push(n);
    expect(all).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cursors).toEqual([undefined, undefined, '2', '4']);
  });
});
