// One generated TypeScript module: its imports, hoisted enums and the component references.
import { EVENT_COMPONENTS } from './components.mjs';
import { doc, str } from './emit-util.mjs';
import { SchemaEmitter, schemaName, typeName } from './schema-emit.mjs';

/** Identifiers the events module exports for the components it owns. */
const EVENT_NAMES_FOR = {
  EventSchema: { type: 'AnyWorkOSEvent', schema: 'WorkOSEventSchema' },
  EventList: { type: 'EventList', schema: 'EventListSchema' },
};

export class ModuleBuilder {
  /**
   * @param {'models'|'events'|'resource'} kind
   * @param {{ models: string, events: string }} paths import specifiers from this module
   */
  constructor(spec, usage, kind, paths, reserved) {
    this.kind = kind;
    this.paths = paths;
    this.usage = usage;
    this.imports = new Map();
    this.emitter = new SchemaEmitter(spec, { ref: (c, mode, what) => this.ref(c, mode, what), reserved });
  }

  addImport(from, name, typeOnly = false) {
    if (!this.imports.has(from)) this.imports.set(from, new Map());
    const names = this.imports.get(from);
    names.set(name, (names.get(name) ?? true) && typeOnly);
  }

  /** Identifier of a component's type (`mode` flavour) or schema, importing it when needed. */
  ref(component, mode, what) {
    if (EVENT_COMPONENTS.has(component)) {
      const name = EVENT_NAMES_FOR[component][what];
      if (this.kind !== 'events') this.addImport(this.paths.events, name, what === 'type');
      return name;
    }
    let name;
    if (what === 'schema') name = schemaName(component);
    else if (mode === 'input' && this.usage.output.has(component) && this.usage.secret.has(component)) name = `${typeName(component)}Input`;
    else name = typeName(component);
    if (this.kind !== 'models') this.addImport(this.paths.models, name, what === 'type');
    return name;
  }

  /** `export` blocks for the enums hoisted while emitting this module. */
  enumBlocks() {
    return [...this.emitter.enums.entries()].map(
      ([name, values]) =>
        `/** Known values of {@link ${name}}. */\nexport const ${name}Values = [${values.map((x) => str(x)).join(', ')}] as const;\n` +
        `/** One of {@link ${name}Values}, or a value added to the API later (kept verbatim). */\n` +
        `export type ${name} = (typeof ${name}Values)[number] | (string & {});\n`,
    );
  }

  importBlock(extra = []) {
    const lines = [...extra];
    for (const [from, names] of [...this.imports.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sorted = [...names.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      const allTypes = sorted.every(([, t]) => t);
      const list = sorted.map(([n, t]) => (t && !allTypes ? `type ${n}` : n)).join(', ');
      lines.push(`import ${allTypes ? 'type ' : ''}{ ${list} } from '${from}';`);
    }
    return lines.join('\n');
  }
}

export function describe(schema, fallback) {
  return doc([schema?.title, schema?.description ?? fallback]);
}
