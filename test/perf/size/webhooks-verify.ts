// budget-gzip: 3072
// @ts-nocheck: the bare specifier resolves only against a built dist/, which test/tsconfig.json cannot assume.
// A Worker that only verifies WorkOS webhooks: the plain verification path must stay tiny.
import { verifyWebhook, WorkOSWebhookError } from '@workos-edge/sdk/webhooks';

interface Env {
  WORKOS_WEBHOOK_SECRET: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    try {
      const event = await verifyWebhook({ payload: request, secret: env.WORKOS_WEBHOOK_SECRET });
      return Response.json({ received: event.id, event: event.event });
    } catch (error) {
      if (error instanceof WorkOSWebhookError) return new Response(error.reason, { status: 400 });
      throw error;
    }
  },
};
