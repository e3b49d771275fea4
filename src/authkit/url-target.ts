import type { WorkOSClient } from '../core/client.ts';
import { DEFAULT_BASE_URL } from '../core/config.ts';
import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import { requireClientId } from './client-credentials.ts';

/**
 * Where a URL builder takes the API origin and client id from: a {@link WorkOSClient}, or just
 * `{ clientId, baseUrl? }` so a browser bundle need not carry the client at all.
 */
export type UrlTarget = Pick<WorkOSClient, 'config'> | { readonly clientId: string; readonly baseUrl?: string | undefined };

/** A {@link UrlTarget} for URLs that need no client id (the logout URL). */
export type BaseUrlTarget = Pick<WorkOSClient, 'config'> | { readonly baseUrl?: string | undefined };

/** The origin (without trailing slash) and client id of `target`, validated. */
export function resolveUrlTarget(target: UrlTarget, operation: string): { baseUrl: string; clientId: string } {
  if ('config' in target) {
    return { baseUrl: target.config.baseUrl, clientId: requireClientId(target.config.clientId, operation) };
  }
  return { baseUrl: resolveBaseUrl(target, operation), clientId: requireClientId(target.clientId, operation) };
}

/** The origin (without trailing slash) of `target`, validated. */
export function resolveBaseUrl(target: BaseUrlTarget, operation: string): string {
  if ('config' in target) return target.config.baseUrl;
  const text = target.baseUrl ?? DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WorkOSInvalidArgumentError('baseUrl', `${operation}: baseUrl must be an absolute http(s) URL`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new WorkOSInvalidArgumentError('baseUrl', `${operation}: baseUrl must be an http(s) URL without query or fragment`);
  }
  return url.href.replace(/\/+$/, '');
}
