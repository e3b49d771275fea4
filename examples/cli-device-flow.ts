// CLI sign-in with device authorization (RFC 8628), e.g. `node --experimental-strip-types` on Node 22+,
// `bun`, or `deno run --allow-net`. A public client: only the client id, no API key.
import { WorkOSClient } from '@workos-edge/sdk/core';
import { pollDeviceAuthorization, startDeviceAuthorization } from '@workos-edge/sdk/authkit';

const client = new WorkOSClient({ clientId: 'client_123' });

const start = await startDeviceAuthorization(client);
console.log(`Open ${start.verification_uri_complete ?? start.verification_uri} and confirm the code ${start.user_code}`);
// Honours `interval`, `slow_down` (+5 s) and the `expires_in` deadline; Ctrl-C aborts.
const controller = new AbortController();
const { user, refresh_token } = await pollDeviceAuthorization(client, start, { signal: controller.signal });
console.log(`Signed in as ${user.email}; keep the refresh token in the OS keychain (${refresh_token})`);
