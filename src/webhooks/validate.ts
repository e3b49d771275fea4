/**
 * Webhook verification plus run-time validation of the event against the schemas generated from
 * the OpenAPI spec. A separate entry point (`@workos-edge/sdk/webhooks/validate`) so the plain
 * `verifyWebhook` path stays free of the schemas.
 *
 * @module
 */
import { safeParse } from 'valibot';
import { WorkOSDecodeError } from '../core/errors.ts';
import { WorkOSEventSchema } from '../generated/events.ts';
import type { WebhookEvent } from './event.ts';
import { verifyWebhook, type VerifyWebhookOptions } from './verify.ts';

const OPERATION = 'webhooks.verifyWebhookAndValidate';

/**
 * Verifies the webhook like {@link verifyWebhook}, then validates the event: a known event type
 * must match its schema (its fields decoded as the models are, e.g. secrets as `SecretString`);
 * an unknown event type passes with `data` untouched. Throws {@link WorkOSWebhookError} when
 * verification fails and {@link WorkOSDecodeError} (with the failing `path`) when a known event
 * does not match its schema.
 *
 * @example
 * ```ts
 * import { verifyWebhookAndValidate } from '@workos-edge/sdk/webhooks/validate';
 * async function handle(request: Request, secret: string): Promise<Response> {
 *   const event = await verifyWebhookAndValidate({ payload: request, secret });
 *   return new Response(event.id);
 * }
 * ```
 */
export async function verifyWebhookAndValidate(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const event: unknown = await verifyWebhook(options);
  // Webhook bodies omit the Events API's `object: 'event'`, which the generated schemas require.
  const added = typeof event === 'object' && event !== null && !('object' in event);
  const result = safeParse(WorkOSEventSchema, added ? { object: 'event', ...event } : event);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '(root)';
    throw new WorkOSDecodeError({
      message: `${OPERATION}: the event does not match its schema at ${where}: ${issue.message}`,
      operation: OPERATION,
      path: where,
      body: JSON.stringify(event),
      cause: result.issues,
    });
  }
  const output = result.output as WebhookEvent;
  if (added) delete (output as { object?: unknown }).object;
  return output;
}
