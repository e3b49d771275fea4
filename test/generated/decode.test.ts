import { describe, expect, it } from 'vitest';
import { WorkOSDecodeError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { WorkOS } from '../../src/workos.ts';
import { jsonResponse, MockTransport } from '../support/mock-transport.ts';

const domain = (state: string) => ({
  object: 'organization_domain',
  id: 'org_domain_1',
  organization_id: 'org_1',
  domain: 'example.com',
  state,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
});

const organization = (overrides: Record<string, unknown> = {}) => ({
  object: 'organization',
  id: 'org_1',
  name: 'Acme',
  domains: [domain('verified')],
  metadata: {},
  external_id: null,
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
  ...overrides,
});

function client(transport: MockTransport, validateResponses?: boolean): WorkOS {
  return new WorkOS({ apiKey: 'sk_test_123', transport, maxRetries: 0, ...(validateResponses === undefined ? {} : { validateResponses }) });
}

describe('generated response decoding', () => {
  it('keeps fields the schema does not know', async () => {
    const transport = new MockTransport(jsonResponse(organization({ brand_new_field: { nested: 1 } })));
    const org = await client(transport).organizations.getOrganization('org_1');
    expect(org.name).toBe('Acme');
    expect((org as Record<string, unknown>)['brand_new_field']).toEqual({ nested: 1 });
  });

  it('keeps enum values added to the API later, verbatim', async () => {
    const transport = new MockTransport(jsonResponse(organization({ domains: [domain('quarantined_by_future_feature')] })));
    const org = await client(transport).organizations.getOrganization('org_1');
    expect(org.domains[0]?.state).toBe('quarantined_by_future_feature');
  });

  it('decodes secret fields into SecretString that never prints its value', async () => {
    const transport = new MockTransport(
      jsonResponse({
        access_token: 'eyJhbGciOi.secret.token',
        token_type: 'Bearer',
        expires_in: 600,
        profile: {
          object: 'profile',
          id: 'prof_1',
          organization_id: 'org_1',
          connection_id: 'conn_1',
          connection_type: 'OktaSAML',
          idp_id: 'idp_1',
          email: 'a@example.com',
          first_name: null,
          name: null,
          last_name: null,
          role: null,
          roles: null,
          groups: ['Engineering'],
          custom_attributes: {},
          raw_attributes: {},
        },
      }),
    );
    const result = await client(transport).sso.exchangeToken({
      client_id: 'client_1',
      client_secret: new SecretString('sk_test_secret'),
      code: 'code_1',
      grant_type: 'authorization_code',
    });
    expect(result.access_token).toBeInstanceOf(SecretString);
    expect(result.access_token.expose()).toBe('eyJhbGciOi.secret.token');
    expect(`${result.access_token}`).toBe('<redacted>');
    expect(JSON.stringify(result)).toContain('eyJhbGciOi.secret.token');
    // The secret input was sent raw in the body (SecretString serialises its value), never in the URL.
    expect(transport.last.json).toMatchObject({ client_secret: 'sk_test_secret', code: 'code_1' });
    expect(transport.last.url.search).toBe('');
  });

  it('names the operation, the path in the document and the request id when a response breaks the schema', async () => {
    const good = organization();
    const broken = organization({ id: 'org_4', domains: [domain('verified'), { ...domain('verified'), domain: 42 }] });
    const transport = new MockTransport(
      jsonResponse({ object: 'list', data: [good, good, good, broken], list_metadata: { before: null, after: null } }, 200, {
        'x-request-id': 'req_decode_1',
      }),
    );
    const error = await client(transport).organizations.listOrganizations().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkOSDecodeError);
    const decode = error as WorkOSDecodeError;
    expect(decode.operation).toBe('organizations.listOrganizations');
    expect(decode.path).toBe('data[3].domains[1].domain');
    expect(decode.requestId).toBe('req_decode_1');
    expect(decode.message).toContain('data[3].domains[1].domain');
    expect(decode.message).toContain('req_decode_1');
  });

  it('rejects a missing required field instead of yielding undefined later', async () => {
    const { name: _omitted, ...withoutName } = organization();
    const transport = new MockTransport(jsonResponse(withoutName));
    await expect(client(transport).organizations.getOrganization('org_1')).rejects.toThrow(/organizations\.getOrganization.*name/);
  });

  it('passes responses through untouched when validateResponses is false (secrets still wrapped)', async () => {
    const transport = new MockTransport(jsonResponse({ id: 42, unexpected: true, access_token: 'raw' }));
    const result = (await client(transport, false).organizations.getOrganization('org_1')) as unknown as Record<string, unknown>;
    expect(result['id']).toBe(42);
    expect(result['unexpected']).toBe(true);
    expect(result['access_token']).toBeInstanceOf(SecretString);
  });

  it('decodes a created API key value as a secret', async () => {
    const transport = new MockTransport(
      jsonResponse({
        object: 'api_key',
        id: 'api_key_1',
        owner: { type: 'organization', id: 'org_1' },
        name: 'CI',
        obfuscated_value: 'sk_...abcd',
        value: 'sk_live_full_value',
        last_used_at: null,
        expires_at: null,
        permissions: [],
        created_at: '2024-01-01T00:00:00.000Z',
        updated_at: '2024-01-01T00:00:00.000Z',
      }, 201),
    );
    const key = await client(transport).apiKeys.createOrganizationApiKey('org_1', { name: 'CI' });
    expect(key.value).toBeInstanceOf(SecretString);
    expect(key.value.expose()).toBe('sk_live_full_value');
  });
});
