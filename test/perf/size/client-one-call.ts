// budget-gzip: 12288
// @ts-nocheck: the bare specifier resolves only against a built dist/, which test/tsconfig.json cannot assume.
// An edge function making one API call with the client core (the codegen owner switches this to a
// generated resource method); everything else in the SDK must stay out of the bundle.
import { WorkOSClient, path } from '@workos-edge/sdk/core';

export default {
  async fetch(request: Request, env: { WORKOS_API_KEY: string }): Promise<Response> {
    const client = new WorkOSClient({ apiKey: env.WORKOS_API_KEY });
    const id = new URL(request.url).searchParams.get('id') ?? '';
    const org = await client.request({
      operation: 'organizations.getOrganization',
      method: 'GET',
      path: path`/organizations/${id}`,
    });
    return Response.json(org);
  },
};
