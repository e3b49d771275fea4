import { redactSecrets, SecretString } from './secret.ts';

/**
 * What went wrong, one value per error class family. `switch (err.kind)` narrows
 * {@link AnyWorkOSError} to the class that carries the matching details.
 */
export type WorkOSErrorKind =
  | 'api'
  | 'network'
  | 'timeout'
  | 'abort'
  | 'decode'
  | 'config'
  | 'invalid_argument'
  | 'webhook'
  | 'session'
  | 'vault_crypto'
  | 'jwt';

// V8 only; guarded so other engines simply keep their default stack.
const captureStackTrace = (Error as { captureStackTrace?: (target: object, ctor: unknown) => void })
  .captureStackTrace;

/**
 * Base class of every error the SDK throws. Catch this to handle them all; narrow with
 * `instanceof` on a subclass or `switch (err.kind)`.
 *
 * Messages never contain the API key or any other secret.
 */
export class WorkOSError extends Error {
  /** The error family; stable across versions. */
  readonly kind: WorkOSErrorKind;

  /** @internal */
  constructor(kind: WorkOSErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.name = new.target.name;
    captureStackTrace?.(this, new.target);
  }

  /** HTTP status of an API error; `undefined` for every other kind. */
  get status(): number | undefined {
    return undefined;
  }

  /** 400 Bad Request. */
  isBadRequest(): boolean {
    return this.status === 400;
  }
  /** 401: the API key is missing, wrong or revoked. */
  isUnauthorized(): boolean {
    return this.status === 401;
  }
  /** 403: the key is valid but not allowed to do this. */
  isForbidden(): boolean {
    return this.status === 403;
  }
  /** 404: the resource does not exist (or is not visible to this key). */
  isNotFound(): boolean {
    return this.status === 404;
  }
  /** 409: the request conflicts with the resource's current state. */
  isConflict(): boolean {
    return this.status === 409;
  }
  /** 422: validation failed; see {@link WorkOSApiError.errors} for the fields. */
  isUnprocessableEntity(): boolean {
    return this.status === 422;
  }
  /** 429: rate limited; see {@link WorkOSApiError.retryAfter}. */
  isRateLimited(): boolean {
    return this.status === 429;
  }
  /** Any 5xx status. */
  isServerError(): boolean {
    return this.status !== undefined && this.status >= 500;
  }
  /** The request never got an HTTP response (DNS, connection refused or reset, TLS). */
  isNetworkError(): boolean {
    return this.kind === 'network';
  }
  /** An attempt exceeded the configured timeout. */
  isTimeout(): boolean {
    return this.kind === 'timeout';
  }
  /** The caller's `AbortSignal` cancelled the call. */
  isAborted(): boolean {
    return this.kind === 'abort';
  }

  /** A log-safe plain object: secrets become `<redacted>`, raw bodies and headers are left out. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, kind: this.kind, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'kind') out[key] = redactSecrets(value);
    }
    return out;
  }
}

/** One entry of a 422 response's field list. */
export interface WorkOSFieldError {
  /** The request field that failed validation (when the API names one). */
  field?: string;
  /** Machine-readable reason, e.g. `required` or `invalid`. */
  code?: string;
  /** Human-readable reason, when the API sends one. */
  message?: string;
  /** Any further keys the API sends are kept. */
  [key: string]: unknown;
}

/** What the response pipeline knows about a failed HTTP exchange. */
export interface ApiErrorInit {
  status: number;
  message: string;
  code?: string | undefined;
  requestId?: string | undefined;
  errors?: WorkOSFieldError[] | undefined;
  retryAfter?: number | undefined;
  headers: Headers;
  rawBody: string;
  body?: unknown;
  operation?: string | undefined;
}

function hide(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: false, configurable: false });
}

/**
 * The API answered with a non-2xx status. Subclasses pick out the common statuses;
 * every one carries the request id, the server's code, the 422 field list and the raw body.
 */
export class WorkOSApiError extends WorkOSError {
  readonly #status: number;
  /** The API's machine-readable error code (e.g. `entity_not_found`), when it sent one. */
  readonly code: string | undefined;
  /** `X-Request-ID` of the response: quote it when reporting a problem to WorkOS. */
  readonly requestId: string | undefined;
  /** The field list of a validation error (422), empty otherwise. */
  readonly errors: readonly WorkOSFieldError[];
  /** Seconds the server asked us to wait (`Retry-After`), when present. */
  readonly retryAfter: number | undefined;
  /** The SDK operation that failed, e.g. `organizations.getOrganization`. */
  readonly operation: string | undefined;
  /** Response headers (not enumerable, so logs stay short). */
  declare readonly headers: Headers;
  /** The response body as text, exactly as received (not enumerable). */
  declare readonly rawBody: string;
  /** The parsed JSON body with secret fields wrapped, or `undefined` for non-JSON bodies. */
  declare readonly body: unknown;

  /** @internal */
  constructor(init: ApiErrorInit) {
    super('api', init.message);
    this.#status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.operation = init.operation;
    hide(this, 'headers', init.headers);
    hide(this, 'rawBody', init.rawBody);
    hide(this, 'body', init.body);
  }

  /** The HTTP status code. */
  override get status(): number {
    return this.#status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.#status };
  }
}

/** 400 Bad Request. */
export class WorkOSBadRequestError extends WorkOSApiError {}
/** 401 Unauthorized: check the API key. */
export class WorkOSUnauthorizedError extends WorkOSApiError {}
/** 403 Forbidden. */
export class WorkOSForbiddenError extends WorkOSApiError {}
/** 404 Not Found. */
export class WorkOSNotFoundError extends WorkOSApiError {}
/** 409 Conflict. */
export class WorkOSConflictError extends WorkOSApiError {}
/** 422 Unprocessable Entity: {@link WorkOSApiError.errors} lists the offending fields. */
export class WorkOSUnprocessableEntityError extends WorkOSApiError {}
/** 429 Too Many Requests: {@link WorkOSApiError.retryAfter} says when to come back. */
export class WorkOSRateLimitError extends WorkOSApiError {}
/** Any 5xx response, including HTML error pages from proxies. */
export class WorkOSServerError extends WorkOSApiError {}

/**
 * An OAuth-style error body (`{ "error": "invalid_grant", "error_description": "…" }`), as sent by
 * the token and SSO endpoints. {@link WorkOSOAuthError.error} is the OAuth error code.
 */
export class WorkOSOAuthError extends WorkOSApiError {
  /** The OAuth error code, e.g. `invalid_grant`, `authorization_pending`, `slow_down`. */
  readonly error: string;
  /** The server's explanation, when given. */
  readonly errorDescription: string | undefined;

  /** @internal */
  constructor(init: ApiErrorInit & { error: string; errorDescription?: string | undefined }) {
    super({ ...init, code: init.code ?? init.error });
    this.error = init.error;
    this.errorDescription = init.errorDescription;
  }
}

/** The AuthKit codes that mean "the sign-in continues with another step", not "it failed". */
export const AUTHENTICATION_FLOW_CODES = [
  'email_verification_required',
  'mfa_enrollment',
  'mfa_challenge',
  'organization_selection_required',
  'sso_required',
  'organization_authentication_methods_required',
] as const;

/** One of {@link AUTHENTICATION_FLOW_CODES}, or a newer code the SDK does not know yet. */
export type AuthenticationFlowCode = (typeof AUTHENTICATION_FLOW_CODES)[number];

/**
 * AuthKit answered an authentication with "one more step": verify the email, enrol or pass MFA,
 * pick an organization, or sign in with SSO. Narrow on {@link WorkOSAuthenticationFlowError.code}
 * and continue with {@link WorkOSAuthenticationFlowError.pendingAuthenticationToken}.
 *
 * @example
 * ```ts
 * import { WorkOSAuthenticationFlowError } from '@workos-edge/sdk';
 * function nextStep(err: unknown): string | undefined {
 *   if (err instanceof WorkOSAuthenticationFlowError && err.code === 'organization_selection_required') {
 *     return err.pendingAuthenticationToken?.expose();
 *   }
 *   return undefined;
 * }
 * ```
 */
export class WorkOSAuthenticationFlowError extends WorkOSApiError {
  declare readonly code: AuthenticationFlowCode;
  /** Token that continues the flow with the matching `authenticateWith…` grant. */
  readonly pendingAuthenticationToken: SecretString | undefined;
  /** Every other field of the body (`user`, `email`, `organizations`, `authentication_factors`, …). */
  readonly details: Readonly<Record<string, unknown>>;

  /** @internal */
  constructor(init: ApiErrorInit & { code: AuthenticationFlowCode; details: Record<string, unknown> }) {
    super(init);
    const token = init.details['pending_authentication_token'];
    this.pendingAuthenticationToken = token instanceof SecretString ? token : undefined;
    this.details = init.details;
  }
}

/** The request got no HTTP response: DNS failure, refused or reset connection, TLS error. */
export class WorkOSNetworkError extends WorkOSError {
  /** @internal */
  constructor(message: string, options?: { cause?: unknown }) {
    super('network', message, options);
  }
}

/** One attempt took longer than the configured timeout (and no retry succeeded). */
export class WorkOSTimeoutError extends WorkOSError {
  /** The per-attempt timeout in milliseconds. */
  readonly timeoutMs: number;
  /** @internal */
  constructor(timeoutMs: number, operation?: string) {
    super('timeout', `${operation ?? 'Request'} timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. */
export class WorkOSAbortError extends WorkOSError {
  /** @internal */
  constructor(operation?: string, options?: { cause?: unknown }) {
    super('abort', `${operation ?? 'Request'} was aborted`, options);
  }
}

/** A 2xx response did not contain what the operation promises. */
export class WorkOSDecodeError extends WorkOSError {
  /** HTTP status of the response that failed to decode. */
  readonly responseStatus: number | undefined;
  /** `X-Request-ID` of the response. */
  readonly requestId: string | undefined;
  /** The operation whose response failed to decode. */
  readonly operation: string | undefined;
  /** Where in the document decoding failed, e.g. `data[3].domains[0].state`. */
  readonly path: string | undefined;
  /** The first 200 characters of the body. */
  readonly bodyExcerpt: string;

  /** @internal */
  constructor(init: {
    message: string;
    status?: number | undefined;
    requestId?: string | undefined;
    operation?: string | undefined;
    path?: string | undefined;
    body: string;
    cause?: unknown;
  }) {
    super('decode', init.message, { cause: init.cause });
    this.responseStatus = init.status;
    this.requestId = init.requestId;
    this.operation = init.operation;
    this.path = init.path;
    this.bodyExcerpt = init.body.length > 200 ? `${init.body.slice(0, 200)}…` : init.body;
  }
}

/** The client was configured with an invalid option; {@link WorkOSConfigError.option} names it. */
export class WorkOSConfigError extends WorkOSError {
  /** The offending option, e.g. `baseUrl`. */
  readonly option: string;
  /** @internal */
  constructor(option: string, message: string) {
    super('config', message);
    this.option = option;
  }
}

/**
 * An argument failed validation before any request was sent (an unsafe path id, a missing
 * API key for an operation that needs one, an impossible combination of URL parameters).
 */
export class WorkOSInvalidArgumentError extends WorkOSError {
  /** The offending argument, e.g. `id` or `apiKey`. */
  readonly argument: string;
  /** @internal */
  constructor(argument: string, message: string) {
    super('invalid_argument', message);
    this.argument = argument;
  }
}

/** Every concrete error class of the core, for exhaustive `switch (err.kind)`. */
export type AnyWorkOSError =
  | WorkOSApiError
  | WorkOSNetworkError
  | WorkOSTimeoutError
  | WorkOSAbortError
  | WorkOSDecodeError
  | WorkOSConfigError
  | WorkOSInvalidArgumentError;
