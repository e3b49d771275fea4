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
  readonly bodyParams: 'json' | 'form' | null;
  readonly isList: boolean;
  readonly requiresApiKey: boolean;
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

/** Whether the generated method has a `params` slot (it has one when the operation takes query or body fields). */
export function takesParams(meta: OperationMeta): boolean {
  return meta.queryParams.length > 0 || meta.bodyParams !== null;
}

/** Per-call options that carry the case's header parameters. */
export function optionsFor(testCase: OperationCase, extra: RequestOptions = {}): RequestOptions {
  const options: RequestOptions = { ...extra };
  const idempotencyKey = testCase.headerParams['idempotency-key'];
  if (idempotencyKey !== undefined) options.idempotencyKey = idempotencyKey;
  return options;
}

/**
 * Invokes the operation with the case's arguments. List operations return a page promise, which
 * is awaited here (one page).
 */
export async function invoke(client: object, meta: OperationMeta, testCase: OperationCase, extra: RequestOptions = {}): Promise<unknown> {
  const fn = operationFunction(client, meta);
  const args: unknown[] = [...testCase.pathArgs];
  if (takesParams(meta)) args.push(testCase.params);
  args.push(optionsFor(testCase, extra));
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
