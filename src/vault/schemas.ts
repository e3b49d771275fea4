// Response schemas of the two data-key operations (CreateDataKeyResponse, DecryptResponse in the
// spec). Local because no generated vault resource existed when this helper was written.
import * as v from 'valibot';
import { SecretString } from '../core/secret.ts';

/** Map of values that selects the encryption key (e.g. `{ organization_id: 'org_…' }`). */
export type KeyContext = Record<string, string>;

/** Response of `POST /vault/v1/keys/data-key`: a fresh data key and its encrypted form. */
export interface DataKeyPair {
  /** Data key id. */
  id: string;
  context: KeyContext;
  /** Base64 of the 32-byte AES key; never logged. */
  data_key: SecretString;
  /** Base64 of the encrypted key blob stored inside every Vault blob. */
  encrypted_keys: string;
  [key: string]: unknown;
}

/** Response of `POST /vault/v1/keys/decrypt`. */
export interface DecryptedDataKey {
  id: string;
  /** Base64 of the 32-byte AES key; never logged. */
  data_key: SecretString;
  [key: string]: unknown;
}

const secretString = /* @__PURE__ */ v.pipe(
  v.string(),
  v.transform((value: string) => new SecretString(value)),
);

/** @internal */
export const DataKeyPairSchema: v.GenericSchema<unknown, DataKeyPair> = /* @__PURE__ */ v.looseObject({
  id: v.string(),
  context: v.record(v.string(), v.string()),
  data_key: secretString,
  encrypted_keys: v.string(),
});

/** @internal */
export const DecryptedDataKeySchema: v.GenericSchema<unknown, DecryptedDataKey> = /* @__PURE__ */ v.looseObject({
  id: v.string(),
  data_key: secretString,
});
