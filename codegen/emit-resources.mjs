// Emits one module per resource accessor: a class with one method per operation.
import { access, doc, HEADER, key, REFERENCE_URL, str } from './emit-util.mjs';
import { ModuleBuilder } from './module.mjs';
import { kebabCase, pascalCase, resourceClassName } from './naming.mjs';
import { schemaName, typeName } from './schema-emit.mjs';
import { deref } from './spec.mjs';
import { isSecretField } from './secrets.mjs';

const RESERVED_ARGS = new Set(['params', 'options', 'path', 'v', 'body']);

function argName(name) {
  return RESERVED_ARGS.has(name) ? `${name}Param` : name;
}

/** Whether a params object must be passed: some field is required. */
function bodyHasRequired(spec, schema) {
  const s = deref(spec, schema);
  if (s.oneOf || s.anyOf || s.allOf) return true;
  return (s.required ?? []).length > 0;
}

function isStringSchema(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('string') && !schema.enum;
}

export function resourceModulePath(accessor) {
  return `resources/${kebabCase(accessor)}.ts`;
}

export function emitResource(spec, usage, accessor, operations, reservedGlobal) {
  const className = resourceClassName(accessor);
  const mod = new ModuleBuilder(spec, usage, 'resource', { models: '../models/components.ts', events: '../events.ts' }, new Set(reservedGlobal));
  const types = [];
  const schemas = [];
  const methods = [];
  let usesPath = false;
  let usesPage = false;
  let usesExpose = false;

  for (const op of operations) {
    const base = pascalCase(op.method);
    const queryNames = new Set(op.queryParams.map((q) => q.name));
    const headerNames = new Set(op.headerParams.map((h) => h.name));
    for (const n of headerNames) if (queryNames.has(n)) throw new Error(`${op.operationId}: ${n} is both a query and a header parameter`);
    if (op.body) {
      const b = deref(spec, op.body.schema);
      const bodyProps = new Set(Object.keys(b.properties ?? {}));
      for (const n of [...queryNames, ...headerNames]) if (bodyProps.has(n)) throw new Error(`${op.operationId}: ${n} is both a body field and a query/header parameter`);
    }

    // --- params type
    const fields = [];
    for (const q of op.queryParams) {
      const secret = isSecretField(q.name) && isStringSchema(q.schema);
      const type = secret ? 'SecretInput' : mod.emitter.ts(q.schema, 'input', `${base} ${q.name}`, undefined, '  ');
      if (secret) mod.emitter.usesSecret = true;
      fields.push(`${doc([q.description, '(query)'], '  ')}  ${key(q.name)}${q.required ? '' : '?'}: ${type}${q.required ? '' : ' | undefined'};`);
    }
    for (const h of op.headerParams) {
      fields.push(`${doc([h.description, '(header)'], '  ')}  ${key(h.name)}${h.required ? '' : '?'}: string${h.required ? '' : ' | undefined'};`);
    }
    if (op.auth.kind === 'bearer') {
      mod.emitter.usesSecret = true;
      fields.push(`  /** The bearer token this call authenticates with instead of the API key. */\n  ${op.auth.param}: SecretInput;`);
    }
    let bodyType = null;
    if (op.body) bodyType = mod.emitter.ts(op.body.schema, 'input', `${base} body`, undefined, '');
    const hasParams = fields.length > 0 || bodyType !== null;
    const paramsRequired =
      op.queryParams.some((q) => q.required) || op.headerParams.some((h) => h.required) || op.auth.kind === 'bearer' || (op.body !== null && op.body.required && bodyHasRequired(spec, op.body.schema));
    const paramsName = `${base}Params`;
    if (hasParams) {
      const own = fields.length > 0 ? `{\n${fields.join('\n')}\n}` : null;
      const combined = own && bodyType ? `${own} & ${bodyType.includes('\n') || bodyType.includes('|') ? `(${bodyType})` : bodyType}` : (own ?? bodyType);
      types.push(`${doc([`Parameters of {@link ${className}.${op.method}}${op.body ? ': query parameters and body fields in one object' : ''}.`])}export type ${paramsName} = ${combined};\n`);
    }

    // --- response type and schema
    let returnType = 'void';
    let itemType = null;
    let schemaExpr = null;
    const resp = op.response.schema;
    if (resp) {
      if (resp.$ref) {
        returnType = mod.ref(resp.$ref.split('/').pop(), 'output', 'type');
        schemaExpr = mod.ref(resp.$ref.split('/').pop(), 'output', 'schema');
      } else {
        const name = `${base}Response`;
        returnType = name;
        types.push(`${doc([resp.description ?? `Response of {@link ${className}.${op.method}}.`])}export type ${name} = ${mod.emitter.ts(resp, 'output', name, undefined, '')};\n`);
        schemas.push(`const ${name}Schema: v.GenericSchema<unknown, ${name}> = ${mod.emitter.v(resp, name, undefined)};\n`);
        schemaExpr = `${name}Schema`;
      }
      if (op.isList) {
        const item = op.itemSchema;
        if (item.$ref) itemType = mod.ref(item.$ref.split('/').pop(), 'output', 'type');
        else {
          itemType = `NonNullable<${returnType}['data']>[number]`;
        }
      }
    }

    // --- method
    const args = op.pathParams.map((p) => `${argName(p.arg)}: string`);
    if (hasParams) args.push(`params${paramsRequired ? '' : '?'}: ${paramsName}`);
    args.push('options?: RequestOptions');
    const pathExpr = op.pathParams.length === 0 ? str(op.path) : `path\`${op.path.replace(/\{([^}]+)\}/g, (_, n) => `\${${argName(op.pathParams.find((p) => p.name === n).arg)}}`)}\``;
    if (op.pathParams.length > 0) usesPath = true;
    const lines = [];
    const fieldsReq = [];
    fieldsReq.push(`operation: ${str(`${op.accessor}.${op.method}`)}`);
    fieldsReq.push(`method: ${str(op.httpMethod)}`);
    fieldsReq.push(`path: ${pathExpr}`);
    const locals = [];
    const pick = (name, i, prefix) => {
      if (op.body) {
        locals.push(`${key(name)}: ${prefix}${i}`);
        return `${prefix}${i}`;
      }
      const optional = hasParams && !paramsRequired;
      const expr = access('params', name);
      return optional ? expr.replace(/^params\.?/, 'params?.') : expr;
    };
    const queryEntries = op.queryParams.map((q, i) => {
      const value = pick(q.name, i, 'q');
      if (isSecretField(q.name) && isStringSchema(q.schema)) {
        usesExpose = true;
        return `${key(q.name)}: ${value} === undefined ? undefined : exposeSecret(${value})`;
      }
      return `${key(q.name)}: ${value}`;
    });
    const headerEntries = op.headerParams.map((h, i) => `${key(h.name)}: ${pick(h.name, i, 'h')}`);
    let bearer = null;
    if (op.auth.kind === 'bearer') bearer = op.body ? (locals.push(`${op.auth.param}: bearer`), 'bearer') : `params.${op.auth.param}`;
    let bodyField = 'body';
    if (op.body && locals.length > 0) {
      const source = hasParams && !paramsRequired ? `params ?? ({} as ${paramsName})` : 'params';
      lines.push(`    const { ${[...locals, '...body'].join(', ')} } = ${source};`);
    } else if (op.body) {
      bodyField = `body: ${hasParams && !paramsRequired ? 'params ?? {}' : 'params'}`;
    }
    if (queryEntries.length > 0) fieldsReq.push(`query: { ${queryEntries.join(', ')} }`);
    const commaJoined = op.queryParams.filter((q) => q.commaJoined).map((q) => str(q.name));
    if (commaJoined.length > 0) fieldsReq.push(`commaJoinedQuery: [${commaJoined.join(', ')}]`);
    if (headerEntries.length > 0) fieldsReq.push(`headers: { ${headerEntries.join(', ')} }`);
    if (op.body) {
      fieldsReq.push(bodyField);
      if (op.body.encoding === 'form') fieldsReq.push("bodyEncoding: 'form'");
    }
    if (op.auth.kind === 'optional' || op.auth.kind === 'none') fieldsReq.push(`auth: ${str(op.auth.kind)}`);
    if (bearer) fieldsReq.push(`auth: { bearer: ${bearer} }`);
    if (schemaExpr) fieldsReq.push(`schema: ${schemaExpr}`);
    const call = op.isList ? `requestPage<${itemType}>` : `request<${returnType}>`;
    if (op.isList) usesPage = true;
    lines.push(`    return this.#client.${call}(\n      {\n${fieldsReq.map((f) => `        ${f},`).join('\n')}\n      },\n      options,\n    );`);
    const returns = op.isList ? `PagePromise<${itemType}>` : `Promise<${returnType}>`;
    const docLines = [
      op.summary ?? op.operationId,
      '',
      op.description && op.description !== op.summary ? op.description : undefined,
      '',
      `\`${op.httpMethod} ${op.path}\` (operation \`${op.operationId}\`).${op.isList ? ' Await the result for one page, or `for await` it for every item across pages.' : ''}`,
      '',
      ...op.pathParams.map((p) => `@param ${argName(p.arg)} - ${(p.description ?? `The \`${p.name}\` path parameter.`).replace(/\n+/g, ' ')}`),
      ...(hasParams ? [`@param params - ${op.body ? 'Query parameters and body fields.' : 'Query parameters.'}`] : []),
      '@param options - Per-call options (timeout, signal, retries, idempotency key, headers).',
      `@returns ${op.isList ? 'A page promise of the items.' : returnType === 'void' ? 'Nothing; resolves once the API accepted the call.' : `The decoded \`${returnType}\`.`}`,
      `@see {@link ${REFERENCE_URL} | WorkOS API reference}`,
      op.deprecated ? '@deprecated The API marks this operation as deprecated.' : undefined,
    ];
    methods.push(`${doc(docLines, '  ')}  ${op.method}(${args.join(', ')}): ${returns} {\n${lines.join('\n')}\n  }`);
  }

  const coreImports = [`import type { WorkOSClient } from '../../core/client.ts';`];
  if (usesPage) coreImports.push(`import type { PagePromise } from '../../core/pagination.ts';`);
  coreImports.push(`import type { RequestOptions } from '../../core/request.ts';`);
  const secretNames = [];
  if (usesExpose) secretNames.push('exposeSecret');
  if (mod.emitter.usesSecret) secretNames.push('type SecretInput');
  if (mod.emitter.usesSecret && /SecretString\b/.test(types.join('') + schemas.join(''))) secretNames.push('type SecretString');
  if (secretNames.length > 0) coreImports.push(`import { ${secretNames.join(', ')} } from '../../core/secret.ts';`);
  if (usesPath) coreImports.push(`import { path } from '../../core/url.ts';`);
  if (/SecretStringSchema/.test(schemas.join(''))) coreImports.push(`import { SecretStringSchema } from '../runtime.ts';`);
  if (schemas.length > 0) coreImports.unshift("import * as v from 'valibot';");
  const title = `The \`${accessor}\` resource: ${operations.length} operation${operations.length === 1 ? '' : 's'} of the WorkOS API.`;
  return `${HEADER}${doc([title, '', `Use it through \`workos.${accessor}\`, or on its own for a smaller bundle:`, '```ts', `import { WorkOSClient } from '@workos-edge/sdk/core';`, `import { ${className} } from '@workos-edge/sdk/${resourceModulePath(accessor).replace(/\.ts$/, '')}';`, `const ${accessor} = new ${className}(new WorkOSClient({ apiKey: 'sk_test_123' }));`, '```', '', '@module'])}
${mod.importBlock(coreImports)}

${[...mod.enumBlocks(), ...types, ...schemas].join('\n')}
${doc([title, '', `Methods take path parameters first (in path order), then one \`params\` object, then {@link RequestOptions}.`])}export class ${className} {
  readonly #client: WorkOSClient;

  /** Binds the resource to a client (its configuration, transport and retries). */
  constructor(client: WorkOSClient) {
    this.#client = client;
  }

${methods.join('\n\n')}
}
`;
}
