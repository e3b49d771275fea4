import type { SecretInput } from '../core/secret.ts';
import { computeSignature } from '../webhooks/signature.ts';
import type { ActionResponsePayload, ActionType, ActionVerdict, SignedActionResponse } from './types.ts';

/** Options of {@link signActionResponse}. */
export interface SignActionResponseOptions {
  /** The Action answered: `authentication` or `user_registration`. */
  type: ActionType;
  verdict: ActionVerdict;
  /** Message shown to the user; sent only with `Deny` (as the official SDK does). */
  errorMessage?: string | undefined;
  /** The Action's signing secret. */
  secret: SecretInput;
  /** Milliseconds since the epoch to sign with; defaults to now. */
  timestamp?: number | undefined;
}

/**
 * Builds the signed JSON body answering an Action request:
 * `{ object, payload: { timestamp, verdict, error_message? }, signature }`, with `signature` the hex
 * HMAC-SHA256 of `${payload.timestamp}.${JSON.stringify(payload)}` (wire-formats §1).
 */
export async function signActionResponse(options: SignActionResponseOptions): Promise<SignedActionResponse> {
  const payload: ActionResponsePayload = { timestamp: options.timestamp ?? Date.now(), verdict: options.verdict };
  if (options.verdict === 'Deny' && options.errorMessage) payload.error_message = options.errorMessage;
  return {
    object: options.type === 'authentication' ? 'authentication_action_response' : 'user_registration_action_response',
    payload,
    signature: await computeSignature(payload.timestamp, JSON.stringify(payload), options.secret),
  };
}
