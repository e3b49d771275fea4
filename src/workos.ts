import { GeneratedWorkOS } from './generated/client.ts';

/**
 * The WorkOS client with every API resource as a lazily created accessor
 * (`workos.organizations`, `workos.userManagement`, …).
 *
 * @example
 * ```ts
 * import { WorkOS } from '@workos-edge/sdk';
 * const workos = new WorkOS({ apiKey: 'sk_test_123' });
 * const organization = await workos.organizations.getOrganization('org_123');
 * ```
 */
export class WorkOS extends GeneratedWorkOS {}
