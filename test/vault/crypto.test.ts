import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeLeb128U32,
  encodeBase64,
  encodeLeb128U32,
  parseBlob,
  serializeBlob,
  WorkOSVaultCryptoError,
  type VaultCryptoErrorReason,
} from '../../src/vault/index.ts';
import { interopVectors } from '../fixtures/interop-vectors.ts';

const vector = interopVectors.vault;
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

function reasonOf(fn: () => unknown): VaultCryptoErrorReason | 'ok' {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkOSVaultCryptoError) return error.reason;
    throw error;
  }
  return 'ok';
}

describe('LEB128 u32 (wire-formats §4 table)', () => {
  const table: [number, string][] = [
    [0, '00'],
    [127, '7f'],
    [128, '80 01'],
    [16383, 'ff 7f'],
    [16384, '80 80 01'],
    [2 ** 32 - 1, 'ff ff ff ff 0f'],
  ];

  it('encodes every vector', () => {
    for (const [value, bytes] of table) expect([value, hex(encodeLeb128U32(value))]).toEqual([value, bytes]);
  });

  it('decodes every vector, at an offset, and reports the next index', () => {
    for (const [value, bytes] of table) {
      const raw = bytes.split(' ').map((b) => parseInt(b, 16));
      expect(decodeLeb128U32(new Uint8Array([0xaa, ...raw, 0x55]), 1)).toEqual({ value, next: 1 + raw.length });
    }
  });

  it('rejects truncated, over-long and out-of-range input', () => {
    expect(reasonOf(() => decodeLeb128U32(new Uint8Array([0x80])))).toBe('truncated_leb128');
    expect(reasonOf(() => decodeLeb128U32(new Uint8Array([])))).toBe('truncated_leb128');
    expect(reasonOf(() => decodeLeb128U32(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x10])))).toBe('leb128_overflow');
    expect(reasonOf(() => decodeLeb128U32(new Uint8Array([0x80, 0x80, 0x80, 0x80, 0x80, 0x00])))).toBe('leb128_overflow');
    expect(reasonOf(() => encodeLeb128U32(2 ** 32))).toBe('leb128_overflow');
    expect(reasonOf(() => encodeLeb128U32(-1))).toBe('leb128_overflow');
    expect(reasonOf(() => encodeLeb128U32(1.5))).toBe('leb128_overflow');
  });
});

describe('base64', () => {
  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeBase64(encodeBase64(all))).toEqual(all);
    expect(encodeBase64(new TextEncoder().encode('vault'))).toBe('dmF1bHQ=');
  });

  it('rejects non-standard or unpadded base64 with invalid_base64', () => {
    for (const bad of ['dmF1bHQ', 'dm F1bHQ=', 'dmF1bHQ-', 'dmF1_HQ=', '====', 'a===']) {
      expect([bad, reasonOf(() => decodeBase64(bad))]).toEqual([bad, 'invalid_base64']);
    }
  });
});

describe('blob layout: interop vectors', () => {
  it('parses the official Node blob: 12-byte IV, 16-byte tag, the encrypted_keys blob, then ciphertext', () => {
    const parts = parseBlob(vector.official_node_blob);
    expect(parts.layout).toBe('node');
    expect(parts.iv).toHaveLength(12);
    expect(parts.tag).toHaveLength(16);
    expect(encodeBase64(parts.keyBlob)).toBe(vector.encrypted_keys_base64);
    // AES-GCM ciphertext is as long as the UTF-8 plaintext.
    expect(parts.ciphertext).toHaveLength(new TextEncoder().encode(vector.plaintext).length);
    expect(serializeBlob(parts)).toBe(vector.official_node_blob);
  });

  it('parses the Go blob with a 32-byte IV', () => {
    const parts = parseBlob(vector.go_layout_blob_32_byte_iv);
    expect(parts.layout).toBe('go');
    expect(parts.iv).toHaveLength(32);
    expect(parts.tag).toHaveLength(16);
    expect(encodeBase64(parts.keyBlob)).toBe(vector.encrypted_keys_base64);
    expect(parts.ciphertext).toHaveLength(new TextEncoder().encode(vector.plaintext).length);
    expect(serializeBlob(parts)).toBe(vector.go_layout_blob_32_byte_iv);
  });
});

describe('blob layout: malformed blobs', () => {
  const nodeBytes = decodeBase64(vector.official_node_blob);
  const withHeader = (...rest: number[]): string => encodeBase64(new Uint8Array([...nodeBytes.subarray(0, 28), ...rest]));

  it('bad base64', () => {
    expect(reasonOf(() => parseBlob('not base64!'))).toBe('invalid_base64');
    expect(reasonOf(() => parseBlob(vector.official_node_blob.slice(0, -1)))).toBe('invalid_base64');
  });

  it('short IV or tag', () => {
    expect(reasonOf(() => parseBlob(''))).toBe('truncated_header');
    expect(reasonOf(() => parseBlob(encodeBase64(nodeBytes.subarray(0, 20))))).toBe('truncated_header');
    expect(reasonOf(() => parseBlob(encodeBase64(nodeBytes.subarray(0, 28))))).toBe('truncated_header');
  });

  it('truncated LEB128 key length', () => {
    expect(reasonOf(() => parseBlob(withHeader(0x80)))).toBe('truncated_leb128');
    expect(reasonOf(() => parseBlob(withHeader(0xff, 0xff)))).toBe('truncated_leb128');
  });

  it('LEB128 key length beyond 32 bits', () => {
    expect(reasonOf(() => parseBlob(withHeader(0xff, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3)))).toBe('leb128_overflow');
  });

  it('key length past the end, or zero', () => {
    expect(reasonOf(() => parseBlob(withHeader(0x05, 1, 2, 3, 4)))).toBe('length_out_of_range');
    expect(reasonOf(() => parseBlob(withHeader(0x00, 1, 2)))).toBe('length_out_of_range');
    expect(reasonOf(() => parseBlob(vector.official_node_blob.slice(0, 100)))).toBe('length_out_of_range');
  });

  it('errors are WorkOSVaultCryptoError of kind vault_crypto', () => {
    let caught: unknown;
    try {
      parseBlob('%%%');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkOSVaultCryptoError);
    expect((caught as WorkOSVaultCryptoError).kind).toBe('vault_crypto');
    expect((caught as WorkOSVaultCryptoError).name).toBe('WorkOSVaultCryptoError');
  });
});
