// Emits src/generated/events.ts: the event union (webhooks and the Events API), discriminated on
// `event`, with a fallback for event types added to the API after this SDK was generated.
import { doc, HEADER, str } from './emit-util.mjs';
import { ModuleBuilder } from './module.mjs';
import { pascalCase } from './naming.mjs';
import { flattenAllOf, schemaName, typeName } from './schema-emit.mjs';

export function emitEvents(spec, usage) {
  const schemas = spec.components.schemas;
  const reserved = new Set(Object.keys(schemas).flatMap((c) => [typeName(c), schemaName(c)]));
  const mod = new ModuleBuilder(spec, usage, 'events', { models: './models/components.ts' }, reserved);
  const flat = flattenAllOf(spec, schemas.EventSchema);
  const variants = flat.oneOf ?? [flat];
  const names = [];
  const types = [];
  const consts = [];
  for (const variant of variants) {
    const event = variant.properties?.event?.const;
    if (typeof event !== 'string') throw new Error('Every EventSchema variant needs a const `event`');
    if (names.includes(event)) throw new Error(`Duplicate event ${event}`);
    names.push(event);
    const name = `${pascalCase(event)}Event`;
    types.push(`${doc([`The \`${event}\` event.`, variant.description])}export type ${name} = ${mod.emitter.ts(variant, 'output', name, undefined, '')};\n`);
    consts.push(`const ${name}Schema = ${mod.emitter.v(variant, name, undefined)};\n`);
  }
  const listSchema = schemas.EventList;
  const listType = mod.emitter.ts(listSchema, 'output', 'EventList', undefined, '');
  const listExpr = mod.emitter.v(listSchema, 'EventList', undefined);
  const union = names.map((n) => `  | ${pascalCase(n)}Event`).join('\n');
  const imports = ["import * as v from 'valibot';"];
  if (mod.emitter.usesSecret) {
    imports.push("import type { SecretString } from '../core/secret.ts';");
    imports.push("import { SecretStringSchema } from './runtime.ts';");
  }
  return `${HEADER}${doc([
    'Event payloads, as delivered by webhooks and listed by the Events API.',
    '',
    '{@link WorkOSEvent} is the union of the event types this SDK knows, discriminated on `event`;',
    '{@link UnknownWorkOSEvent} carries event types added to the API later, so they never fail to decode.',
    '',
    '@module',
  ])}
${mod.importBlock(imports)}

/** Every event type this SDK knows, as the API names it. */
export const EVENT_NAMES = [
${names.map((n) => `  ${str(n)},`).join('\n')}
] as const;

/** A known event type name. */
export type WorkOSEventName = (typeof EVENT_NAMES)[number];

${[...mod.enumBlocks(), ...types].join('\n')}
/** Any event this SDK knows; \`switch (event.event)\` narrows to the payload type. */
export type WorkOSEvent =
${union};

/** An event whose \`event\` type this SDK does not know yet: its \`data\` is passed through untyped. */
export type UnknownWorkOSEvent = {
  /** Unique identifier of the event. */
  id: string;
  /** The event type. */
  event: string;
  /** The event payload. */
  data: unknown;
  /** When the event was created (ISO 8601). */
  created_at: string;
};

/** A known event or one added to the API later. */
export type AnyWorkOSEvent = WorkOSEvent | UnknownWorkOSEvent;

const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);

/** Whether \`event\` is of a type this SDK knows (narrows to {@link WorkOSEvent}). */
export function isKnownEvent(event: AnyWorkOSEvent): event is WorkOSEvent {
  return KNOWN_EVENTS.has(event.event);
}

${consts.join('\n')}
const UnknownWorkOSEventSchema = v.looseObject({
  id: v.string(),
  event: v.pipe(
    v.string(),
    v.check((name) => !KNOWN_EVENTS.has(name), 'known event types decode with their own schema'),
  ),
  data: v.unknown(),
  created_at: v.string(),
});

/**
 * Decodes an event: known types against their schema (a broken payload fails with the path),
 * other types as {@link UnknownWorkOSEvent}.
 */
export const WorkOSEventSchema: v.GenericSchema<unknown, AnyWorkOSEvent> = v.variant('event', [
${names.map((n) => `  ${pascalCase(n)}EventSchema,`).join('\n')}
  UnknownWorkOSEventSchema,
]);

${doc([listSchema.description ?? 'A page of events.'])}export type EventList = ${listType};

/** Decodes {@link EventList}. */
export const EventListSchema: v.GenericSchema<unknown, EventList> = ${listExpr};
`;
}
