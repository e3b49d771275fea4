import { describe, expect, it } from 'vitest';
import { WorkOSClient } from '../../src/core/client.ts';
import { Organizations } from '../../src/generated/resources/organizations.ts';
import { WorkOS } from '../../src/workos.ts';
import { jsonResponse, MockTransport } from '../support/mock-transport.ts';

const org = (id: string) => ({
  object: 'organization',
  id,
  name: id,
  domains: [],
  metadata: {},
  external_id: null,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
});

describe('generated resources', () => {
  it('sends list filters, comma-joins form/explode:false arrays and streams every page', async () => {
    const transport = new MockTransport(
      jsonResponse({ object: 'list', data: [org('org_1')], list_metadata: { before: null, after: 'org_1' } }),
      jsonResponse({ object: 'list', data: [org('org_2')], list_metadata: { before: 'org_2', after: null } }),
    );
    const workos = new WorkOS({ apiKey: 'sk_test_123', transport });
    const ids: string[] = [];
    for await (const o of workos.organizations.listOrganizations({ domains: ['a.com', 'b.com'], limit: 1 })) ids.push(o.id);
    expect(ids).toEqual(['org_1', 'org_2']);
    expect(transport.requests[0]?.method).toBe('GET');
    expect(transport.requests[0]?.url.pathname).toBe('/organizations');
    expect(transport.requests[0]?.url.search).toBe('?limit=1&domains=a.com%2Cb.com');
    expect(transport.requests[1]?.url.search).toBe('?after=org_1&limit=1&domains=a.com%2Cb.com');
    expect(transport.requests[0]?.headers.get('authorization')).toBe('Bearer sk_test_123');
  });

  it('puts path parameters in path order, encoded, and the body fields as JSON', async () => {
    const transport = new MockTransport(jsonResponse({}));
    const workos = new WorkOS({ apiKey: 'sk_test_123', transport });
    await workos.authorization.updateOrganizationRole('org 1', 'admin:x', { name: 'Admin' }).catch(() => undefined);
    expect(transport.last.method).toBe('PATCH');
    expect(transport.last.url.pathname).toBe('/authorization/organizations/org%201/roles/admin%3Ax');
    expect(transport.last.json).toEqual({ name: 'Admin' });
  });

  it('answers 204 operations with undefined', async () => {
    const transport = new MockTransport(new Response(null, { status: 204 }));
    const workos = new WorkOS({ apiKey: 'sk_test_123', transport });
    await expect(workos.authorization.deletePermission('users:read')).resolves.toBeUndefined();
    expect(transport.last.method).toBe('DELETE');
    expect(transport.last.url.pathname).toBe('/authorization/permissions/users%3Aread');
  });

  it('sends header parameters and the bearer token that replaces the API key', async () => {
    const transport = new MockTransport(jsonResponse({ success: true }));
    const workos = new WorkOS({ apiKey: 'sk_test_123', transport });
    await workos.auditLogs
      .createEvent({
        'idempotency-key': 'idem_1',
        organization_id: 'org_1',
        event: { action: 'user.signed_in', occurred_at: '2024-01-01T00:00:00.000Z', actor: { type: 'user', id: 'user_1' }, targets: [], context: { location: '1.2.3.4' } },
      })
      .catch(() => undefined);
    expect(transport.last.headers.get('idempotency-key')).toBe('idem_1');
    expect(transport.last.json).toMatchObject({ organization_id: 'org_1' });
    expect(transport.last.json).not.toHaveProperty('idempotency-key');
    await workos.sso.getProfile({ accessToken: 'access_abc' }).catch(() => undefined);
    expect(transport.last.headers.get('authorization')).toBe('Bearer access_abc');
  });

  it('works as a standalone resource over the client core', async () => {
    const transport = new MockTransport(jsonResponse(org('org_9')));
    const organizations = new Organizations(new WorkOSClient({ apiKey: 'sk_test_123', transport }));
    const result = await organizations.getOrganization('org_9');
    expect(result.id).toBe('org_9');
    expect(transport.last.url.pathname).toBe('/organizations/org_9');
  });
});
