/**
 * AuthKit Actions: verify an Action request (`verifyAction`, alias `constructAction`) and sign the
 * `Allow`/`Deny` answer (`signActionResponse`). Import from `@workos-edge/sdk/actions`.
 *
 * @module
 */
export { WorkOSWebhookError, type WebhookErrorReason } from '../webhooks/errors.ts';
export { signActionResponse, type SignActionResponseOptions } from './sign.ts';
export type {
  ActionContext,
  ActionObject,
  ActionResponsePayload,
  ActionType,
  ActionUserData,
  ActionVerdict,
  AuthenticationActionContext,
  SignedActionResponse,
  UserRegistrationActionContext,
} from './types.ts';
export { constructAction, DEFAULT_ACTION_TOLERANCE_MS, verifyAction, type VerifyActionOptions } from './verify.ts';
