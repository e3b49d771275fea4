// Fields that hold credentials. String fields with these names are `SecretString` in decoded
// responses and accept `string | SecretString` in request params.

/** Secret wherever they appear. */
export const SECRET_FIELD_NAMES = new Set([
  'access_token',
  'api_key',
  'client_secret',
  'code_verifier',
  'data_key',
  'device_code',
  'logout_token',
  'new_password',
  'password',
  'password_hash',
  'pending_authentication_token',
  'refresh_token',
  'secret',
  'token',
  'totp_secret',
]);

/** Secret only inside the named component schemas (a generic name elsewhere). */
export const SECRET_FIELDS_BY_SCHEMA = {
  // The full key is returned once, at creation; later reads only show `obfuscated_value`.
  OrganizationApiKeyWithValue: ['value'],
  UserApiKeyWithValue: ['value'],
};

export function isSecretField(name, schemaName) {
  return SECRET_FIELD_NAMES.has(name) || (schemaName !== undefined && (SECRET_FIELDS_BY_SCHEMA[schemaName] ?? []).includes(name));
}
