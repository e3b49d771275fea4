import { readEnv } from './env.ts';
import { WorkOSConfigError } from './errors.ts';
import { exposeSecret, type SecretInput } from './secret.ts';
import { fetchTransport, type FetchFunction, type HttpTransport } from './transport.ts';
import { VERSION } from './version.ts';

/** The API host used when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = 'https://api.workos.com';
/** Per-attempt timeout used when no `timeout` is given, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Retries after the first attempt when no `maxRetries` is given. */
export const DEFAULT_MAX_RETRIES = 3;
/** The `User-Agent` sent when no `userAgent` is given. */
export const DEFAULT_USER_AGENT = `workos-edge/${VERSION}`;

/** Options of {@link WorkOSClient}. Every one is optional. */
export interface ClientOptions {
  /**
   * WorkOS secret key (`sk_…`). Defaults to the `WORKOS_API_KEY` environment variable where the
   * runtime has one. Leave unset for a public (browser, mobile, CLI) client.
   */
  apiKey?: SecretInput | undefined;
  /** WorkOS client id (`client_…`), needed by AuthKit, SSO and JWKS helpers. Defaults to `WORKOS_CLIENT_ID`. */
  clientId?: string | undefined;
  /** API origin (and optional path prefix). Defaults to `https://api.workos.com`. */
  baseUrl?: string | undefined;
  /** Per-attempt timeout in milliseconds; `0` disables it. Defaults to 30 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt for retry-eligible calls. Defaults to 3. */
  maxRetries?: number | undefined;
  /** `User-Agent` header. Defaults to `workos-edge/<version>` (not sent by default in browsers). */
  userAgent?: string | undefined;
  /** Sends every request; defaults to a transport over `fetch`. */
  transport?: HttpTransport | undefined;
  /** Shorthand for `transport: fetchTransport(fetch)`: use this `fetch` instead of the global one. */
  fetch?: FetchFunction | undefined;
  /**
   * Validate every response against the operation's schema (default `true`). With `false` the
   * JSON is passed through as received (secret fields are still wrapped), trading early, precise
   * errors for leniency towards a server that disagrees with the spec.
   */
  validateResponses?: boolean | undefined;
}

/** The fully resolved, frozen configuration a client runs with. */
export interface ResolvedConfig {
  readonly apiKey: string | undefined;
  readonly clientId: string | undefined;
  readonly baseUrl: string;
  readonly timeout: number;
  readonly maxRetries: number;
  /** `undefined` in browsers unless set explicitly: browsers drop it, and it could force a CORS preflight. */
  readonly userAgent: string | undefined;
  readonly transport: HttpTransport;
  readonly validateResponses: boolean;
}

// RFC 9110 field-value: visible ASCII, space and tab inside. API keys are tokens: visible ASCII only.
const HEADER_VALUE = /^[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?$/;
const TOKEN_VALUE = /^[\x21-\x7e]+$/;

/** Browsers identify as `Mozilla/5.0 …`; servers and edge runtimes (Deno, Bun, Node, workerd) do not. */
function isBrowser(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  return typeof agent === 'string' && agent.startsWith('Mozilla/5.0 ');
}

function checkNumber(option: string, value: number | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new WorkOSConfigError(
      option,
      `Option "${option}" must be a ${integer ? 'non-negative integer' : 'non-negative finite number'}`,
    );
  }
  return value;
}

/**
 * Validates options and fills defaults (and environment fallbacks). Throws {@link WorkOSConfigError}
 * naming the option; the API key is never echoed.
 */
export function resolveConfig(options: ClientOptions = {}): ResolvedConfig {
  const rawKey = options.apiKey ?? readEnv('WORKOS_API_KEY');
  const apiKey = rawKey === undefined || rawKey === '' ? undefined : exposeSecret(rawKey);
  if (apiKey !== undefined && !TOKEN_VALUE.test(apiKey)) {
    throw new WorkOSConfigError('apiKey', 'Option "apiKey" contains characters not allowed in an HTTP header');
  }
  const userAgent = options.userAgent ?? (isBrowser() ? undefined : DEFAULT_USER_AGENT);
  if (userAgent !== undefined && (typeof userAgent !== 'string' || !HEADER_VALUE.test(userAgent))) {
    throw new WorkOSConfigError('userAgent', 'Option "userAgent" must be a non-empty HTTP header value (printable ASCII)');
  }
  const baseUrlText = options.baseUrl ?? DEFAULT_BASE_URL;
  let baseUrl: URL;
  try {
    baseUrl = new URL(baseUrlText);
  } catch {
    throw new WorkOSConfigError('baseUrl', `Option "baseUrl" must be an absolute http(s) URL, got ${JSON.stringify(baseUrlText)}`);
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') {
    throw new WorkOSConfigError('baseUrl', `Option "baseUrl" must use http or https, got ${baseUrl.protocol}`);
  }
  if (baseUrl.search !== '' || baseUrl.hash !== '' || baseUrl.username !== '' || baseUrl.password !== '') {
    throw new WorkOSConfigError('baseUrl', 'Option "baseUrl" must not contain credentials, a query or a fragment');
  }
  const clientId = options.clientId ?? readEnv('WORKOS_CLIENT_ID');
  if (options.transport !== undefined && typeof options.transport.send !== 'function') {
    throw new WorkOSConfigError('transport', 'Option "transport" must have a send(request, signal) method');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new WorkOSConfigError('fetch', 'Option "fetch" must be a function');
  }
  const config = {
    apiKey,
    clientId: clientId === '' ? undefined : clientId,
    baseUrl: baseUrl.href.replace(/\/+$/, ''),
    timeout: checkNumber('timeout', options.timeout, DEFAULT_TIMEOUT_MS, false),
    maxRetries: checkNumber('maxRetries', options.maxRetries, DEFAULT_MAX_RETRIES, true),
    userAgent,
    transport: options.transport ?? fetchTransport(options.fetch),
    validateResponses: options.validateResponses ?? true,
  };
  // Keep the key out of console.log(client) and JSON.stringify(client).
  Object.defineProperty(config, 'apiKey', { enumerable: false });
  return Object.freeze(config);
}
