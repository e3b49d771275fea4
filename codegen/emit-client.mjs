// Emits src/generated/client.ts (the client with every accessor) and src/generated/index.ts.
import { doc, HEADER } from './emit-util.mjs';
import { resourceClassName } from './naming.mjs';
import { resourceModulePath } from './emit-resources.mjs';

export function emitClient(byAccessor) {
  const accessors = [...byAccessor.keys()].sort();
  const imports = accessors.map((a) => `import { ${resourceClassName(a)} } from './${resourceModulePath(a)}';`);
  const members = accessors.map((a) => {
    const cls = resourceClassName(a);
    return `  #${a}: ${cls} | undefined;\n\n  ${doc([`The \`${a}\` resource (${byAccessor.get(a).length} operations), created on first use.`], '').trimEnd()}\n  get ${a}(): ${cls} {\n    this.#${a} ??= new ${cls}(this);\n    return this.#${a};\n  }`;
  });
  return `${HEADER}
import { WorkOSClient } from '../core/client.ts';
${imports.join('\n')}

/**
 * The client core with every generated resource as a lazily created accessor
 * (\`client.organizations\`, \`client.userManagement\`, …).
 */
export class GeneratedWorkOS extends WorkOSClient {
${members.join('\n\n')}
}
`;
}

export function emitIndex(byAccessor) {
  const accessors = [...byAccessor.keys()].sort();
  return `${HEADER}${doc(['The generated API surface: resources, models, events and the operation table.', '', '@module'])}
export { GeneratedWorkOS } from './client.ts';
export * from './events.ts';
export * from './models/components.ts';
export { OPERATIONS, type OperationInfo } from './operations.ts';
${accessors.map((a) => `export { ${resourceClassName(a)} } from './${resourceModulePath(a)}';`).join('\n')}
`;
}
