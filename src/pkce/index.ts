/**
 * PKCE (RFC 7636) on WebCrypto: code verifiers and S256 challenges, for public clients (browsers,
 * mobile apps, CLIs) and confidential ones alike. `@workos-edge/sdk/pkce` imports nothing else.
 *
 * @module
 */
export { base64UrlEncode, computeCodeChallenge, generateCodeVerifier, generatePKCE, type PKCEPair } from './pkce.ts';
