/** Fields both Action contexts carry (wire format, snake_case). */
interface ActionContextBase {
  /** Action request id. */
  id: string;
  /** How the user is signing in or registering, e.g. `Password`, `GoogleOAuth`. */
  authentication_method?: string;
  ip_address?: string;
  user_agent?: string;
  device_fingerprint?: string;
  /** Fields added by the API after this SDK version are kept. */
  [key: string]: unknown;
}

/** A wire-format object the Action payload embeds (user, organization, membership, invitation). */
export interface ActionObject {
  object: string;
  id: string;
  [key: string]: unknown;
}

/** Sent before a user signs in: `Allow` or `Deny` the authentication. */
export interface AuthenticationActionContext extends ActionContextBase {
  object: 'authentication_action_context';
  /** The user signing in (wire `User` object). */
  user: ActionObject & { object: 'user'; email: string };
  /** The organization the user signs in to, when there is one. */
  organization?: ActionObject;
  organization_membership?: ActionObject;
  issuer?: string;
}

/** What the user entered when registering. */
export interface ActionUserData {
  object: 'user_data';
  email: string;
  name?: string | null;
  first_name: string;
  last_name: string;
  [key: string]: unknown;
}

/** Sent before a user is created: `Allow` or `Deny` the registration. */
export interface UserRegistrationActionContext extends ActionContextBase {
  object: 'user_registration_action_context';
  user_data: ActionUserData;
  /** The invitation being accepted, when there is one. */
  invitation?: ActionObject;
}

/** A verified Action request; narrow on `object`. */
export type ActionContext = AuthenticationActionContext | UserRegistrationActionContext;

/** Which Action a response answers. */
export type ActionType = 'authentication' | 'user_registration';

/** The verdict of an Action response. */
export type ActionVerdict = 'Allow' | 'Deny';

/** The signed part of an Action response, keys in wire order. */
export interface ActionResponsePayload {
  /** Milliseconds since the epoch. */
  timestamp: number;
  verdict: ActionVerdict;
  /** Shown to the user on `Deny`. */
  error_message?: string;
}

/** The JSON body to answer an Action request with. */
export interface SignedActionResponse {
  object: 'authentication_action_response' | 'user_registration_action_response';
  payload: ActionResponsePayload;
  /** Hex HMAC-SHA256 of `${payload.timestamp}.${JSON.stringify(payload)}`. */
  signature: string;
}
