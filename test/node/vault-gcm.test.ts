// Node-only: the any-IV-length AES-GCM path (used for the Go layout's 32-byte IV) against
// node:crypto's AES-256-GCM, over IV lengths, plaintext lengths around block boundaries and AAD.
import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptGcmAnyIv } from '../../src/vault/gcm-long-iv.ts';
import { WorkOSVaultCryptoError } from '../../src/vault/index.ts';

function nodeEncrypt(key: Buffer, iv: Buffer, plaintext: Buffer, aad: Buffer): { ciphertext: Uint8Array<ArrayBuffer>; tag: Uint8Array } {
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad.length > 0) cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext: new Uint8Array(ciphertext), tag: new Uint8Array(cipher.getAuthTag()) };
}

describe('decryptGcmAnyIv matches node:crypto AES-256-GCM', () => {
  it('for IV lengths 1–64 bytes, plaintexts of 0–100 bytes, with and without AAD', async () => {
    for (const ivLength of [1, 8, 12, 16, 17, 32, 64]) {
      for (const size of [0, 1, 15, 16, 17, 31, 32, 33, 100]) {
        for (const aadLength of [0, 9, 16, 40]) {
          const key = randomBytes(32);
          const iv = randomBytes(ivLength);
          const plaintext = randomBytes(size);
          const aad = randomBytes(aadLength);
          const { ciphertext, tag } = nodeEncrypt(key, iv, plaintext, aad);
          const out = await decryptGcmAnyIv(new Uint8Array(key), iv, tag, ciphertext, aad);
          expect([ivLength, size, aadLength, Buffer.from(out).equals(plaintext)]).toEqual([ivLength, size, aadLength, true]);
        }
      }
    }
  });

  it('rejects a wrong tag, AAD, key or ciphertext with authentication_failed', async () => {
    const key = randomBytes(32);
    const iv = randomBytes(32);
    const aad = Buffer.from('record:1');
    const { ciphertext, tag } = nodeEncrypt(key, iv, Buffer.from('secret value'), aad);
    const cases: [Uint8Array<ArrayBuffer>, Uint8Array, Uint8Array<ArrayBuffer>, Uint8Array][] = [
      [new Uint8Array(key), tag.map((b, i) => (i === 0 ? b ^ 1 : b)), ciphertext, aad],
      [new Uint8Array(key), tag, ciphertext, Buffer.from('record:2')],
      [new Uint8Array(randomBytes(32)), tag, ciphertext, aad],
      [new Uint8Array(key), tag, ciphertext.map((b, i) => (i === 3 ? b ^ 0x80 : b)), aad],
      [new Uint8Array(key), tag.subarray(0, 12), ciphertext, aad],
    ];
    for (const [k, t, c, a] of cases) {
      await expect(decryptGcmAnyIv(k, iv, t, c, a)).rejects.toThrow(WorkOSVaultCryptoError);
    }
  });
});
