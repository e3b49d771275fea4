import type { AuthenticationResponse, AuthKitUser, Impersonator } from '../authkit/authentication-response.ts';

/**
 * The user as the official SDK stores it in the cookie (camelCase, dates as ISO strings).
 * Kept only at the cookie boundary; the SDK's own API speaks the wire shape ({@link AuthKitUser}).
 */
export interface SessionCookieUser {
  object: 'user';
  id: string;
  email: string;
  emailVerified: boolean;
  name: string | null;
  firstName: string | null;
  profilePictureUrl: string | null;
  lastName: string | null;
  lastSignInAt: string | null;
  locale?: string | null;
  createdAt: string;
  updatedAt: string;
  externalId: string | null;
  metadata: Record<string, string>;
}

/** The JSON inside a sealed session cookie, with the official SDK's keys. */
export interface SessionCookieData {
  organizationId?: string;
  user: SessionCookieUser;
  accessToken: string;
  refreshToken: string;
  authenticationMethod?: string;
  impersonator?: Impersonator;
}

// The official SDK turns timestamps into Dates, which JSON writes back in this canonical form.
function isoDate(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** Wire user → the cookie's camelCase user, key for key as the official SDK writes it. */
export function toCookieUser(user: AuthKitUser): SessionCookieUser {
  return {
    object: user.object,
    id: user.id,
    email: user.email,
    emailVerified: user.email_verified,
    name: user.name ?? null,
    firstName: user.first_name,
    profilePictureUrl: user.profile_picture_url,
    lastName: user.last_name,
    lastSignInAt: user.last_sign_in_at == null ? null : isoDate(user.last_sign_in_at),
    ...(user.locale === undefined ? {} : { locale: user.locale }),
    createdAt: isoDate(user.created_at),
    updatedAt: isoDate(user.updated_at),
    externalId: user.external_id ?? null,
    metadata: user.metadata ?? {},
  };
}

/** The cookie's camelCase user → the wire user the rest of the SDK uses. */
export function fromCookieUser(user: SessionCookieUser): AuthKitUser {
  const wire: AuthKitUser = {
    object: 'user',
    id: user.id,
    email: user.email,
    email_verified: user.emailVerified,
    first_name: user.firstName ?? null,
    last_name: user.lastName ?? null,
    name: user.name ?? null,
    profile_picture_url: user.profilePictureUrl ?? null,
    external_id: user.externalId ?? null,
    metadata: user.metadata ?? {},
    last_sign_in_at: user.lastSignInAt ?? null,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
  if (user.locale !== undefined) wire.locale = user.locale;
  return wire;
}

/** The cookie JSON for an authentication response, exactly as the official SDK builds it. */
export function toCookieData(response: AuthenticationResponse, organizationId: string | undefined): SessionCookieData {
  const data: SessionCookieData = {
    user: toCookieUser(response.user),
    accessToken: response.access_token.expose(),
    refreshToken: response.refresh_token.expose(),
  };
  // Key order matters for byte-identical cookies: organizationId comes first in the official SDK.
  return {
    ...(organizationId === undefined ? {} : { organizationId }),
    ...data,
    ...(response.authentication_method === undefined ? {} : { authenticationMethod: response.authentication_method }),
    ...(response.impersonator === undefined ? {} : { impersonator: response.impersonator }),
  };
}

/** Reads a JWT's payload without verifying it: only for tokens WorkOS just sent or a sealed cookie holds. */
export function readJwtPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (part === undefined) return undefined;
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
