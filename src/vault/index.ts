/**
 * Vault local encryption: {@link Vault} (the generated `vault` resource plus encrypt/decrypt with
 * data keys from the Vault API, AES-256-GCM on WebCrypto) and the blob-format primitives. Import
 * from `@workos-edge/sdk/vault`.
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
export type { CreateDataKeyResponse, DecryptResponse } from '../generated/models/components.ts';
export { Vault, type KeyContext, type VaultEncryptor } from './vault.ts';
