import { WorkOSInvalidArgumentError } from '../core/errors.ts';

// The base64url alphabet: a subset of RFC 7636's unreserved set, and exactly 64 characters, so
// the low six bits of a random byte pick a character without modulo bias.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** A PKCE verifier/challenge pair, ready for the authorization URL and the code exchange. */
export interface PKCEPair {
  /** Keep this secret until the code exchange (`code_verifier`). */
  codeVerifier: string;
  /** Goes into the authorization URL (`code_challenge`). */
  codeChallenge: string;
  /** Always `S256`; `plain` is not offered. */
  codeChallengeMethod: 'S256';
}

/**
 * A random PKCE code verifier (RFC 7636 §4.1) of `length` characters drawn from the base64url
 * alphabet with `crypto.getRandomValues`. Throws {@link WorkOSInvalidArgumentError} unless
 * `length` is an integer in 43–128.
 *
 * Hand-written rather than `oauth4webapi`'s `generateRandomCodeVerifier`, which has a fixed length
 * and costs ~1.2 kB gzip in a browser bundle against a few hundred bytes here.
 */
export function generateCodeVerifier(length = 43): string {
  if (!Number.isInteger(length) || length < 43 || length > 128) {
    throw new WorkOSInvalidArgumentError(
      'length',
      `generateCodeVerifier: length must be an integer from 43 to 128 (RFC 7636), got ${String(length)}`,
    );
  }
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 63];
  return out;
}

/** Unpadded base64url of `bytes` (RFC 4648 §5). */
export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The S256 code challenge of `verifier`: base64url (unpadded) of its SHA-256 digest. Rejects a
 * verifier that RFC 7636 would not accept, so a bad one fails here instead of at the token endpoint.
 *
 * @example
 * ```ts
 * import { computeCodeChallenge } from '@workos-edge/sdk/pkce';
 * const challenge = await computeCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
 * // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export async function computeCodeChallenge(verifier: string): Promise<string> {
  if (typeof verifier !== 'string' || !VERIFIER.test(verifier)) {
    throw new WorkOSInvalidArgumentError(
      'verifier',
      'computeCodeChallenge: the verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636)',
    );
  }
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

/**
 * A fresh verifier and its S256 challenge.
 *
 * @example
 * ```ts
 * import { generatePKCE } from '@workos-edge/sdk/pkce';
 * const { codeVerifier, codeChallenge, codeChallengeMethod } = await generatePKCE();
 * ```
 */
export async function generatePKCE(length = 43): Promise<PKCEPair> {
  const codeVerifier = generateCodeVerifier(length);
  return { codeVerifier, codeChallenge: await computeCodeChallenge(codeVerifier), codeChallengeMethod: 'S256' };
}
