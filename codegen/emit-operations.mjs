// Emits src/generated/operations.ts: the operation table tests and tools read.
import { HEADER, str } from './emit-util.mjs';

export function emitOperations(operations) {
  const rows = operations.map((op) => {
    const fields = [
      `operationId: ${str(op.operationId)}`,
      `accessor: ${str(op.accessor)}`,
      `method: ${str(op.method)}`,
      `httpMethod: ${str(op.httpMethod)}`,
      `path: ${str(op.path)}`,
      `pathParams: [${op.pathParams.map((p) => str(p.name)).join(', ')}]`,
      `queryParams: [${op.queryParams.map((p) => str(p.name)).join(', ')}]`,
      `commaJoinedQueryParams: [${op.queryParams.filter((p) => p.commaJoined).map((p) => str(p.name)).join(', ')}]`,
      `headerParams: [${op.headerParams.map((p) => str(p.name)).join(', ')}]`,
      `bodyParams: ${op.body ? str(op.body.encoding) : 'null'}`,
      `isList: ${op.isList}`,
      `requiresApiKey: ${op.auth.kind === 'apiKey'}`,
      `bearerTokenParam: ${op.auth.kind === 'bearer' ? str(op.auth.param) : 'null'}`,
    ];
    return `  { ${fields.join(', ')} },`;
  });
  return `${HEADER}
/** One generated operation, as the spec defines it and as the SDK exposes it. */
export interface OperationInfo {
  /** The spec's \`operationId\`. */
  readonly operationId: string;
  /** Client accessor, e.g. \`organizations\` in \`workos.organizations.getOrganization()\`. */
  readonly accessor: string;
  /** Method name on the accessor. */
  readonly method: string;
  /** HTTP method. */
  readonly httpMethod: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template as in the spec, e.g. \`/organizations/{id}\`. */
  readonly path: string;
  /** Path parameters in path order: the method's leading positional arguments. */
  readonly pathParams: readonly string[];
  /** Query parameters, read from the method's \`params\` object. */
  readonly queryParams: readonly string[];
  /** Query parameters whose arrays are sent comma-joined (\`style: form, explode: false\`). */
  readonly commaJoinedQueryParams: readonly string[];
  /** Header parameters, read from the method's \`params\` object under their spec names. */
  readonly headerParams: readonly string[];
  /** Request body encoding; every \`params\` field that is not a query or header parameter goes there. */
  readonly bodyParams: 'json' | 'form' | null;
  /** Whether the method returns a \`PagePromise\` (cursor-paginated list). */
  readonly isList: boolean;
  /** Whether the client must hold an API key to call it. */
  readonly requiresApiKey: boolean;
  /** SDK-only \`params\` field carrying a bearer token that replaces the API key, if any. */
  readonly bearerTokenParam: string | null;
}

/** Every operation of the spec (${operations.length}), sorted by accessor and method. */
export const OPERATIONS: readonly OperationInfo[] = [
${rows.join('\n')}
];
`;
}
