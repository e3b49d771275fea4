// Vault local-encryption primitives (wire-formats §4), WebCrypto only.
// Blob = base64( IV ‖ TAG(16) ‖ LEB128_u32(len(keyBlob)) ‖ keyBlob ‖ CIPHERTEXT ), IV 12 bytes
// (official Node SDK, what we write) or 32 bytes (Go SDK, accepted on decrypt).
import { WorkOSVaultCryptoError } from './errors.ts';
import { decryptGcmAnyIv } from './gcm-long-iv.ts';

/** IV length the official Node SDK writes (and we write). */
export const NODE_IV_LENGTH = 12;
/** IV length the Go SDK writes. */
export const GO_IV_LENGTH = 32;
/** AES-GCM tag length in bytes. */
export const TAG_LENGTH = 16;
const MAX_U32 = 0xffff_ffff;
// Every encrypted_keys blob the API returns starts with "WOS.EKM"; used only to break a tie
// when a blob parses under both IV lengths.
const KEY_BLOB_MAGIC = [0x57, 0x4f, 0x53, 0x2e, 0x45, 0x4b, 0x4d];

/** Encodes an unsigned 32-bit integer as LEB128 (1–5 bytes). */
export function encodeLeb128U32(value: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(value) || value < 0 || value > MAX_U32) {
    throw new WorkOSVaultCryptoError('leb128_overflow', `LEB128 value must be an integer in 0..2^32-1, got ${value}`);
  }
  const out: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    out.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return new Uint8Array(out);
}

/** Decodes an unsigned 32-bit LEB128 at `offset`; returns the value and the index after it. */
export function decodeLeb128U32(bytes: Uint8Array, offset = 0): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) {
      throw new WorkOSVaultCryptoError('truncated_leb128', 'Vault blob: the key-length prefix is truncated');
    }
    if (i === 4 && byte > 0x0f) {
      throw new WorkOSVaultCryptoError('leb128_overflow', 'Vault blob: the key-length prefix exceeds 32 bits');
    }
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return { value, next: offset + i + 1 };
  }
  throw new WorkOSVaultCryptoError('leb128_overflow', 'Vault blob: the key-length prefix is longer than 5 bytes');
}

/** Standard, padded base64 of `bytes`. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes standard, padded base64; anything else is `invalid_base64` (never a bare DOMException). */
export function decodeBase64(text: string, what = 'Vault blob'): Uint8Array<ArrayBuffer> {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new WorkOSVaultCryptoError('invalid_base64', `${what} is not valid standard base64`);
  }
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The parts of a Vault blob. */
export interface VaultBlobParts {
  iv: Uint8Array<ArrayBuffer>;
  tag: Uint8Array<ArrayBuffer>;
  /** Raw bytes of the `encrypted_keys` blob (send base64 of it to `/vault/v1/keys/decrypt`). */
  keyBlob: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Splits blob bytes assuming an IV of `ivLength` bytes; throws on any structural problem. */
export function splitBlob(bytes: Uint8Array<ArrayBuffer>, ivLength: number): VaultBlobParts {
  const header = ivLength + TAG_LENGTH;
  if (bytes.length <= header) {
    throw new WorkOSVaultCryptoError(
      'truncated_header',
      `Vault blob is ${bytes.length} bytes: too short for a ${ivLength}-byte IV, a ${TAG_LENGTH}-byte tag and a key length`,
    );
  }
  const { value: keyLength, next } = decodeLeb128U32(bytes, header);
  if (keyLength === 0 || next + keyLength > bytes.length) {
    throw new WorkOSVaultCryptoError(
      'length_out_of_range',
      `Vault blob: key length ${keyLength} does not fit the ${bytes.length - next} bytes that follow it`,
    );
  }
  return {
    iv: bytes.slice(0, ivLength),
    tag: bytes.slice(ivLength, header),
    keyBlob: bytes.slice(next, next + keyLength),
    ciphertext: bytes.slice(next + keyLength),
  };
}

function hasKeyMagic(keyBlob: Uint8Array): boolean {
  return KEY_BLOB_MAGIC.every((byte, i) => keyBlob[i] === byte);
}

/**
 * Parses a base64 Vault blob in the Node layout (12-byte IV) or the Go layout (32-byte IV).
 * Detection (wire-formats §4): a layout qualifies when its LEB128 key length fits the blob; if both
 * qualify, the one whose key blob starts with the `WOS.EKM` marker wins, else the Node layout.
 * Structural errors are reported for the Node layout.
 */
export function parseBlob(blob: string): VaultBlobParts & { layout: 'node' | 'go' } {
  const bytes = decodeBase64(blob);
  let node: VaultBlobParts | undefined;
  let nodeError: unknown;
  try {
    node = splitBlob(bytes, NODE_IV_LENGTH);
  } catch (error) {
    nodeError = error;
  }
  let go: VaultBlobParts | undefined;
  try {
    go = splitBlob(bytes, GO_IV_LENGTH);
  } catch {
    // Only a fallback; the Node layout's error is the one reported.
  }
  if (node !== undefined && (go === undefined || hasKeyMagic(node.keyBlob) || !hasKeyMagic(go.keyBlob))) {
    return { ...node, layout: 'node' };
  }
  if (go !== undefined) return { ...go, layout: 'go' };
  throw nodeError;
}

/** Serialises blob parts (any IV length) to standard base64. */
export function serializeBlob(parts: VaultBlobParts): string {
  const prefix = encodeLeb128U32(parts.keyBlob.length);
  const out = new Uint8Array(parts.iv.length + parts.tag.length + prefix.length + parts.keyBlob.length + parts.ciphertext.length);
  let offset = 0;
  for (const part of [parts.iv, parts.tag, prefix, parts.keyBlob, parts.ciphertext]) {
    out.set(part, offset);
    offset += part.length;
  }
  return encodeBase64(out);
}

/** Decodes a base64 data key and checks it is 32 bytes (AES-256). */
export function decodeDataKey(dataKeyBase64: string): Uint8Array<ArrayBuffer> {
  const raw = decodeBase64(dataKeyBase64, 'data_key');
  if (raw.length !== 32) {
    throw new WorkOSVaultCryptoError('invalid_data_key', `data_key must be 32 bytes for AES-256-GCM, got ${raw.length}`);
  }
  return raw;
}

/** Imports a base64 data key (32 bytes) as a non-extractable AES-256-GCM key. */
export async function importDataKey(dataKeyBase64: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', decodeDataKey(dataKeyBase64), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

const encoder = /* @__PURE__ */ new TextEncoder();

function gcmParams(iv: Uint8Array<ArrayBuffer>, associatedData: string | undefined): AesGcmParams {
  // No AAD and empty AAD authenticate identically in GCM; omit it like the official SDK does.
  return associatedData ? { name: 'AES-GCM', iv, additionalData: encoder.encode(associatedData) } : { name: 'AES-GCM', iv };
}

/** AES-256-GCM with a fresh random 12-byte IV; returns the IV, tag and ciphertext separately. */
export async function encryptWithKey(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  associatedData?: string,
): Promise<Pick<VaultBlobParts, 'iv' | 'tag' | 'ciphertext'>> {
  const iv = crypto.getRandomValues(new Uint8Array(NODE_IV_LENGTH));
  const sealed = new Uint8Array(await crypto.subtle.encrypt(gcmParams(iv, associatedData), key, plaintext));
  const split = sealed.length - TAG_LENGTH;
  return { iv, tag: sealed.slice(split), ciphertext: sealed.slice(0, split) };
}

/** AES-256-GCM decryption of blob parts; a failed tag check is `authentication_failed`. */
export async function decryptWithKey(
  key: CryptoKey,
  parts: Pick<VaultBlobParts, 'iv' | 'tag' | 'ciphertext'>,
  associatedData?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const sealed = new Uint8Array(parts.ciphertext.length + TAG_LENGTH);
  sealed.set(parts.ciphertext);
  sealed.set(parts.tag, parts.ciphertext.length);
  try {
    return new Uint8Array(await crypto.subtle.decrypt(gcmParams(parts.iv, associatedData), key, sealed));
  } catch (cause) {
    throw new WorkOSVaultCryptoError(
      'authentication_failed',
      'Vault blob failed AES-GCM authentication: the associated data differs from encryption, the data key does not belong to this blob, or the blob was altered',
      { cause },
    );
  }
}

/**
 * Decrypts blob parts with a base64 data key. 12-byte IVs use WebCrypto AES-GCM directly; other
 * lengths (the Go layout's 32 bytes) go through {@link decryptGcmAnyIv}, because not every runtime's
 * WebCrypto accepts them (Deno takes only 12 or 16).
 */
export async function decryptBlobParts(
  dataKeyBase64: string,
  parts: Pick<VaultBlobParts, 'iv' | 'tag' | 'ciphertext'>,
  associatedData?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const raw = decodeDataKey(dataKeyBase64);
  if (parts.iv.length === NODE_IV_LENGTH) {
    const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
    return decryptWithKey(key, parts, associatedData);
  }
  return decryptGcmAnyIv(raw, parts.iv, parts.tag, parts.ciphertext, associatedData ? encoder.encode(associatedData) : new Uint8Array(0));
}
