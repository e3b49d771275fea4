// Calls one generated operation the way a user does: client[accessor][method](...pathArgs, params?, options?).
// Shared by the neutral contract test and the node-only spec/Prism tests.
import type { RequestOptions } from '../../src/core/request.ts';
import type { OperationCase } from './operation-cases.ts';

/** The operation metadata the generator exports (`src/generated/operations.ts`). */
export interface OperationMeta {
  readonly operationId: string;
  readonly accessor: string;
  readonly method: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly headerParams: readonly string[];
  readonly bodyParams: 'json' | 'form' | null;
  readonly isList: boolean;
  readonly requiresApiKey: boolean;
  readonly bearerTokenParam: string | null;
}

type AnyMethod = (...args: unknown[]) => unknown;

/** Looks up `client[accessor][method]`; throws naming what is missing. */
export function operationFunction(client: object, meta: OperationMeta): AnyMethod {
  const resource = (client as Record<string, unknown>)[meta.accessor];
  if (resource === null || typeof resource !== 'object') {
    throw new Error(`client.${meta.accessor} is missing (operation ${meta.operationId})`);
  }
  const fn = (resource as Record<string, unknown>)[meta.method];
  if (typeof fn !== 'function') throw new Error(`client.${meta.accessor}.${meta.method} is not a function (operation ${meta.operationId})`);
  return (fn as AnyMethod).bind(resource);
}

/** Whether the generated method has a `params` slot (query, header or body fields, or a bearer token). */
export function takesParams(meta: OperationMeta): boolean {
  return meta.queryParams.length > 0 || meta.headerParams.length > 0 || meta.bodyParams !== null || meta.bearerTokenParam !== null;
}

/** Bearer token passed to operations that authenticate with a token instead of the API key. */
export const CONTRACT_BEARER_TOKEN = 'access_token_contract_01HXYZ';

/**
 * The `params` object for the call: the oracle's query and body fields, plus the header parameters
 * (the generator reads them from `params` under their spec names) and the bearer-token field.
 */
export function paramsFor(meta: OperationMeta, testCase: OperationCase): Record<string, unknown> | undefined {
  let params = testCase.params === undefined ? undefined : { ...testCase.params };
  for (const name of meta.headerParams) {
    const value = testCase.headerParams[name.toLowerCase()];
    if (value !== undefined) params = { ...params, [name]: value };
  }
  if (meta.bearerTokenParam !== null) params = { ...params, [meta.bearerTokenParam]: CONTRACT_BEARER_TOKEN };
  return params;
}

/**
 * Invokes the operation with the case's arguments. List operations return a page promise, which
 * is awaited here (one page).
 */
export async function invoke(client: object, meta: OperationMeta, testCase: OperationCase, extra: RequestOptions = {}): Promise<unknown> {
  const fn = operationFunction(client, meta);
  const args: unknown[] = [...testCase.pathArgs];
  if (takesParams(meta)) args.push(paramsFor(meta, testCase));
  args.push(extra);
  return await (fn(...args) as PromiseLike<unknown>);
}

/** JSON round trip: what the user would serialise back (SecretString emits its raw value). */
export function roundTrip(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The part of a decoded result comparable with the wire document (a Page keeps data + list_metadata). */
export function comparable(meta: OperationMeta, wire: unknown): unknown {
  if (meta.isList && wire !== null && typeof wire === 'object') {
    const { data, list_metadata } = wire as { data?: unknown; list_metadata?: unknown };
    return { data, list_metadata };
  }
  return wire;
}

/** Query pairs sorted by key only (stable), so repeated keys keep their order. */
export function sortedPairs(pairs: Iterable<readonly [string, string]>): [string, string][] {
  return [...pairs].map(([k, v]): [string, string] => [k, v]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
