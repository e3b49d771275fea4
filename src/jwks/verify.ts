import { jwtVerify, type JWTPayload } from 'jose';
import type { FetchFunction } from '../core/transport.ts';
import { WorkOSJwtError, type WorkOSJwtErrorReason } from './errors.ts';
import { cachedKeySet } from './key-set.ts';
import { getJwksUrl, type JwksClient } from './url.ts';

/** Default age (ms) after which cached keys are fetched again: 10 minutes. */
export const DEFAULT_JWKS_MAX_AGE_MS = 600_000;
/** Default least time (ms) between refetches for unknown `kid`s: 30 seconds. */
export const DEFAULT_JWKS_COOLDOWN_MS = 30_000;
/** Default JWKS fetch timeout (ms). */
export const DEFAULT_JWKS_TIMEOUT_MS = 10_000;

/** The claims of a WorkOS access token, with the WorkOS-specific ones typed. */
export interface AccessTokenClaims extends JWTPayload {
  /** Session id; use it for the logout URL. */
  sid?: string;
  /** The organization the session is scoped to. */
  org_id?: string;
  /** The user's role slug in that organization. */
  role?: string;
  /** Every role slug of the user in that organization. */
  roles?: string[];
  /** Permission slugs granted by the roles. */
  permissions?: string[];
  /** Entitlements of the organization. */
  entitlements?: string[];
  /** Feature flags enabled for the user or organization. */
  feature_flags?: string[];
  /** Impersonation: the actor acting as the user. */
  act?: { sub?: string; [claim: string]: unknown };
}

/**
 * Where the keys come from and how tokens are checked. Give a `client` (its base URL, client id and
 * transport are used), or a `clientId` (with an optional `baseUrl`), or a `jwksUrl`.
 */
export interface VerifyAccessTokenOptions {
  /** A `WorkOSClient` (or anything with its `config`): the JWKS is fetched through its transport. */
  client?: JwksClient;
  /** Overrides the client's id, or names the client when no client is given. */
  clientId?: string;
  /** API origin when no client is given; defaults to `https://api.workos.com`. */
  baseUrl?: string;
  /** Fetch keys from this URL instead of `${baseUrl}/sso/jwks/${clientId}`. */
  jwksUrl?: string;
  /** Fetches the JWKS when no client is given (default: the global `fetch`). */
  fetch?: FetchFunction;
  /** Allowed signature algorithms; default `['RS256']`, the only one WorkOS uses. */
  algorithms?: string[];
  /** Accepted clock skew for `exp`/`nbf`, in seconds (default 0). */
  clockTolerance?: number;
  /** Require this `iss` (or one of these). */
  issuer?: string | string[];
  /** Require this `aud` (or one of these). */
  audience?: string | string[];
  /** Cached keys older than this (ms) are fetched again (default 10 minutes). */
  maxAge?: number;
  /** Least time (ms) between two JWKS fetches caused by unknown `kid`s or failures (default 30 s). */
  cooldown?: number;
  /** JWKS fetch timeout in ms (default 10 s). */
  timeout?: number;
  /** Current time in ms since the epoch (default `Date.now`); for tests and replay. */
  now?: () => number;
}

const STRING_CLAIMS = ['sid', 'org_id', 'role'] as const;
const LIST_CLAIMS = ['roles', 'permissions', 'entitlements', 'feature_flags'] as const;

function checkClaimTypes(payload: JWTPayload): void {
  for (const name of STRING_CLAIMS) {
    if (payload[name] !== undefined && typeof payload[name] !== 'string') throw mismatch(name);
  }
  for (const name of LIST_CLAIMS) {
    const value = payload[name];
    if (value !== undefined && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) throw mismatch(name);
  }
  const act = payload['act'];
  if (act !== undefined && (typeof act !== 'object' || act === null || Array.isArray(act))) throw mismatch('act');
}

function mismatch(claim: string): WorkOSJwtError {
  return new WorkOSJwtError('claim_mismatch', `The access token's "${claim}" claim has the wrong type`);
}

const REASONS: Record<string, WorkOSJwtErrorReason> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'invalid_signature',
  ERR_JWKS_NO_MATCHING_KEY: 'unknown_kid',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'unknown_kid',
  ERR_JOSE_ALG_NOT_ALLOWED: 'alg_not_allowed',
  // A JWKS only resolves asymmetric algorithms; jose says "not supported" for the rest (HS256, …).
  ERR_JOSE_NOT_SUPPORTED: 'alg_not_allowed',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'claim_mismatch',
};

function toJwtError(error: unknown): WorkOSJwtError {
  if (error instanceof WorkOSJwtError) return error;
  const { code, claim, reason } = (error ?? {}) as { code?: string; claim?: string; reason?: string };
  let kind: WorkOSJwtErrorReason = REASONS[code ?? ''] ?? 'malformed';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'nbf' && reason === 'check_failed') kind = 'not_yet_valid';
  const detail = error instanceof Error ? error.message : 'invalid token';
  return new WorkOSJwtError(kind, `Access token rejected (${kind}): ${detail}`, { cause: error });
}

/**
 * Verifies a WorkOS access token (an RS256 JWT) against the client's JWKS and returns its claims.
 * Checks the signature, `exp` (required) and `nbf` with `clockTolerance`, and `iss`/`aud` when
 * pinned. Keys are cached per JWKS URL for `maxAge`; a token with an unknown `kid` causes at most
 * one refetch per `cooldown`, so a flood of forged tokens cannot hammer the endpoint.
 * Every rejection is a {@link WorkOSJwtError} with a `reason`.
 *
 * @example
 * ```ts
 * import { verifyAccessToken } from '@workos-edge/sdk/jwks';
 * async function userId(request: Request): Promise<string | undefined> {
 *   const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
 *   const claims = await verifyAccessToken(token, { clientId: 'client_123' });
 *   return claims.sub;
 * }
 * ```
 */
export async function verifyAccessToken(token: string, options: VerifyAccessTokenOptions): Promise<AccessTokenClaims> {
  const client = options.client;
  const url = options.jwksUrl ?? getJwksUrl(client ?? options.baseUrl ?? 'https://api.workos.com', options.clientId);
  const fetchFn = options.fetch;
  const now = options.now ?? Date.now;
  const keys = cachedKeySet(url, {
    send:
      client !== undefined && fetchFn === undefined
        ? (request, signal) => client.config.transport.send(request, signal)
        : (request, signal) => (fetchFn ?? (globalThis.fetch as FetchFunction))(request, { signal }),
    userAgent: client?.config.userAgent,
    maxAge: options.maxAge ?? DEFAULT_JWKS_MAX_AGE_MS,
    cooldown: options.cooldown ?? DEFAULT_JWKS_COOLDOWN_MS,
    timeout: options.timeout ?? DEFAULT_JWKS_TIMEOUT_MS,
    now,
  });
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: options.algorithms ?? ['RS256'],
      clockTolerance: options.clockTolerance ?? 0,
      currentDate: new Date(now()),
      requiredClaims: ['exp'],
      ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
      ...(options.audience !== undefined ? { audience: options.audience } : {}),
    });
    checkClaimTypes(payload);
    return payload as AccessTokenClaims;
  } catch (error) {
    throw toJwtError(error);
  }
}
