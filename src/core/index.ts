/**
 * The client core without any resource: configuration, the request pipeline, retries, typed
 * errors, secrets and pagination. Import from `@workos-edge/sdk/core` to build small bundles.
 *
 * @module
 */
export { WorkOSClient, type CreateResult } from './client.ts';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type ClientOptions,
  type ResolvedConfig,
} from './config.ts';
export {
  AUTHENTICATION_FLOW_CODES,
  WorkOSAbortError,
  WorkOSApiError,
  WorkOSAuthenticationFlowError,
  WorkOSBadRequestError,
  WorkOSConfigError,
  WorkOSConflictError,
  WorkOSDecodeError,
  WorkOSError,
  WorkOSForbiddenError,
  WorkOSInvalidArgumentError,
  WorkOSNetworkError,
  WorkOSNotFoundError,
  WorkOSOAuthError,
  WorkOSRateLimitError,
  WorkOSServerError,
  WorkOSTimeoutError,
  WorkOSUnauthorizedError,
  WorkOSUnprocessableEntityError,
  type AnyWorkOSError,
  type AuthenticationFlowCode,
  type WorkOSErrorKind,
  type WorkOSFieldError,
} from './errors.ts';
export { autoPaginate, Page, PagePromise, type FetchPage, type ListMetadata, type ListResponse, type ListResponseLike } from './pagination.ts';
export { type ApiRequest, type HttpMethod, type RequestAuth, type RequestOptions } from './request.ts';
export {
  RequestStrategy,
  RETRY_AFTER_MAX_MS,
  RETRY_BACKOFF_FACTOR,
  RETRY_INITIAL_DELAY_MS,
  RETRY_MAX_DELAY_MS,
  RETRYABLE_STATUSES,
} from './retry.ts';
export { exposeSecret, SecretString, type SecretInput } from './secret.ts';
export { fetchTransport, type FetchFunction, type HttpTransport } from './transport.ts';
export { encodePathSegment, path } from './url.ts';
export { VERSION } from './version.ts';
