const REDACTED = '<redacted>';

/**
 * A credential (API key, token, password, secret) that refuses to print itself.
 *
 * `String(secret)`, template literals, `console.log`, Node's and Deno's inspectors all show
 * `<redacted>`; `JSON.stringify` emits the raw value so models keep their wire format.
 * Read the value deliberately with {@link SecretString.expose}.
 *
 * @example
 * ```ts
 * import { SecretString } from '@workos-edge/sdk';
 * const token = new SecretString('sk_test_123');
 * console.log(`${token}`); // <redacted>
 * token.expose(); // 'sk_test_123'
 * ```
 */
export class SecretString {
  readonly #value: string;

  /** Wraps `value`; the wrapper never prints it. */
  constructor(value: string) {
    this.#value = value;
  }

  /** Returns the secret itself. Call this only where the value must leave the SDK. */
  expose(): string {
    return this.#value;
  }

  /** Always `<redacted>`. */
  toString(): string {
    return REDACTED;
  }

  /** The raw value, so a model serialises exactly as the API sent it. */
  toJSON(): string {
    return this.#value;
  }

  /** Template literals and string concatenation print `<redacted>`. */
  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  /** Node's `util.inspect` (and so `console.log`) prints `<redacted>`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }

  /** Deno's inspector prints `<redacted>`. */
  [Symbol.for('Deno.customInspect')](): string {
    return REDACTED;
  }

  /** `Object.prototype.toString` and devtools show the type, never the value. */
  get [Symbol.toStringTag](): string {
    return 'SecretString';
  }
}

/** A value that may be given as a plain string or an already wrapped secret. */
export type SecretInput = string | SecretString;

/** Returns the raw string of a {@link SecretInput}. */
export function exposeSecret(value: SecretInput): string {
  return typeof value === 'string' ? value : value.expose();
}

/** Wraps a string in a {@link SecretString} (idempotent). */
export function toSecret(value: SecretInput): SecretString {
  return typeof value === 'string' ? new SecretString(value) : value;
}

/**
 * Field names whose values are credentials. Error bodies and decoded models wrap these in
 * {@link SecretString} so they cannot leak through logs.
 */
export const SECRET_FIELD_NAMES: ReadonlySet<string> = new Set([
  'password',
  'client_secret',
  'access_token',
  'refresh_token',
  'token',
  'secret',
  'data_key',
  'pending_authentication_token',
  'code_verifier',
  'api_key',
]);

/**
 * Deep copy of a JSON value with every secret-named string field wrapped in {@link SecretString}.
 * Used for error bodies, whose shape no schema describes.
 */
export function wrapSecretFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrapSecretFields);
  if (value === null || typeof value !== 'object' || value instanceof SecretString) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] =
      SECRET_FIELD_NAMES.has(key) && typeof field === 'string'
        ? new SecretString(field)
        : wrapSecretFields(field);
  }
  return out;
}

/** Deep copy for logging: every {@link SecretString} becomes the text `<redacted>`. */
export function redactSecrets(value: unknown): unknown {
  if (value instanceof SecretString) return REDACTED;
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = redactSecrets(field);
  return out;
}
