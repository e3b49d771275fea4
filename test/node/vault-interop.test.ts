// Node-only cross-check against the official SDK's Vault local crypto (@workos-inc/node 12.3.0),
// with both SDKs' data-key calls answered by a local mock: blobs it writes decrypt with ours,
// blobs we write decrypt with its vault.decrypt.
import { WorkOS as OfficialWorkOS } from '@workos-inc/node';
import { describe, expect, it } from 'vitest';
import { WorkOSClient } from '../../src/core/client.ts';
import { parseBlob, Vault } from '../../src/vault/index.ts';
import { interopVectors } from '../fixtures/interop-vectors.ts';
import { MockTransport } from '../support/mock-transport.ts';

const vector = interopVectors.vault;
const dataKeyBody = { id: 'dk_01', context: vector.key_context, data_key: vector.data_key_base64, encrypted_keys: vector.encrypted_keys_base64 };
const decryptBody = { id: 'dk_01', data_key: vector.data_key_base64 };

/** What the official SDK sent, and a fetch that answers like the Vault API. */
function officialWithMock(): { official: OfficialWorkOS; sent: { url: string; body: unknown }[] } {
  const sent: { url: string; body: unknown }[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    sent.push({ url, body: JSON.parse(String(init?.body ?? 'null')) });
    const body = url.endsWith('/vault/v1/keys/data-key') ? dataKeyBody : decryptBody;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { official: new OfficialWorkOS('sk_test_interop', { fetchFn, maxRetries: 0 }), sent };
}

const ours = (): Vault => new Vault(new WorkOSClient({ apiKey: 'sk_test_interop', transport: new MockTransport({ json: dataKeyBody }, { json: decryptBody }) }));

describe('vault interop with @workos-inc/node', () => {
  it('decrypts blobs the official SDK encrypts (with and without associated data)', async () => {
    const { official, sent } = officialWithMock();
    for (const aad of [undefined, 'record:7']) {
      const blob = await official.vault.encrypt('official → edge ✓', { tenant: 'acme' }, aad);
      expect(parseBlob(blob).layout).toBe('node');
      const reader = new Vault(new WorkOSClient({ apiKey: 'sk_test', transport: new MockTransport({ json: decryptBody }) }));
      expect(await reader.decrypt(blob, aad)).toBe('official → edge ✓');
    }
    expect(sent[0]).toEqual({ url: 'https://api.workos.com/vault/v1/keys/data-key', body: { context: { tenant: 'acme' } } });
  });

  it('the official SDK decrypts blobs we encrypt', async () => {
    const blob = await ours().encrypt('edge → official ✓', { tenant: 'acme' }, 'record:8');
    const { official, sent } = officialWithMock();
    expect(await official.vault.decrypt(blob, 'record:8')).toBe('edge → official ✓');
    // It unwrapped exactly the key blob we embedded.
    expect(sent[0]).toEqual({ url: 'https://api.workos.com/vault/v1/keys/decrypt', body: { keys: vector.encrypted_keys_base64 } });
  });

  it('the official SDK reads the shared Node vector the same way we do', async () => {
    const { official } = officialWithMock();
    expect(await official.vault.decrypt(vector.official_node_blob, vector.associated_data)).toBe(vector.plaintext);
    const reader = new Vault(new WorkOSClient({ apiKey: 'sk_test', transport: new MockTransport({ json: decryptBody }) }));
    expect(await reader.decrypt(vector.official_node_blob, vector.associated_data)).toBe(vector.plaintext);
  });
});
