// AES-GCM decryption for IVs other than 96 bits (the Go SDK's 32-byte IV). Some WebCrypto
// implementations (Deno) only accept 12- or 16-byte GCM IVs, so this path derives J0 itself
// (NIST SP 800-38D §7.1: J0 = GHASH_H(IV ‖ 0-pad ‖ [len(IV)]64)) and uses WebCrypto AES-CTR for the
// block cipher. Vault values are small, so a BigInt GHASH is fast enough.
import { WorkOSVaultCryptoError } from './errors.ts';

const R = 0xe1n << 120n;
const MASK_128 = (1n << 128n) - 1n;

function toBigInt(block: Uint8Array, offset: number): bigint {
  let out = 0n;
  for (let i = 0; i < 16; i++) out = (out << 8n) | BigInt(block[offset + i] ?? 0);
  return out;
}

function toBytes(value: bigint): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(16);
  let rest = value;
  for (let i = 15; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** Multiplication in GF(2^128) with GCM's bit order. */
function gfMultiply(x: bigint, y: bigint): bigint {
  let z = 0n;
  let v = y;
  for (let i = 127n; i >= 0n; i--) {
    if ((x >> i) & 1n) z ^= v;
    v = v & 1n ? (v >> 1n) ^ R : v >> 1n;
  }
  return z & MASK_128;
}

/** GHASH over `parts`, each zero-padded to whole blocks, then the 64-bit bit lengths block if given. */
function ghash(h: bigint, parts: Uint8Array[], lengths?: [number, number]): bigint {
  let y = 0n;
  for (const part of parts) {
    for (let offset = 0; offset < part.length; offset += 16) y = gfMultiply(y ^ toBigInt(part, offset), h);
  }
  if (lengths !== undefined) {
    y = gfMultiply(y ^ ((BigInt(lengths[0] * 8) << 64n) | BigInt(lengths[1] * 8)), h);
  }
  return y;
}

async function ctr(key: CryptoKey, counter: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CTR', counter, length: 32 }, key, data));
}

/**
 * AES-256-GCM decryption with an IV of any length; verifies the 16-byte tag (constant time)
 * before returning the plaintext.
 */
export async function decryptGcmAnyIv(
  rawKey: Uint8Array<ArrayBuffer>,
  iv: Uint8Array,
  tag: Uint8Array,
  ciphertext: Uint8Array<ArrayBuffer>,
  associatedData: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const key = await crypto.subtle.importKey('raw', rawKey, 'AES-CTR', false, ['encrypt']);
  const h = toBigInt(await ctr(key, new Uint8Array(16), new Uint8Array(16)), 0);
  // SP 800-38D: a 96-bit IV is used directly (IV ‖ 0^31 ‖ 1); any other length is hashed.
  const j0 = iv.length === 12 ? (toBigInt(iv, 0) & ~0xffffffffn) | 1n : ghash(h, [iv], [0, iv.length]);
  const s = ghash(h, [associatedData, ciphertext], [associatedData.length, ciphertext.length]);
  const expected = toBytes(toBigInt(await ctr(key, toBytes(j0), new Uint8Array(16)), 0) ^ s);
  let diff = tag.length ^ 16;
  for (let i = 0; i < 16; i++) diff |= expected[i]! ^ (tag[i] ?? 0);
  if (diff !== 0) {
    throw new WorkOSVaultCryptoError(
      'authentication_failed',
      'Vault blob failed AES-GCM authentication: the associated data differs from encryption, the data key does not belong to this blob, or the blob was altered',
    );
  }
  // Counter blocks start at inc32(J0).
  const first = toBytes((j0 & ~0xffffffffn) | ((j0 + 1n) & 0xffffffffn));
  return ctr(key, first, ciphertext);
}
