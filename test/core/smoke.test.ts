import { describe, expect, it } from 'vitest';
import { WorkOS } from '../../src/index.ts';
import { MockTransport } from '../support/mock-transport.ts';

describe('client smoke', () => {
  it('sends a GET with the API key as bearer and decodes JSON', async () => {
    const transport = new MockTransport({ json: { id: 'org_1' } });
    const workos = new WorkOS({ apiKey: 'sk_test_1', transport });
    const org = await workos.request({ operation: 'test.get', method: 'GET', path: '/organizations/org_1' });
    expect(org).toEqual({ id: 'org_1' });
    expect(transport.last.headers.get('authorization')).toBe('Bearer sk_test_1');
    expect(transport.last.url.href).toBe('https://api.workos.com/organizations/org_1');
  });
});
