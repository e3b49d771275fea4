import type { UnknownWorkOSEvent, WorkOSEvent, WorkOSEventName } from '../generated/events.ts';

/** A webhook delivery of a known event: the Events API shape, except that `object` may be absent. */
type Delivered<E> = E extends unknown ? Omit<E, 'object'> & { object?: 'event' } : never;

/**
 * A verified webhook event of a type this SDK knows, discriminated on `event`. Webhook bodies
 * carry `{ id, event, data, created_at, context? }`; the Events API's `object: 'event'` is optional.
 */
export type KnownWebhookEvent = Delivered<WorkOSEvent>;

/**
 * What {@link verifyWebhook} returns: a known event, or an event type added to the API after this
 * SDK version (`data` untyped). Narrow with {@link isWebhookEvent}.
 */
export type WebhookEvent = KnownWebhookEvent | UnknownWorkOSEvent;

/**
 * Narrows a verified event to the typed payload of event type `name` (a plain `event.event ===`
 * comparison cannot, because unknown events keep `event: string`). The shape comes from the spec;
 * use `verifyWebhookAndValidate` to also check it at run time.
 *
 * @example
 * ```ts
 * import { isWebhookEvent, type WebhookEvent } from '@workos-edge/sdk/webhooks';
 * function onEvent(event: WebhookEvent): void {
 *   if (isWebhookEvent(event, 'user.created')) console.log(event.data.email);
 * }
 * ```
 */
export function isWebhookEvent<Name extends WorkOSEventName>(
  event: WebhookEvent,
  name: Name,
): event is Extract<KnownWebhookEvent, { event: Name }> {
  return event.event === name;
}
