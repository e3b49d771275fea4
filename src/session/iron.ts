import { exposeSecret, SecretString, type SecretInput } from '../core/secret.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { WorkOSSessionError } from './errors.ts';

/** The iron format revision every seal starts with. */
const PREFIX = 'Fe26.2';
/** iron-session's major version, appended as `~2` by the official SDK and authkit-nextjs. */
const VERSION_SUFFIX = '~2';
/** Shorter passwords are refused, as iron and the official SDK do. */
export const MIN_PASSWORD_LENGTH = 32;
/** Cookies above this many characters are rejected before any crypto runs. */
export const DEFAULT_MAX_SEALED_LENGTH: number = 16 * 1024;
// iron-webcrypto's default: an expiration is honoured with this much clock skew.
const EXPIRATION_SKEW_MS = 60_000;

const encoder = new TextEncoder();

/** A password with the id it is known by, for rotation. */
export interface SessionPassword {
  /** Written into the seal so the right password is found again; letters, digits and `_`. */
  id: string;
  /** At least 32 characters. */
  password: SecretInput;
}

/**
 * The password(s) that may open a seal: one password (used whatever id the seal names), a list of
 * `{ id, password }`, or a map from id to password.
 */
export type UnsealPassword = SecretInput | readonly SessionPassword[] | Readonly<Record<string, SecretInput>>;

/** Options of {@link sealSession}. */
export interface SealSessionOptions {
  /** The password to seal with; a plain password is written with id `1`, as the official SDK does. */
  password: SecretInput | SessionPassword;
}

/** Options of {@link unsealSession}. */
export interface UnsealSessionOptions {
  /** The password(s) to try; the seal's password id picks one. */
  password: UnsealPassword;
  /** Longest accepted seal in characters (default 16 KiB). */
  maxLength?: number;
  /** Current time in milliseconds, for seals that carry an expiration. */
  now?: number;
}

/** @internal The random material of one seal; injected by tests to get reproducible output. */
export interface SealRandomness {
  /** 64 lowercase hex characters. */
  encryptionSalt: string;
  /** 16 bytes. */
  iv: Uint8Array<ArrayBuffer>;
  /** 64 lowercase hex characters. */
  integritySalt: string;
}

function randomHex(bytes: number): string {
  let out = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(bytes))) out += byte.toString(16).padStart(2, '0');
  return out;
}

function checkPassword(password: SecretInput): string {
  const value = exposeSecret(password);
  if (typeof value !== 'string' || value.length < MIN_PASSWORD_LENGTH) {
    throw new WorkOSSessionError(
      'invalid_password',
      `The session password must be a string of at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  return value;
}

// A visitor sends the same cookie with every request, so the keys derived from its salts are worth
// keeping: repeat unseals then skip PBKDF2 entirely. Bounded, and emptied rather than evicted.
const MAX_CACHED_PASSWORDS = 8;
const MAX_CACHED_KEYS = 512;
const derivedKeys = new Map<string, Map<string, Promise<CryptoKey>>>();

function deriveKey(
  password: string,
  salt: string,
  algorithm: AesKeyAlgorithm | HmacImportParams,
  usage: KeyUsage,
): Promise<CryptoKey> {
  let keys = derivedKeys.get(password);
  if (keys === undefined) {
    if (derivedKeys.size >= MAX_CACHED_PASSWORDS) derivedKeys.clear();
    derivedKeys.set(password, (keys = new Map()));
  }
  const id = `${usage}*${salt}`;
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    key = crypto.subtle
      .importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey'])
      // iron's parameters: the salt's text (not its hex-decoded bytes), one iteration of PBKDF2-SHA1.
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: 'PBKDF2', salt: encoder.encode(salt), iterations: 1, hash: 'SHA-1' },
          base,
          algorithm,
          false,
          [usage],
        ),
      );
    keys.set(id, key);
    const cached = keys;
    key.catch(() => cached.delete(id));
  }
  return key;
}

const AES: AesKeyAlgorithm = { name: 'AES-CBC', length: 256 };
const HMAC: HmacImportParams = { name: 'HMAC', hash: 'SHA-256', length: 256 };

/** @internal {@link sealSession} with the random salts and IV supplied by the caller. */
export async function sealWith(data: unknown, options: SealSessionOptions, random: SealRandomness): Promise<string> {
  const given = options.password;
  const { id, password } =
    typeof given === 'object' && !(given instanceof SecretString) ? given : { id: '1', password: given };
  const secret = checkPassword(password);
  if (typeof id !== 'string' || !/^\w+$/.test(id)) {
    throw new WorkOSSessionError('invalid_password', 'The session password id must consist of letters, digits and "_"');
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch (cause) {
    throw new WorkOSSessionError('invalid_data', 'The session data cannot be serialised as JSON', { cause });
  }
  if (json === undefined) throw new WorkOSSessionError('invalid_data', 'The session data cannot be serialised as JSON');
  const encryptionKey = await deriveKey(secret, random.encryptionSalt, AES, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-CBC', iv: random.iv }, encryptionKey, encoder.encode(json));
  const base = `${PREFIX}*${id}*${random.encryptionSalt}*${toBase64Url(random.iv)}*${toBase64Url(new Uint8Array(ciphertext))}*`;
  const integrityKey = await deriveKey(secret, random.integritySalt, HMAC, 'sign');
  const mac = await crypto.subtle.sign('HMAC', integrityKey, encoder.encode(base));
  return `${base}*${random.integritySalt}*${toBase64Url(new Uint8Array(mac))}${VERSION_SUFFIX}`;
}

/**
 * Seals `data` (any JSON value) into an iron `Fe26.2*…~2` token, the cookie format of the
 * official WorkOS SDK, authkit-nextjs and iron-session v8: AES-256-CBC for secrecy, HMAC-SHA256
 * for integrity, both keys derived from the password with fresh random salts.
 *
 * @example
 * ```ts
 * import { sealSession, unsealSession } from '@workos-edge/sdk/session';
 * const password = 'a-password-of-at-least-32-characters!';
 * const sealed = await sealSession({ hello: 'world' }, { password });
 * await unsealSession(sealed, { password }); // { hello: 'world' }
 * ```
 */
export function sealSession(data: unknown, options: SealSessionOptions): Promise<string> {
  return sealWith(data, options, {
    encryptionSalt: randomHex(32),
    iv: crypto.getRandomValues(new Uint8Array(16)),
    integritySalt: randomHex(32),
  });
}

function pickPassword(passwords: UnsealPassword, id: string): string {
  if (typeof passwords !== 'object' || passwords === null || passwords instanceof SecretString) {
    return checkPassword(passwords as SecretInput);
  }
  // iron looks an empty id up as "default".
  const key = id === '' ? 'default' : id;
  let found: SecretInput | undefined;
  if (Array.isArray(passwords)) {
    found = (passwords as readonly SessionPassword[]).find((entry) => entry.id === key)?.password;
  } else if (Object.prototype.hasOwnProperty.call(passwords, key)) {
    found = (passwords as Readonly<Record<string, SecretInput>>)[key];
  }
  if (found === undefined) {
    throw new WorkOSSessionError('unknown_password_id', `No password is configured for the seal's password id "${key.slice(0, 32)}"`);
  }
  return checkPassword(found);
}

function malformed(what: string): WorkOSSessionError {
  return new WorkOSSessionError('malformed', `The sealed session is malformed: ${what}`);
}

/**
 * Opens a token made by {@link sealSession}, the official WorkOS SDK, authkit-nextjs or
 * iron-session (`~2`, `~1` and unsuffixed seals; `~1` and unsuffixed data wrapped as
 * `{ persistent }` is unwrapped). Returns the JSON value only after the HMAC has been verified
 * (in constant time); every failure throws {@link WorkOSSessionError} with a `reason`.
 */
export async function unsealSession(sealed: string, options: UnsealSessionOptions): Promise<unknown> {
  if (typeof sealed !== 'string') throw malformed('expected a string');
  const maxLength = options.maxLength ?? DEFAULT_MAX_SEALED_LENGTH;
  if (sealed.length > maxLength) {
    throw new WorkOSSessionError('too_large', `The sealed session is longer than ${maxLength} characters`);
  }
  const tilde = sealed.indexOf('~');
  const token = tilde === -1 ? sealed : sealed.slice(0, tilde);
  const version = tilde === -1 ? undefined : sealed.slice(tilde + 1);
  if (version !== undefined && version !== '1' && version !== '2') {
    throw new WorkOSSessionError('unsupported_version', 'The sealed session has an unsupported version suffix (expected ~1 or ~2)');
  }
  const parts = token.split('*');
  if (parts.length !== 8) throw malformed(`expected 8 "*"-separated fields, got ${parts.length}`);
  const [prefix, passwordId, encryptionSalt, ivText, ciphertextText, expiration, integritySalt, macText] = parts as [
    string, string, string, string, string, string, string, string,
  ];
  if (prefix !== PREFIX) throw new WorkOSSessionError('unsupported_version', `The sealed session is not an ${PREFIX} seal`);
  if (encryptionSalt === '' || integritySalt === '') throw malformed('empty salt');
  const iv = fromBase64Url(ivText);
  const ciphertext = fromBase64Url(ciphertextText);
  const mac = fromBase64Url(macText);
  if (iv === undefined || iv.length !== 16) throw malformed('the IV is not 16 bytes of base64url');
  if (ciphertext === undefined || ciphertext.length === 0 || ciphertext.length % 16 !== 0) {
    throw malformed('the ciphertext is not whole AES blocks of base64url');
  }
  if (mac === undefined || mac.length !== 32) throw malformed('the HMAC is not 32 bytes of base64url');
  if (expiration !== '' && !/^[1-9]\d*$/.test(expiration)) throw malformed('invalid expiration');
  const password = pickPassword(options.password, passwordId);

  const integrityKey = await deriveKey(password, integritySalt, HMAC, 'verify');
  const base = parts.slice(0, 6).join('*');
  if (!(await crypto.subtle.verify('HMAC', integrityKey, mac, encoder.encode(base)))) {
    throw new WorkOSSessionError(
      'integrity_check_failed',
      'The sealed session failed its integrity check (tampered, or sealed with another password)',
    );
  }
  // Checked after the HMAC so that the expiration itself is authenticated.
  if (expiration !== '' && Number(expiration) <= (options.now ?? Date.now()) - EXPIRATION_SKEW_MS) {
    throw new WorkOSSessionError('expired', 'The sealed session has expired');
  }
  let text: string;
  try {
    const encryptionKey = await deriveKey(password, encryptionSalt, AES, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, encryptionKey, ciphertext);
    text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch (cause) {
    throw new WorkOSSessionError('decryption_failed', 'The sealed session could not be decrypted', { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new WorkOSSessionError('invalid_json', 'The sealed session does not contain JSON', { cause });
  }
  // iron-session before v8 wrapped the data as { persistent }; the official SDK unwraps it the same way.
  if (version !== '2' && typeof data === 'object' && data !== null) {
    return (data as { persistent?: unknown }).persistent ?? data;
  }
  return data;
}
