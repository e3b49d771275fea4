import {
  AUTHENTICATION_FLOW_CODES,
  WorkOSApiError,
  WorkOSAuthenticationFlowError,
  WorkOSBadRequestError,
  WorkOSConflictError,
  WorkOSForbiddenError,
  WorkOSNotFoundError,
  WorkOSOAuthError,
  WorkOSRateLimitError,
  WorkOSServerError,
  WorkOSUnauthorizedError,
  WorkOSUnprocessableEntityError,
  type ApiErrorInit,
  type AuthenticationFlowCode,
  type WorkOSFieldError,
} from './errors.ts';
import { parseRetryAfter } from './retry.ts';
import { wrapSecretFields } from './secret.ts';

const STATUS_CLASSES: Record<number, new (init: ApiErrorInit) => WorkOSApiError> = {
  400: WorkOSBadRequestError,
  401: WorkOSUnauthorizedError,
  403: WorkOSForbiddenError,
  404: WorkOSNotFoundError,
  409: WorkOSConflictError,
  422: WorkOSUnprocessableEntityError,
  429: WorkOSRateLimitError,
};

const FLOW_CODES: ReadonlySet<string> = new Set(AUTHENTICATION_FLOW_CODES);

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function stringField(body: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = body?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fieldErrors(body: Record<string, unknown> | undefined): WorkOSFieldError[] {
  const list = body?.['errors'];
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is WorkOSFieldError => e !== null && typeof e === 'object');
}

function describe(status: number, body: Record<string, unknown> | undefined, text: string): string {
  const message =
    stringField(body, 'message') ??
    stringField(body, 'error_description') ??
    stringField(body, 'error') ??
    (body === undefined && text.trim() !== '' ? 'non-JSON error body' : 'empty error body');
  return `${status} ${message}`;
}

/**
 * Turns a non-2xx response (its status, headers and body text) into the matching
 * {@link WorkOSApiError} subclass. This is the only place where HTTP failures become errors.
 */
export function apiErrorFromResponse(
  response: { readonly status: number; readonly headers: Headers },
  text: string,
  operation?: string,
): WorkOSApiError {
  const parsed = parseJsonObject(text);
  const body = parsed === undefined ? undefined : (wrapSecretFields(parsed) as Record<string, unknown>);
  const status = response.status;
  const fields = fieldErrors(parsed);
  let message = describe(status, parsed, text);
  if (fields.length > 0) {
    const list = fields.map((f) => [f.field, f.code].filter(Boolean).join(': ')).join(', ');
    message += ` (${list})`;
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (requestId !== undefined) message += ` [request id: ${requestId}]`;
  const init: ApiErrorInit = {
    status,
    message: operation === undefined ? message : `${operation}: ${message}`,
    code: stringField(parsed, 'code'),
    requestId,
    errors: fields,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
    headers: response.headers,
    rawBody: text,
    body,
    operation,
  };

  if (init.code !== undefined && FLOW_CODES.has(init.code) && body !== undefined) {
    return new WorkOSAuthenticationFlowError({ ...init, code: init.code as AuthenticationFlowCode, details: body });
  }
  const oauthError = stringField(parsed, 'error');
  if (oauthError !== undefined && init.code === undefined) {
    return new WorkOSOAuthError({ ...init, error: oauthError, errorDescription: stringField(parsed, 'error_description') });
  }
  const ErrorClass = STATUS_CLASSES[status] ?? (status >= 500 ? WorkOSServerError : WorkOSApiError);
  return new ErrorClass(init);
}
