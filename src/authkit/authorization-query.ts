import { WorkOSInvalidArgumentError } from '../core/errors.ts';
import { base64UrlEncode, computeCodeChallenge, generateCodeVerifier } from '../pkce/pkce.ts';

/** Options both authorization URLs (AuthKit and SSO) share. camelCase: these are SDK options. */
export interface CommonAuthorizationUrlOptions {
  /** `redirect_uri`: where the user comes back with `?code=…&state=…`; must be registered in WorkOS. */
  redirectUri: string;
  /** `state`: echoed back on the redirect; bind it to the user's session to stop CSRF. */
  state?: string | undefined;
  /** `domain_hint`: pre-selects the organization by email domain. */
  domainHint?: string | undefined;
  /** `login_hint`: pre-fills the email field. */
  loginHint?: string | undefined;
  /** `provider_scopes` (the key repeats once per scope): extra OAuth scopes requested from the provider. */
  providerScopes?: readonly string[] | undefined;
  /**
   * `provider_query_params[key]=value`: extra parameters passed through to the OAuth provider.
   * They are nested under `provider_query_params`, so they can never set a top-level parameter.
   */
  providerQueryParams?: Readonly<Record<string, string>> | undefined;
  /** `code_challenge`: the S256 PKCE challenge (the `…WithPKCE` builders fill it in). */
  codeChallenge?: string | undefined;
  /** `code_challenge_method`: only `S256`; sent whenever `codeChallenge` is. */
  codeChallengeMethod?: 'S256' | undefined;
}

function invalid(operation: string, argument: string, reason: string): WorkOSInvalidArgumentError {
  return new WorkOSInvalidArgumentError(argument, `${operation}: ${reason}`);
}

/** Throws unless `value` is undefined or a non-empty string. */
export function optionalString(operation: string, argument: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || value === '')) {
    throw invalid(operation, argument, `${argument} must be a non-empty string when given`);
  }
}

/**
 * Validates the shared options and returns their wire parameters (in a fixed order), `undefined`
 * for the unset ones so the query builder drops them.
 */
export function commonAuthorizationParams(
  operation: string,
  options: CommonAuthorizationUrlOptions,
): { head: Record<string, unknown>; tail: Record<string, unknown> } {
  const { redirectUri } = options;
  if (typeof redirectUri !== 'string' || !isAbsoluteUrl(redirectUri)) {
    throw invalid(operation, 'redirectUri', 'redirectUri must be an absolute URL (e.g. https://example.com/callback)');
  }
  for (const key of ['state', 'domainHint', 'loginHint', 'codeChallenge'] as const) optionalString(operation, key, options[key]);
  const scopes = options.providerScopes;
  if (scopes !== undefined && (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || s === ''))) {
    throw invalid(operation, 'providerScopes', 'providerScopes must be an array of non-empty strings');
  }
  const extra = options.providerQueryParams;
  if (extra !== undefined) {
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
      throw invalid(operation, 'providerQueryParams', 'providerQueryParams must be an object of strings');
    }
    for (const [key, value] of Object.entries(extra)) {
      // Brackets in a key would let it escape its `provider_query_params[…]` slot on the server's parser.
      if (key === '' || /[[\]]/.test(key) || typeof value !== 'string') {
        throw invalid(
          operation,
          'providerQueryParams',
          `providerQueryParams[${JSON.stringify(key)}] must have a non-empty key without "[" or "]" and a string value`,
        );
      }
    }
  }
  const method = options.codeChallengeMethod;
  if (method !== undefined && method !== 'S256') {
    throw invalid(operation, 'codeChallengeMethod', 'codeChallengeMethod must be "S256"');
  }
  if (method !== undefined && options.codeChallenge === undefined) {
    throw invalid(operation, 'codeChallengeMethod', 'codeChallengeMethod needs a codeChallenge');
  }
  return {
    head: { redirect_uri: redirectUri, response_type: 'code' },
    tail: {
      domain_hint: options.domainHint,
      login_hint: options.loginHint,
      state: options.state,
      provider_scopes: scopes,
      provider_query_params: extra,
      code_challenge: options.codeChallenge,
      code_challenge_method: options.codeChallenge === undefined ? undefined : 'S256',
    },
  };
}

/** 16 random bytes as unpadded base64url: an unguessable `state`. */
export function randomState(): string {
  return base64UrlEncode(crypto.getRandomValues(new Uint8Array(16)));
}

/** An authorization URL with the PKCE verifier and `state` to keep until the callback. */
export interface AuthorizationUrlWithPKCE {
  /** Send the user here. */
  url: string;
  /** Keep server-side or in session storage; pass to the code exchange as `code_verifier`. */
  codeVerifier: string;
  /** The S256 challenge put in the URL. */
  codeChallenge: string;
  /** The `state` put in the URL; compare it with the one on the callback. */
  state: string;
}

/**
 * Runs an authorization URL builder with a fresh 43-character verifier, its S256 challenge and a
 * random `state` (unless `options.state` is given); the AuthKit and SSO `…WithPKCE` builders share it.
 */
export async function buildWithPKCE<T, O extends CommonAuthorizationUrlOptions>(
  build: (target: T, options: O) => string,
  target: T,
  options: Omit<O, 'codeChallenge' | 'codeChallengeMethod'>,
): Promise<AuthorizationUrlWithPKCE> {
  const codeVerifier = generateCodeVerifier();
  const codeChallenge = await computeCodeChallenge(codeVerifier);
  const state = options.state ?? randomState();
  const url = build(target, { ...options, state, codeChallenge, codeChallengeMethod: 'S256' } as O);
  return { url, codeVerifier, codeChallenge, state };
}

// `URL.canParse` is missing from some runtimes of the matrix; the constructor is everywhere.
function isAbsoluteUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
