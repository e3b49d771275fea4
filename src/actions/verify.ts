import { verifySignedJson, type VerifyWebhookOptions } from '../webhooks/verify.ts';
import type { ActionContext } from './types.ts';

/** Default Action tolerance: 30 seconds, applied to old and to future timestamps. */
export const DEFAULT_ACTION_TOLERANCE_MS = 30_000;

/** Options of {@link verifyAction}: the same as for webhooks, with a 30 s default tolerance. */
export type VerifyActionOptions = VerifyWebhookOptions;

/**
 * Verifies an AuthKit Action request (same `WorkOS-Signature` scheme as webhooks, 30 s default
 * tolerance) and returns its context in wire format. Throws {@link WorkOSWebhookError} with a
 * `reason` when verification fails.
 *
 * @example
 * ```ts
 * import { signActionResponse, verifyAction } from '@workos-edge/sdk/actions';
 * async function handle(request: Request, secret: string): Promise<Response> {
 *   const action = await verifyAction({ payload: request, secret });
 *   const blocked = action.object === 'authentication_action_context' && action.user.email.endsWith('@blocked.example');
 *   const body = await signActionResponse({
 *     type: action.object === 'authentication_action_context' ? 'authentication' : 'user_registration',
 *     verdict: blocked ? 'Deny' : 'Allow',
 *     errorMessage: blocked ? 'Sign-in is disabled for this domain' : undefined,
 *     secret,
 *   });
 *   return Response.json(body);
 * }
 * ```
 */
export async function verifyAction(options: VerifyActionOptions): Promise<ActionContext> {
  return (await verifySignedJson(options, DEFAULT_ACTION_TOLERANCE_MS)) as ActionContext;
}

/** Alias of {@link verifyAction}, named as in `@workos-inc/node` (`workos.actions.constructAction`). */
export const constructAction: (options: VerifyActionOptions) => Promise<ActionContext> = verifyAction;
