// budget-gzip: 46080
// @ts-nocheck: the bare specifier resolves only against a built dist/, which test/tsconfig.json cannot assume.
// The convenience client: `WorkOS` from the package root carries every resource accessor and every
// response schema, whatever is called. Budgeted so it stays well under the incumbent's ~53 KB.
import { WorkOS } from '@workos-edge/sdk';

export default {
  async fetch(_request: Request, env: { WORKOS_API_KEY: string }): Promise<Response> {
    const workos = new WorkOS({ apiKey: env.WORKOS_API_KEY });
    return Response.json(await workos.organizations.getOrganization('org_123'));
  },
};
