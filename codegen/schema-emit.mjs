// Translates JSON Schema (OpenAPI 3.1) into TypeScript types and valibot schema expressions.
//
// Two flavours: `output` (decoded responses: secrets are SecretString, schemas are emitted) and
// `input` (request params: secrets accept string | SecretString). Objects are open (looseObject
// keeps unknown fields) and enums decode as any string, so new server values pass through.
import { isSecretField } from './secrets.mjs';
import { doc, key, str } from './emit-util.mjs';
import { pascalCase } from './naming.mjs';
import { COMPONENT_TYPE_NAMES } from './names.mjs';
import { deref, refName } from './spec.mjs';

const IDENT_SAFE = (name) => name.replace(/[^A-Za-z0-9_$]/g, '_');

/** TS type name of a component schema. */
export function typeName(component) {
  return COMPONENT_TYPE_NAMES[component] ?? IDENT_SAFE(component);
}

/** Valibot schema constant of a component schema. */
export function schemaName(component) {
  return `${typeName(component)}Schema`;
}

function isRequiredOnly(schema) {
  return schema && typeof schema === 'object' && !schema.$ref && !schema.type && !schema.properties && !schema.allOf && !schema.oneOf && !schema.anyOf && Array.isArray(schema.required);
}

/**
 * Normalises `allOf` into a plain object schema, or a `oneOf` of object schemas when a part is
 * a union (each alternative merged with the rest). Alternatives that only list `required` keys
 * (mutually exclusive body groups) make those keys required in their branch.
 */
export function flattenAllOf(spec, schema) {
  let variants = [{ type: 'object', properties: {}, required: [], description: schema.description }];
  const merge = (base, part) => ({
    ...base,
    properties: { ...base.properties, ...(part.properties ?? {}) },
    required: [...new Set([...(base.required ?? []), ...(part.required ?? [])])],
    additionalProperties: part.additionalProperties ?? base.additionalProperties,
    description: base.description ?? part.description,
  });
  for (const raw of schema.allOf) {
    let part = deref(spec, raw);
    if (part.allOf) part = flattenAllOf(spec, part);
    const alternatives = part.oneOf ?? part.anyOf;
    if (alternatives) {
      const shared = { properties: part.properties, required: part.required };
      const expand = (raw) => {
        let alt = deref(spec, raw);
        if (alt.allOf) alt = flattenAllOf(spec, alt);
        const nested = alt.oneOf ?? alt.anyOf;
        return nested ? nested.flatMap(expand) : [alt];
      };
      const flatAlternatives = alternatives.flatMap(expand);
      variants = variants.flatMap((v) =>
        flatAlternatives.map((alt) => merge(merge(v, shared), isRequiredOnly(alt) ? { required: alt.required } : alt)),
      );
    } else if (part.type === 'object' || part.properties || isRequiredOnly(part) || part.additionalProperties) {
      variants = variants.map((v) => merge(v, part));
    } else if (Object.keys(part).every((k) => ['description', 'example', 'examples', 'title', 'not'].includes(k) || k.startsWith('x-'))) {
      // Documentation-only part.
    } else {
      throw new Error(`Unsupported allOf part: ${JSON.stringify(part).slice(0, 200)}`);
    }
  }
  return variants.length === 1 ? variants[0] : { oneOf: variants, description: schema.description };
}

/** Emits types (and, in output mode, valibot expressions) for schemas within one module. */
export class SchemaEmitter {
  /**
   * @param {object} spec
   * @param {object} opts
   * @param {(component: string, mode: 'output'|'input', what: 'type'|'schema') => string} opts.ref
   *   returns the identifier for a component and records the import
   * @param {Map<string, string[]>} [opts.enums] hoisted enums of this module (name → values)
   * @param {Set<string>} [opts.reserved] identifiers already taken in the module
   */
  constructor(spec, { ref, enums = new Map(), reserved = new Set() }) {
    this.spec = spec;
    this.ref = ref;
    this.enums = enums;
    this.reserved = reserved;
    this.usesSecret = false;
  }

  #enumName(hint, values) {
    if (!hint) return null;
    let name = pascalCase(hint);
    for (let i = 2; ; i++) {
      const existing = this.enums.get(name);
      if (existing === undefined && !this.reserved.has(name)) {
        this.enums.set(name, values);
        return name;
      }
      if (existing !== undefined && JSON.stringify(existing) === JSON.stringify(values)) return name;
      name = `${pascalCase(hint)}${i}`;
    }
  }

  /** TypeScript type for `schema`. */
  ts(schema, mode, hint, owner, indent = '') {
    if (schema === true || schema === undefined || schema === null) return 'unknown';
    if (schema === false) return 'never';
    if (schema.$ref) return this.ref(refName(schema.$ref), mode, 'type');
    if (schema.allOf) return this.ts(flattenAllOf(this.spec, schema), mode, hint, owner, indent);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) {
      const parts = alternatives.filter((a) => !isRequiredOnly(a)).map((a, i) => this.ts(a, mode, hint ? `${hint} ${i + 1}` : undefined, owner, indent));
      const base = schema.properties ? this.#object(schema, mode, hint, owner, indent) : null;
      const union = [...new Set(parts)].join(' | ') || 'unknown';
      return base ? `${base} & (${union})` : parts.length > 1 ? `(${union})` : union;
    }
    if ('const' in schema) return schema.const === null ? 'null' : JSON.stringify(schema.const).replace(/"/g, "'");
    let types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (types.length === 0) {
      if (schema.properties || schema.additionalProperties || schema.patternProperties) types = ['object'];
      else if (schema.enum) types = [...new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)))];
      else if (schema.items) types = ['array'];
    }
    if (schema.nullable === true && !types.includes('null')) types = [...types, 'null'];
    if (types.length === 0) return 'unknown';
    const out = types.map((t) => this.#single(t, schema, mode, hint, owner, indent));
    return out.length > 1 ? [...new Set(out)].join(' | ') : out[0];
  }

  #single(type, schema, mode, hint, owner, indent) {
    switch (type) {
      case 'null':
        return 'null';
      case 'string': {
        if (schema.secret) {
          this.usesSecret = true;
          return mode === 'output' ? 'SecretString' : 'SecretInput';
        }
        const values = (schema.enum ?? []).filter((v) => typeof v === 'string');
        if (values.length > 0) {
          const name = this.#enumName(hint, values);
          return name ?? `(${values.map((v) => str(v)).join(' | ')} | (string & {}))`;
        }
        return 'string';
      }
      case 'integer':
      case 'number': {
        const values = (schema.enum ?? []).filter((v) => typeof v === 'number');
        return values.length > 0 ? `(${values.join(' | ')})` : 'number';
      }
      case 'boolean':
        return 'boolean';
      case 'array':
        return `Array<${this.ts(schema.items, mode, hint ? `${hint} item` : undefined, owner, indent)}>`;
      case 'object':
        return this.#object(schema, mode, hint, owner, indent);
      default:
        throw new Error(`Unsupported type ${type}`);
    }
  }

  #props(schema, owner) {
    return Object.entries(schema.properties ?? {}).map(([name, prop]) => {
      const resolved = prop.$ref ? null : prop;
      const secret = resolved && isSecretField(name, owner) && isStringish(resolved);
      return { name, prop: secret ? { ...resolved, secret: true } : prop, required: (schema.required ?? []).includes(name) };
    });
  }

  #object(schema, mode, hint, owner, indent) {
    const props = this.#props(schema, owner);
    // `additionalProperties: false` with `patternProperties` still allows keys matching a pattern:
    // the pattern's value schema types the map (JSON Schema cannot express key patterns in TS).
    const extra = firstValue(schema.patternProperties) ?? schema.additionalProperties;
    if (props.length === 0) {
      if (extra === undefined || extra === true || (typeof extra === 'object' && Object.keys(extra).length === 0)) return 'Record<string, unknown>';
      if (extra === false) return 'Record<string, never>';
      return `Record<string, ${this.ts(extra, mode, hint ? `${hint} value` : undefined, owner, indent)}>`;
    }
    const inner = `${indent}  `;
    const lines = props.map(({ name, prop, required }) => {
      const type = this.ts(prop, mode, hint ? `${hint} ${name}` : undefined, undefined, inner);
      const comment = doc([prop.description, prop.deprecated ? '@deprecated' : undefined], inner);
      return `${comment}${inner}${key(name)}${required ? '' : '?'}: ${type}${required ? '' : ' | undefined'};`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  /** Valibot expression decoding `schema` (output mode). */
  v(schema, hint, owner) {
    if (schema === true || schema === undefined || schema === null) return 'v.unknown()';
    if (schema === false) return 'v.never()';
    if (schema.$ref) return this.ref(refName(schema.$ref), 'output', 'schema');
    if (schema.allOf) return this.v(flattenAllOf(this.spec, schema), hint, owner);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) {
      const parts = [...new Set(alternatives.filter((a) => !isRequiredOnly(a)).map((a, i) => this.v(a, hint ? `${hint} ${i + 1}` : undefined, owner)))];
      const union = parts.length === 1 ? parts[0] : `v.union([${parts.join(', ')}])`;
      return schema.properties ? `v.intersect([${this.#vObject(schema, hint, owner)}, ${union}])` : union;
    }
    if ('const' in schema) return `v.literal(${schema.const === null ? 'null' : JSON.stringify(schema.const).replace(/"/g, "'")})`;
    let types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
    if (types.length === 0) {
      if (schema.properties || schema.additionalProperties || schema.patternProperties) types = ['object'];
      else if (schema.enum) types = [...new Set(schema.enum.map((x) => (x === null ? 'null' : typeof x)))];
      else if (schema.items) types = ['array'];
    }
    if (schema.nullable === true && !types.includes('null')) types = [...types, 'null'];
    if (types.length === 0) return 'v.unknown()';
    const nonNull = types.filter((t) => t !== 'null');
    const parts = nonNull.map((t) => this.#vSingle(t, schema, hint, owner));
    let expr = parts.length === 0 ? 'v.null()' : parts.length === 1 ? parts[0] : `v.union([${parts.join(', ')}])`;
    if (nonNull.length > 0 && types.includes('null')) expr = `v.nullable(${expr})`;
    return expr;
  }

  #vSingle(type, schema, hint, owner) {
    switch (type) {
      case 'string':
        if (schema.secret) {
          this.usesSecret = true;
          return 'SecretStringSchema';
        }
        return 'v.string()';
      case 'integer':
      case 'number':
        return 'v.number()';
      case 'boolean':
        return 'v.boolean()';
      case 'array':
        return `v.array(${this.v(schema.items, hint, owner)})`;
      case 'object':
        return this.#vObject(schema, hint, owner);
      default:
        throw new Error(`Unsupported type ${type}`);
    }
  }

  #vObject(schema, hint, owner) {
    const props = this.#props(schema, owner);
    // `additionalProperties: false` with `patternProperties` still allows keys matching a pattern:
    // the pattern's value schema types the map (JSON Schema cannot express key patterns in TS).
    const extra = firstValue(schema.patternProperties) ?? schema.additionalProperties;
    if (props.length === 0) {
      if (extra === undefined || extra === true || extra === false || (typeof extra === 'object' && Object.keys(extra).length === 0)) {
        return 'v.record(v.string(), v.unknown())';
      }
      return `v.record(v.string(), ${this.v(extra, hint, owner)})`;
    }
    const entries = props.map(({ name, prop, required }) => {
      const expr = this.v(prop, hint, undefined);
      return `${key(name)}: ${required ? expr : `v.optional(${expr})`}`;
    });
    return `v.looseObject({ ${entries.join(', ')} })`;
  }
}

function isStringish(schema) {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('string') && !schema.enum && !('const' in schema);
}

function firstValue(record) {
  if (!record) return undefined;
  const values = Object.values(record);
  return values[0];
}
