import type { RequestOptions } from '../core/request.ts';
import type { SecretString } from '../core/secret.ts';
import { Vault as VaultResource } from '../generated/resources/vault.ts';
import { decodeBase64, decryptBlobParts, encodeBase64, encryptWithKey, importDataKey, parseBlob, serializeBlob } from './crypto.ts';

/** Map of values that selects the encryption key (e.g. `{ organization_id: 'org_…' }`). */
export type KeyContext = Record<string, string>;

const encoder = /* @__PURE__ */ new TextEncoder();

function toBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
}

function keyFrom(dataKey: SecretString): Promise<CryptoKey> {
  return importDataKey(dataKey.expose());
}

/**
 * Encrypts many values under one data key: one API call for the batch instead of one per value.
 * Created by {@link Vault.createEncryptor}.
 */
export interface VaultEncryptor {
  /** Id of the shared data key. */
  readonly keyId: string;
  /** Encrypts one value (fresh random IV) into a blob in the official Node SDK layout. */
  encrypt(data: string | Uint8Array, associatedData?: string): Promise<string>;
}

/**
 * The `vault` resource (every generated Vault API operation, e.g. `createDataKey`,
 * `decryptDataKey`, the KV object calls) plus local encryption: AES-256-GCM on WebCrypto with a
 * data key from the Vault API, in the official Node SDK's blob layout (readable by
 * `@workos-inc/node`'s `vault.decrypt`). `decrypt` also reads the Go SDK's 32-byte-IV layout.
 * Plaintext never leaves the process; only the data key is fetched (`POST /vault/v1/keys/data-key`)
 * or unwrapped (`POST /vault/v1/keys/decrypt`).
 *
 * Blob problems and authentication failures throw {@link WorkOSVaultCryptoError}; API failures
 * throw the client's usual errors.
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * import { Vault } from '@workos-edge/sdk/vault';
 * const vault = new Vault(new WorkOSClient({ apiKey: 'sk_test_123' }));
 * const blob = await vault.encrypt('4111 1111 1111 1111', { organization_id: 'org_123' }, 'customer:42');
 * const card = await vault.decrypt(blob, 'customer:42');
 * ```
 */
export class Vault extends VaultResource {
  /**
   * Encrypts `data` under a new data key for `keyContext`; `associatedData` (if given) must be
   * passed again to decrypt. Returns the blob as standard base64. One API call.
   */
  async encrypt(data: string | Uint8Array, keyContext: KeyContext, associatedData?: string, options?: RequestOptions): Promise<string> {
    const encryptor = await this.createEncryptor(keyContext, options);
    return encryptor.encrypt(data, associatedData);
  }

  /** Decrypts a blob to bytes: parse (Node or Go layout), unwrap its data key (one API call), AES-GCM. */
  async decryptBytes(blob: string, associatedData?: string, options?: RequestOptions): Promise<Uint8Array> {
    // Parse before the API call, so a malformed blob costs no request.
    const parts = parseBlob(blob);
    const { data_key } = await this.decryptDataKey({ keys: encodeBase64(parts.keyBlob) }, options);
    return decryptBlobParts(data_key.expose(), parts, associatedData);
  }

  /** Decrypts a blob written by {@link Vault.encrypt}, `@workos-inc/node` or the Go SDK to a UTF-8 string. */
  async decrypt(blob: string, associatedData?: string, options?: RequestOptions): Promise<string> {
    return new TextDecoder().decode(await this.decryptBytes(blob, associatedData, options));
  }

  /**
   * Fetches one data key for `keyContext` and returns an encryptor that reuses it, so encrypting
   * N values costs one API call instead of N. Each value still gets its own random IV.
   *
   * Trade-off: every blob of the batch shares one data key, so anyone who obtains that key (or
   * gets the API to unwrap any one blob's key) can decrypt the whole batch, and the key lives in
   * memory for as long as you keep the encryptor. Keep batches small and short-lived, use it only
   * for values with the same key context and sensitivity, and stay far below 2^32 values per key
   * (the AES-GCM random-IV limit).
   */
  async createEncryptor(keyContext: KeyContext, options?: RequestOptions): Promise<VaultEncryptor> {
    const pair = await this.createDataKey({ context: keyContext }, options);
    const key = await keyFrom(pair.data_key);
    const keyBlob = decodeBase64(pair.encrypted_keys, 'encrypted_keys');
    return {
      keyId: pair.id,
      async encrypt(data: string | Uint8Array, associatedData?: string): Promise<string> {
        return serializeBlob({ ...(await encryptWithKey(key, toBytes(data), associatedData)), keyBlob });
      },
    };
  }
}
