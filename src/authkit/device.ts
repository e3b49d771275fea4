import type { WorkOSClient } from '../core/client.ts';
import { WorkOSAbortError, WorkOSApiError, WorkOSError, WorkOSOAuthError } from '../core/errors.ts';
import type { RequestOptions } from '../core/request.ts';
import { abortableSleep } from '../core/retry.ts';
import * as v from 'valibot';
import { SecretString, type SecretInput } from '../core/secret.ts';
import type { DeviceAuthorizationResponse } from '../generated/models/components.ts';
import type { AuthenticationResponse } from './authentication-response.ts';
import { authenticateWithDeviceCode } from './authenticate.ts';
import { requireClientId } from './client-credentials.ts';

/** Decodes the response of `POST /user_management/authorize/device` (RFC 8628 §3.2). */
export const DeviceAuthorizationSchema: v.GenericSchema<unknown, DeviceAuthorizationResponse> = v.looseObject({
  device_code: v.pipe(
    v.string(),
    v.transform((value) => new SecretString(value)),
  ),
  user_code: v.string(),
  verification_uri: v.string(),
  verification_uri_complete: v.optional(v.string()),
  expires_in: v.number(),
  interval: v.optional(v.number()),
});

/**
 * A started device authorization: show `user_code` and `verification_uri` (or a QR code of
 * `verification_uri_complete`) to the user, then {@link pollDeviceAuthorization}. `device_code`
 * is a {@link SecretString}. Wire field names.
 */
export type DeviceAuthorization = DeviceAuthorizationResponse;

/**
 * Starts the OAuth 2.0 device authorization grant (RFC 8628) for a CLI or TV app:
 * `POST /user_management/authorize/device` with `client_id` only, so it works on a public client.
 *
 * @example
 * ```ts
 * import { WorkOSClient } from '@workos-edge/sdk/core';
 * import { pollDeviceAuthorization, startDeviceAuthorization } from '@workos-edge/sdk/authkit';
 * const client = new WorkOSClient({ clientId: 'client_123' });
 * const start = await startDeviceAuthorization(client);
 * console.log(`Open ${start.verification_uri} and enter ${start.user_code}`);
 * const { user } = await pollDeviceAuthorization(client, start);
 * ```
 */
export async function startDeviceAuthorization(client: WorkOSClient, options?: RequestOptions): Promise<DeviceAuthorization> {
  const operation = 'userManagement.startDeviceAuthorization';
  const client_id = requireClientId(client.config.clientId, operation);
  return client.request(
    {
      operation,
      method: 'POST',
      path: '/user_management/authorize/device',
      body: { client_id },
      auth: 'none',
      schema: DeviceAuthorizationSchema,
    },
    options,
  );
}

/**
 * The device code expired (the `expires_in` of the start response passed) before the user
 * approved. The server's own `expired_token` answer arrives as a `WorkOSOAuthError` with
 * `error: 'expired_token'`; this one is raised locally, without another request.
 */
export class WorkOSDeviceCodeExpiredError extends WorkOSError {
  /** Always `expired_token`, as in the OAuth error, so one check covers both. */
  readonly error: 'expired_token' = 'expired_token';
  /** @internal */
  constructor(expiresInSeconds: number) {
    super('timeout', `Device authorization expired after ${expiresInSeconds} s without the user approving it; start a new one`);
  }
}

/** What {@link pollDeviceAuthorization} needs of a {@link DeviceAuthorization} (e.g. one restored from storage). */
export interface DevicePollTarget {
  device_code: SecretInput;
  /** Seconds from the start of polling until the device code expires. */
  expires_in: number;
  /** Seconds between polls; 5 when absent (RFC 8628 §3.2). */
  interval?: number | undefined;
}

/** Options of {@link pollDeviceAuthorization}. */
export interface PollDeviceAuthorizationOptions {
  /** Stops polling; the call rejects with `WorkOSAbortError`. */
  signal?: AbortSignal | undefined;
  /** Waits `ms` (rejecting when `signal` aborts). Replaceable so tests never wait for real. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** The clock in epoch milliseconds, for the `expires_in` deadline. Defaults to `Date.now`. */
  now?: (() => number) | undefined;
  /** Per-request options of each poll (`timeout`, `headers`, …); `signal` above also applies. */
  requestOptions?: RequestOptions | undefined;
}

/** RFC 8628 §3.2: the interval when the server gives none. */
const DEFAULT_INTERVAL_S = 5;
/** RFC 8628 §3.5: `slow_down` adds 5 seconds to every later interval. */
const SLOW_DOWN_S = 5;

function oauthCode(error: unknown): string | undefined {
  if (error instanceof WorkOSOAuthError) return error.error;
  if (error instanceof WorkOSApiError) return error.code;
  return undefined;
}

/**
 * Polls `authenticateWithDeviceCode` until the user approves, waiting `interval` seconds between
 * polls: `authorization_pending` keeps polling, `slow_down` adds 5 s to the interval each time,
 * `access_denied` and `expired_token` reject with the server's `WorkOSOAuthError`, the
 * `expires_in` deadline rejects with {@link WorkOSDeviceCodeExpiredError}, and the `signal`
 * with `WorkOSAbortError`. Any other error rejects as is.
 */
export async function pollDeviceAuthorization(
  client: WorkOSClient,
  start: DevicePollTarget,
  options: PollDeviceAuthorizationOptions = {},
): Promise<AuthenticationResponse> {
  const operation = 'userManagement.pollDeviceAuthorization';
  const { signal } = options;
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + start.expires_in * 1000;
  let intervalMs = (start.interval ?? DEFAULT_INTERVAL_S) * 1000;
  const requestOptions: RequestOptions = signal === undefined ? { ...options.requestOptions } : { ...options.requestOptions, signal };
  for (;;) {
    if (signal?.aborted) throw new WorkOSAbortError(operation, { cause: signal.reason });
    try {
      await sleep(intervalMs, signal);
    } catch (cause) {
      throw new WorkOSAbortError(operation, { cause });
    }
    // A sleep that ignores the signal must still not let one more poll through.
    if (signal?.aborted) throw new WorkOSAbortError(operation, { cause: signal.reason });
    if (now() >= deadline) throw new WorkOSDeviceCodeExpiredError(start.expires_in);
    try {
      return await authenticateWithDeviceCode(client, { device_code: start.device_code }, requestOptions);
    } catch (error) {
      const code = oauthCode(error);
      if (code === 'authorization_pending') continue;
      if (code === 'slow_down') {
        intervalMs += SLOW_DOWN_S * 1000;
        continue;
      }
      throw error;
    }
  }
}
