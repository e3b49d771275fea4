// budget-gzip: 12288
// @ts-nocheck: the bare specifier resolves only against a built dist/, which test/tsconfig.json cannot assume.
// An edge function making one API call: the client core plus one generated resource, imported by
// subpath so every other resource and model stays out of the bundle.
import { WorkOSClient } from '@workos-edge/sdk/core';
import { Organizations } from '@workos-edge/sdk/resources/organizations';

export default {
  async fetch(request: Request, env: { WORKOS_API_KEY: string }): Promise<Response> {
    const organizations = new Organizations(new WorkOSClient({ apiKey: env.WORKOS_API_KEY }));
    const id = new URL(request.url).searchParams.get('id') ?? '';
    return Response.json(await organizations.getOrganization(id));
  },
};
