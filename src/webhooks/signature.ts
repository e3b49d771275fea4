// The `WorkOS-Signature` scheme shared by webhooks and AuthKit Actions (wire-formats §1):
// `t=<ms>, v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import type { SecretInput } from '../core/secret.ts';
import { WorkOSWebhookError } from './errors.ts';

/** A raw request body, exactly as received. */
export type RawBody = string | Uint8Array | ArrayBuffer;

const encoder = /* @__PURE__ */ new TextEncoder();
const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;
const SIGNATURE_BYTES = 32;

// Resolved keys only (never pending promises): Workers refuse to settle a promise created by
// another request, so sharing an in-flight import across requests could hang the second one.
const keyCache = new Map<string, CryptoKey>();
const KEY_CACHE_LIMIT = 16;

/** Reads a secret that may be a `SecretString` without importing that class. */
function rawSecret(secret: SecretInput): string {
  const value = typeof secret === 'string' ? secret : secret.expose();
  if (value === '') throw new WorkOSInvalidArgumentError('secret', 'The signing secret must not be empty');
  return value;
}

/** The HMAC key for `secret`, imported once and reused (bounded cache, oldest evicted first). */
export async function hmacKey(secret: SecretInput): Promise<CryptoKey> {
  const value = rawSecret(secret);
  const cached = keyCache.get(value);
  if (cached !== undefined) return cached;
  const key = await crypto.subtle.importKey('raw', encoder.encode(value), HMAC, false, ['sign', 'verify']);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(value, key);
  return key;
}

/** `"<t>.<body>"` as bytes; binary bodies are appended untouched (never re-encoded). */
export function signedBytes(timestamp: string, body: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(`${timestamp}.${body}`);
  const bytes = ArrayBuffer.isView(body) ? body : new Uint8Array(body);
  const prefix = encoder.encode(`${timestamp}.`);
  const out = new Uint8Array(prefix.length + bytes.length);
  out.set(prefix);
  out.set(bytes, prefix.length);
  return out;
}

/** @internal Lowercase hex of HMAC-SHA256 over `message` with the cached key for `secret`. */
export async function hmacHex(message: Uint8Array<ArrayBuffer>, secret: SecretInput): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign(HMAC, await hmacKey(secret), message));
  let hex = '';
  for (const byte of mac) hex += (byte < 16 ? '0' : '') + byte.toString(16);
  return hex;
}

/** Lowercase hex of HMAC-SHA256(secret, `${timestamp}.${body}`): the `v1` value of the header. */
export function computeSignature(timestamp: number | string, body: RawBody, secret: SecretInput): Promise<string> {
  return hmacHex(signedBytes(String(timestamp), body), secret);
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (hex.length !== SIGNATURE_BYTES * 2 || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const out = new Uint8Array(SIGNATURE_BYTES);
  for (let i = 0; i < SIGNATURE_BYTES; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** A parsed `WorkOS-Signature` header. */
export interface ParsedSignatureHeader {
  /** The `t` value as sent (decimal milliseconds). */
  timestamp: string;
  /** Every `v1` value, in header order. */
  signatures: string[];
}

/**
 * Parses `t=…, v1=…` by key: any order, optional whitespace, several `v1`, unknown keys ignored.
 * Throws {@link WorkOSWebhookError} (`missing_header` / `malformed_header`).
 */
export function parseSignatureHeader(header: string | null | undefined): ParsedSignatureHeader {
  if (header == null || header.trim() === '') {
    throw new WorkOSWebhookError('missing_header', 'Missing WorkOS-Signature header');
  }
  let timestamp: string | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined) {
        throw new WorkOSWebhookError('malformed_header', 'WorkOS-Signature header has more than one "t=" entry');
      }
      timestamp = value;
    } else if (key === 'v1') {
      signatures.push(value);
    }
  }
  if (timestamp === undefined || !/^\d{1,16}$/.test(timestamp) || !Number.isSafeInteger(Number(timestamp))) {
    throw new WorkOSWebhookError(
      'malformed_header',
      'WorkOS-Signature header must contain "t=<milliseconds since the epoch>"',
    );
  }
  if (signatures.length === 0) {
    throw new WorkOSWebhookError('malformed_header', 'WorkOS-Signature header has no "v1=<signature>" entry');
  }
  return { timestamp, signatures };
}

/** What {@link verifySignature} checks. */
export interface VerifySignatureInput {
  body: RawBody;
  header: string | null | undefined;
  secret: SecretInput;
  /** Allowed clock difference in ms, both directions. */
  tolerance: number;
  /** Current time in ms. */
  now: number;
}

/**
 * Verifies header, timestamp window and HMAC. One WebCrypto call: `verify` for a single `v1`
 * (constant time inside WebCrypto), or one `sign` plus a constant-time compare per candidate when
 * several `v1` values are present (secret rotation).
 */
export async function verifySignature(input: VerifySignatureInput): Promise<void> {
  const { timestamp, signatures } = parseSignatureHeader(input.header);
  const { tolerance } = input;
  if (typeof tolerance !== 'number' || !(tolerance >= 0)) {
    throw new WorkOSInvalidArgumentError('tolerance', 'tolerance must be a non-negative number of milliseconds');
  }
  const skew = input.now - Number(timestamp);
  if (Math.abs(skew) > tolerance) {
    throw new WorkOSWebhookError(
      'timestamp_outside_tolerance',
      `Signature timestamp is ${Math.abs(skew)} ms ${skew > 0 ? 'old' : 'in the future'}; tolerance is ${tolerance} ms`,
    );
  }
  const key = await hmacKey(input.secret);
  const message = signedBytes(timestamp, input.body);
  const candidates = signatures.map(hexToBytes).filter((s): s is Uint8Array<ArrayBuffer> => s !== undefined);
  let ok = false;
  if (candidates.length === 1) {
    ok = await crypto.subtle.verify(HMAC, key, candidates[0]!, message);
  } else if (candidates.length > 1) {
    const expected = new Uint8Array(await crypto.subtle.sign(HMAC, key, message));
    for (const candidate of candidates) {
      let diff = 0;
      for (let i = 0; i < SIGNATURE_BYTES; i++) diff |= expected[i]! ^ candidate[i]!;
      ok = ok || diff === 0;
    }
  }
  if (!ok) {
    throw new WorkOSWebhookError(
      'signature_mismatch',
      'No v1 signature matches the payload: check the endpoint secret and that the body is the raw, unmodified request body',
    );
  }
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  // Tag check as well as instanceof: a buffer from another realm (iframe, vm context) fails instanceof.
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

/**
 * Reads a body given as text, bytes or a `Request` (consumed once). Returns text or bytes, never
 * a re-serialised value.
 */
export async function readBody(payload: RawBody | Request): Promise<string | Uint8Array> {
  if (typeof payload === 'string') return payload;
  if (ArrayBuffer.isView(payload)) return new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);
  if (isArrayBuffer(payload)) return new Uint8Array(payload);
  if (payload !== null && typeof payload === 'object' && typeof (payload as Request).arrayBuffer === 'function') {
    const request = payload as Request;
    if (request.bodyUsed) {
      throw new WorkOSInvalidArgumentError('payload', 'The Request body was already read; pass the raw body text instead');
    }
    return new Uint8Array(await request.arrayBuffer());
  }
  throw new WorkOSInvalidArgumentError(
    'payload',
    'payload must be the raw body as a string, Uint8Array, ArrayBuffer or Request (not a parsed object)',
  );
}

/** Parses a verified body; a non-JSON body is an `invalid_json` error. */
export function parseVerifiedJson(body: RawBody): unknown {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new WorkOSWebhookError('invalid_json', 'The signature is valid but the body is not JSON', { cause });
  }
}
