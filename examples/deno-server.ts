// Deno: `deno run --allow-net --allow-env examples/deno-server.ts` (import from 'npm:@workos-edge/sdk'
// or 'jsr:@workos-edge/sdk' outside this repository). WORKOS_API_KEY is read from the environment.
import { WorkOS, WorkOSApiError } from '@workos-edge/sdk';

declare const Deno: { serve(handler: (request: Request) => Promise<Response>): unknown };

const workos = new WorkOS();

Deno.serve(async (request) => {
  const id = new URL(request.url).searchParams.get('organization') ?? '';
  try {
    const organization = await workos.organizations.getOrganization(id);
    return Response.json(organization);
  } catch (error) {
    if (error instanceof WorkOSApiError) return Response.json({ error: error.message, requestId: error.requestId }, { status: error.status });
    throw error;
  }
});
