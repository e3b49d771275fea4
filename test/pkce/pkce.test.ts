import { describe, expect, it } from 'vitest';
import { WorkOSInvalidArgumentError } from '../../src/core/errors.ts';
import { base64UrlEncode, computeCodeChallenge, generateCodeVerifier, generatePKCE } from '../../src/pkce/index.ts';

const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;

describe('PKCE', () => {
  it('computes the RFC 7636 appendix B challenge', async () => {
    expect(await computeCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('generates 43 characters by default, from the unreserved set', () => {
    const verifier = generateCodeVerifier();
    expect(verifier).toHaveLength(43);
    expect(verifier).toMatch(UNRESERVED);
  });

  it('accepts the bounds 43 and 128 and every length between', () => {
    for (const length of [43, 44, 64, 127, 128]) {
      const verifier = generateCodeVerifier(length);
      expect(verifier).toHaveLength(length);
      expect(verifier).toMatch(UNRESERVED);
    }
  });

  it('rejects lengths outside 43–128 with a typed error', () => {
    for (const length of [0, 42, 129, 43.5, Number.NaN]) {
      expect(() => generateCodeVerifier(length)).toThrow(WorkOSInvalidArgumentError);
    }
    expect(() => generateCodeVerifier(42)).toThrow(/43 to 128/);
  });

  it('does not repeat verifiers', () => {
    const seen = new Set(Array.from({ length: 50 }, () => generateCodeVerifier()));
    expect(seen.size).toBe(50);
  });

  it('uses the whole alphabet (the generator is not stuck on a subset)', () => {
    const chars = new Set(generateCodeVerifier(128) + generateCodeVerifier(128) + generateCodeVerifier(128));
    expect(chars.size).toBeGreaterThan(40);
  });

  it('rejects verifiers RFC 7636 forbids before hashing', async () => {
    await expect(computeCodeChallenge('short')).rejects.toThrow(WorkOSInvalidArgumentError);
    await expect(computeCodeChallenge('a'.repeat(129))).rejects.toThrow(WorkOSInvalidArgumentError);
    await expect(computeCodeChallenge(`${'a'.repeat(42)}+`)).rejects.toThrow(WorkOSInvalidArgumentError);
    expect(await computeCodeChallenge(`${'a'.repeat(40)}.~_-`)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('generatePKCE pairs a verifier with its S256 challenge', async () => {
    const pair = await generatePKCE();
    expect(pair.codeChallengeMethod).toBe('S256');
    expect(pair.codeVerifier).toHaveLength(43);
    expect(pair.codeChallenge).toBe(await computeCodeChallenge(pair.codeVerifier));
    expect((await generatePKCE(100)).codeVerifier).toHaveLength(100);
  });

  it('base64url-encodes without padding and with the URL-safe alphabet', () => {
    expect(base64UrlEncode(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(base64UrlEncode(new Uint8Array([]))).toBe('');
    expect(base64UrlEncode(new TextEncoder().encode('f'))).toBe('Zg');
  });
});
