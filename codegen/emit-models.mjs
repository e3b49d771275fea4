// Emits src/generated/models/components.ts: a type (and a valibot schema when the component is
// decoded) for every component schema used by an operation.
import { EVENT_COMPONENTS, topoSort } from './components.mjs';
import { doc, HEADER } from './emit-util.mjs';
import { ModuleBuilder } from './module.mjs';
import { schemaName, typeName } from './schema-emit.mjs';

export function emitModels(spec, usage) {
  const schemas = spec.components.schemas;
  const all = new Set([...usage.output, ...usage.input].filter((c) => !EVENT_COMPONENTS.has(c)));
  for (const c of all) {
    for (const dep of Object.keys(schemas)) if (EVENT_COMPONENTS.has(dep) && JSON.stringify(schemas[c]).includes(`/${dep}"`)) throw new Error(`${c} refers to ${dep}, which lives in events.ts`);
  }
  const reserved = new Set([...Object.keys(schemas)].flatMap((c) => [typeName(c), `${typeName(c)}Input`, schemaName(c)]));
  const mod = new ModuleBuilder(spec, usage, 'models', {}, reserved);
  const blocks = [];
  for (const c of topoSort(spec, all)) {
    const schema = schemas[c];
    const name = typeName(c);
    const summary = doc([schema.title, schema.description ?? `The \`${c}\` object.`]);
    reserved.delete(name);
    if (usage.output.has(c)) {
      const type = mod.emitter.ts(schema, 'output', name, c);
      if (type !== name) blocks.push(`${summary}export type ${name} = ${type};\n`);
      const expr = mod.emitter.v(schema, name, c);
      blocks.push(`/** Decodes {@link ${name}}: unknown fields are kept, enums accept new values. */\nexport const ${schemaName(c)}: v.GenericSchema<unknown, ${name}> = ${expr};\n`);
    }
    if (usage.input.has(c) && !(usage.output.has(c) && !usage.secret.has(c))) {
      const inputName = usage.output.has(c) ? `${name}Input` : name;
      const type = mod.emitter.ts(schema, 'input', name, c);
      if (type !== inputName) blocks.push(`${summary}export type ${inputName} = ${type};\n`);
    }
    reserved.add(name);
  }
  const imports = ["import * as v from 'valibot';"];
  if (mod.emitter.usesSecret) {
    imports.push("import type { SecretInput, SecretString } from '../../core/secret.ts';");
    imports.push("import { SecretStringSchema } from '../runtime.ts';");
  }
  return `${HEADER}// Wire-faithful models (snake_case, as the API sends them) for the spec's component schemas.\n\n${imports.join('\n')}\n\n${[...mod.enumBlocks(), ...blocks].join('\n')}`;
}

export function emitRuntime() {
  return `${HEADER}
import * as v from 'valibot';
import { SecretString } from '../core/secret.ts';

/** Decodes a credential string into a {@link SecretString} so it cannot leak through logs. */
export const SecretStringSchema: v.GenericSchema<string, SecretString> = v.pipe(
  v.string(),
  v.transform((value) => new SecretString(value)),
);
`;
}
