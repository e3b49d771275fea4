import type { WebhookEventEnvelope } from './types.ts';

/**
 * A verified webhook event. Narrow on `event` to get the typed `data` of a known event; an event
 * name this SDK version does not know still arrives, with `data` untyped.
 */
export type WebhookEvent = WebhookEventEnvelope;
