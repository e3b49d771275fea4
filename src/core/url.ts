import { WorkOSInvalidArgumentError } from './errors.ts';

/**
 * Encodes one path parameter as a single RFC 3986 segment. Rejects values that are empty, `.`/`..`
 * or would change the path once decoded (a `/`, `?`, `#` or `\`), so a user-supplied id can
 * never reach another endpoint.
 */
export function encodePathSegment(name: string, value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new WorkOSInvalidArgumentError(name, `Path parameter "${name}" must be a string, got ${typeof value}`);
  }
  const text = String(value);
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not percent-encoded; the literal text is what we check.
  }
  if (text === '' || decoded === '.' || decoded === '..' || /[/?#\\]/.test(decoded) || /[/?#\\]/.test(text)) {
    throw new WorkOSInvalidArgumentError(
      name,
      `Path parameter "${name}" must be a non-empty id without "/", "?", "#", "\\" and must not be "." or ".."`,
    );
  }
  // encodeURIComponent leaves !'()* alone; RFC 3986 reserves them as sub-delims, so encode them too.
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Builds a path from a template, encoding each interpolated value with {@link encodePathSegment}.
 * The template's own text is trusted.
 *
 * @example
 * ```ts
 * import { path } from '@workos-edge/sdk';
 * path`/organizations/${'org_123'}`; // "/organizations/org_123"
 * ```
 */
export function path(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += encodePathSegment(`path[${i}]`, value) + (strings[i + 1] ?? '');
  });
  return out;
}

function appendValue(search: URLSearchParams, key: string, value: unknown, commaJoined: boolean): void {
  if (value === undefined) return;
  if (value === null) {
    search.append(key, '');
  } else if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined);
    if (commaJoined) {
      if (items.length > 0) search.append(key, items.map(String).join(','));
    } else {
      for (const item of items) appendValue(search, key, item, false);
    }
  } else if (value instanceof Date) {
    search.append(key, value.toISOString());
  } else if (typeof value === 'object') {
    for (const [sub, subValue] of Object.entries(value)) appendValue(search, `${key}[${sub}]`, subValue, commaJoined);
  } else {
    search.append(key, String(value));
  }
}

/**
 * Serialises query parameters: `undefined` is dropped, arrays repeat the key unless the key is in
 * `commaJoined` (OpenAPI `style: form, explode: false`), nested objects become `key[sub]=value`.
 */
export function buildQuery(params: Record<string, unknown> | undefined, commaJoined?: readonly string[]): string {
  if (params === undefined) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    appendValue(search, key, value, commaJoined?.includes(key) ?? false);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Serialises a flat object as `application/x-www-form-urlencoded` with the same rules as the query. */
export function buildFormBody(params: Record<string, unknown>): string {
  return buildQuery(params).slice(1);
}
