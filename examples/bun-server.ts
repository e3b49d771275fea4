// Bun: `bun examples/bun-server.ts`. Streams every user of an organization as NDJSON, one page in
// memory at a time (the for-await loop follows the cursors; nothing is collected into an array).
import { WorkOS } from '@workos-edge/sdk';

declare const Bun: { serve(options: { port: number; fetch(request: Request): Response | Promise<Response> }): unknown };

const workos = new WorkOS(); // WORKOS_API_KEY from the environment

Bun.serve({
  port: 3000,
  fetch(request) {
    const organizationId = new URL(request.url).searchParams.get('organization') ?? undefined;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        for await (const user of workos.userManagement.listUsers({ organization_id: organizationId, limit: 100 })) {
          controller.enqueue(encoder.encode(`${JSON.stringify({ id: user.id, email: user.email })}\n`));
        }
        controller.close();
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
  },
});
