/**
 * The envelope every WorkOS webhook event shares (wire format, snake_case). `event` names the
 * event type and decides the shape of `data`.
 */
export interface WebhookEventEnvelope<Name extends string = string, Data = unknown> {
  /** Event id (`event_…`); use it to de-duplicate deliveries. */
  id: string;
  /** Event type, e.g. `user.created`. */
  event: Name;
  /** The event's object, e.g. the user that was created. */
  data: Data;
  /** ISO-8601 time the event was created. */
  created_at: string;
  /** Extra context some events carry (actor, client ids, …). */
  context?: Record<string, unknown>;
}
