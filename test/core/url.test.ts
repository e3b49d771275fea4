import { describe, expect, it } from 'vitest';
import { encodePathSegment, path, WorkOS, WorkOSInvalidArgumentError } from '../../src/index.ts';
import { buildQuery } from '../../src/core/url.ts';
import { MockTransport } from '../support/mock-transport.ts';

describe('path parameters', () => {
  it('encodes each value as one RFC 3986 segment', () => {
    expect(encodePathSegment('id', 'org_01H')).toBe('org_01H');
    expect(encodePathSegment('id', 'a b+c')).toBe('a%20b%2Bc');
    expect(encodePathSegment('id', "it's(1)*!")).toBe('it%27s%281%29%2A%21');
    expect(encodePathSegment('id', 'ünï')).toBe('%C3%BCn%C3%AF');
    expect(path`/organizations/${'org 1'}/domains/${'d_1'}`).toBe('/organizations/org%201/domains/d_1');
  });

  it('rejects ids that are empty, dot segments or would change the path', () => {
    for (const bad of ['', '.', '..', 'a/b', 'a?b', 'a#b', 'a\\b', '%2F', '..%2f', '%2e%2e', '%3Fx', '%23']) {
      expect(() => encodePathSegment('id', bad)).toThrow(WorkOSInvalidArgumentError);
    }
    expect(() => encodePathSegment('id', undefined)).toThrow(WorkOSInvalidArgumentError);
  });

  it('names the parameter in the error and sends nothing', async () => {
    const transport = new MockTransport({ json: {} });
    const client = new WorkOS({ apiKey: 'sk_test', transport });
    let error: unknown;
    try {
      await client.request({ operation: 'organizations.getOrganization', method: 'GET', path: path`/organizations/${'../users'}` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkOSInvalidArgumentError);
    expect((error as WorkOSInvalidArgumentError).argument).toBe('path[0]');
    expect(transport.requests).toHaveLength(0);
  });
});

describe('query serialisation', () => {
  it('drops undefined, repeats array keys and nests objects', () => {
    expect(buildQuery({ a: undefined, b: 'x' })).toBe('?b=x');
    expect(buildQuery({ domains: ['a.com', 'b.com'] })).toBe('?domains=a.com&domains=b.com');
    expect(buildQuery({ filter: { role: 'admin', state: 'active' } })).toBe('?filter%5Brole%5D=admin&filter%5Bstate%5D=active');
    expect(buildQuery({ limit: 10, flag: true, none: null })).toBe('?limit=10&flag=true&none=');
    expect(buildQuery({})).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });

  it('comma-joins arrays declared style=form, explode=false', () => {
    expect(buildQuery({ events: ['user.created', 'user.deleted'], ids: ['1', '2'] }, ['events'])).toBe(
      '?events=user.created%2Cuser.deleted&ids=1&ids=2',
    );
    expect(buildQuery({ events: [] }, ['events'])).toBe('');
  });

  it('serialises dates as ISO strings and escapes reserved characters', () => {
    expect(buildQuery({ since: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) })).toBe('?since=2026-01-02T03%3A04%3A05.000Z');
    expect(buildQuery({ q: 'a&b=c#d' })).toBe('?q=a%26b%3Dc%23d');
  });
});
