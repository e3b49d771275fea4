import { describe, expect, it } from 'vitest';
import { WorkOSClient } from '../../src/core/client.ts';
import { WorkOSBadRequestError } from '../../src/core/errors.ts';
import { SecretString } from '../../src/core/secret.ts';
import { decodeBase64, encodeBase64, parseBlob, Vault, WorkOSVaultCryptoError, type VaultCryptoErrorReason } from '../../src/vault/index.ts';
import { interopVectors } from '../fixtures/interop-vectors.ts';
import { MockTransport } from '../support/mock-transport.ts';

const vector = interopVectors.vault;
const DATA_KEY_RESPONSE = {
  id: 'dk_01VECTOR',
  context: vector.key_context,
  data_key: vector.data_key_base64,
  encrypted_keys: vector.encrypted_keys_base64,
};
const DECRYPT_RESPONSE = { id: 'dk_01VECTOR', data_key: vector.data_key_base64 };

function vaultWith(...steps: ConstructorParameters<typeof MockTransport>): { vault: Vault; transport: MockTransport } {
  const transport = new MockTransport(...steps);
  return { vault: new Vault(new WorkOSClient({ apiKey: 'sk_test_vault', transport, maxRetries: 0 })), transport };
}

async function reasonOf(promise: Promise<unknown>): Promise<VaultCryptoErrorReason | 'resolved'> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkOSVaultCryptoError) return error.reason;
    throw error;
  }
  return 'resolved';
}

describe('Vault.decrypt: interop vectors', () => {
  it('decrypts the official Node SDK blob, sending its key blob to /vault/v1/keys/decrypt', async () => {
    const { vault, transport } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await vault.decrypt(vector.official_node_blob, vector.associated_data)).toBe(vector.plaintext);
    expect(transport.requests).toHaveLength(1);
    expect(transport.last.method).toBe('POST');
    expect(transport.last.url.href).toBe('https://api.workos.com/vault/v1/keys/decrypt');
    expect(transport.last.json).toStrictEqual({ keys: vector.encrypted_keys_base64 });
    expect(transport.last.headers.get('authorization')).toBe('Bearer sk_test_vault');
  });

  it('decrypts the Go SDK blob (32-byte IV)', async () => {
    const { vault, transport } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await vault.decrypt(vector.go_layout_blob_32_byte_iv, vector.associated_data)).toBe(vector.plaintext);
    expect(transport.last.json).toStrictEqual({ keys: vector.encrypted_keys_base64 });
  });

  it('decryptBytes returns the UTF-8 bytes', async () => {
    const { vault } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await vault.decryptBytes(vector.official_node_blob, vector.associated_data)).toEqual(new TextEncoder().encode(vector.plaintext));
  });
});

describe('Vault.decrypt: failures', () => {
  it('wrong or missing associated data → authentication_failed', async () => {
    const { vault } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await reasonOf(vault.decrypt(vector.official_node_blob, 'record:43'))).toBe('authentication_failed');
    expect(await reasonOf(vault.decrypt(vector.official_node_blob))).toBe('authentication_failed');
    expect(await reasonOf(vault.decrypt(vector.go_layout_blob_32_byte_iv, 'record:43'))).toBe('authentication_failed');
  });

  it('wrong data key → authentication_failed', async () => {
    const otherKey = encodeBase64(new Uint8Array(32).fill(7));
    const { vault } = vaultWith({ json: { id: 'dk_other', data_key: otherKey } });
    expect(await reasonOf(vault.decrypt(vector.official_node_blob, vector.associated_data))).toBe('authentication_failed');
  });

  it('a flipped ciphertext or tag bit → authentication_failed', async () => {
    const bytes = decodeBase64(vector.official_node_blob);
    const lastByte = bytes.length - 1;
    bytes[lastByte] = bytes[lastByte]! ^ 1;
    const { vault } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await reasonOf(vault.decrypt(encodeBase64(bytes), vector.associated_data))).toBe('authentication_failed');
    const tagged = decodeBase64(vector.official_node_blob);
    tagged[12] = tagged[12]! ^ 0x80;
    expect(await reasonOf(vault.decrypt(encodeBase64(tagged), vector.associated_data))).toBe('authentication_failed');
  });

  it('a data key that is not 32 bytes → invalid_data_key', async () => {
    const { vault } = vaultWith({ json: { id: 'dk_short', data_key: encodeBase64(new Uint8Array(16)) } });
    expect(await reasonOf(vault.decrypt(vector.official_node_blob, vector.associated_data))).toBe('invalid_data_key');
  });

  it('malformed blobs fail before any request is sent', async () => {
    const { vault, transport } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await reasonOf(vault.decrypt('***'))).toBe('invalid_base64');
    expect(await reasonOf(vault.decrypt(encodeBase64(new Uint8Array(20))))).toBe('truncated_header');
    expect(transport.requests).toHaveLength(0);
  });

  it('API errors surface as the client errors', async () => {
    const { vault } = vaultWith({ status: 400, json: { message: 'Invalid keys', code: 'invalid_request' } });
    await expect(vault.decrypt(vector.official_node_blob)).rejects.toThrow(WorkOSBadRequestError);
  });
});

describe('Vault.encrypt', () => {
  it('fetches a data key for the context and writes the official Node layout', async () => {
    const { vault, transport } = vaultWith({ json: DATA_KEY_RESPONSE }, { json: DECRYPT_RESPONSE });
    const blob = await vault.encrypt(vector.plaintext, { ...vector.key_context }, vector.associated_data);
    expect(transport.requests[0]!.url.pathname).toBe('/vault/v1/keys/data-key');
    expect(transport.requests[0]!.json).toStrictEqual({ context: { tenant: 'acme' } });

    const bytes = decodeBase64(blob);
    const keyBlob = decodeBase64(vector.encrypted_keys_base64);
    // IV(12) ‖ TAG(16) ‖ LEB128(len) ‖ keyBlob ‖ ciphertext; the vector key blob is 75 bytes (one LEB128 byte).
    expect(keyBlob.length).toBe(75);
    expect(bytes[28]).toBe(75);
    expect(bytes.subarray(29, 29 + 75)).toEqual(keyBlob);
    expect(bytes.length).toBe(12 + 16 + 1 + 75 + new TextEncoder().encode(vector.plaintext).length);
    expect(parseBlob(blob).layout).toBe('node');

    expect(await vault.decrypt(blob, vector.associated_data)).toBe(vector.plaintext);
    expect(transport.requests[1]!.json).toStrictEqual({ keys: vector.encrypted_keys_base64 });
  });

  it('uses a fresh IV per encryption and binds associated data', async () => {
    const { vault } = vaultWith({ json: DATA_KEY_RESPONSE });
    const a = await vault.encrypt('same', { tenant: 'acme' });
    const b = await vault.encrypt('same', { tenant: 'acme' });
    expect(a).not.toBe(b);
    expect(parseBlob(a).iv).not.toEqual(parseBlob(b).iv);
    const { vault: reader } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await reader.decrypt(a)).toBe('same');
    expect(await reasonOf(reader.decrypt(a, 'unexpected'))).toBe('authentication_failed');
  });

  it('encrypts bytes', async () => {
    const { vault } = vaultWith({ json: DATA_KEY_RESPONSE }, { json: DECRYPT_RESPONSE });
    const data = new Uint8Array([0, 255, 1, 254]);
    const blob = await vault.encrypt(data, { tenant: 'acme' });
    expect(await vault.decryptBytes(blob)).toEqual(data);
  });

  it('decodes data_key as a SecretString', async () => {
    const { vault } = vaultWith({ json: DATA_KEY_RESPONSE });
    const pair = await vault.createDataKey({ context: { tenant: 'acme' } });
    expect(pair.data_key).toBeInstanceOf(SecretString);
    expect(pair.data_key.expose()).toBe(vector.data_key_base64);
    expect(String(pair.data_key)).toBe('<redacted>');
    expect(pair.encrypted_keys).toBe(vector.encrypted_keys_base64);
  });
});

describe('Vault.createEncryptor', () => {
  it('encrypts a batch with one data-key request; each blob decrypts on its own', async () => {
    const { vault, transport } = vaultWith({ json: DATA_KEY_RESPONSE });
    const encryptor = await vault.createEncryptor({ tenant: 'acme' });
    expect(encryptor.keyId).toBe('dk_01VECTOR');
    const blobs = [await encryptor.encrypt('one'), await encryptor.encrypt('two', 'aad'), await encryptor.encrypt('three')];
    expect(transport.requests).toHaveLength(1);
    expect(new Set(blobs.map((b) => encodeBase64(parseBlob(b).iv))).size).toBe(3);
    const { vault: reader } = vaultWith({ json: DECRYPT_RESPONSE });
    expect(await reader.decrypt(blobs[0]!)).toBe('one');
    expect(await reader.decrypt(blobs[1]!, 'aad')).toBe('two');
    expect(await reader.decrypt(blobs[2]!)).toBe('three');
  });
});
