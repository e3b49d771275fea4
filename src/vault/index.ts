/**
 * Vault local encryption: the {@link Vault} helper (encrypt/decrypt with data keys from the Vault
 * API, AES-256-GCM on WebCrypto) and its blob-format primitives. Import from
 * `@workos-edge/sdk/vault`.
 *
 * @module
 */
export {
  decodeBase64,
  decodeLeb128U32,
  encodeBase64,
  encodeLeb128U32,
  GO_IV_LENGTH,
  NODE_IV_LENGTH,
  parseBlob,
  serializeBlob,
  TAG_LENGTH,
  type VaultBlobParts,
} from './crypto.ts';
export { WorkOSVaultCryptoError, type VaultCryptoErrorReason } from './errors.ts';
export type { DataKeyPair, DecryptedDataKey, KeyContext } from './schemas.ts';
export { Vault, type VaultEncryptor } from './vault.ts';
