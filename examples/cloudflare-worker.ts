// Cloudflare Worker (runs with or without nodejs_compat): a webhook endpoint and a session-protected
// route. `npx wrangler dev examples/cloudflare-worker.ts` with WORKOS_WEBHOOK_SECRET, WORKOS_CLIENT_ID
// and WORKOS_COOKIE_PASSWORD set as vars or secrets. test/node/examples.test.ts runs it in workerd.
import { authenticateSealedSession } from '@workos-edge/sdk/session';
import { isWebhookEvent, verifyWebhook, WorkOSWebhookError } from '@workos-edge/sdk/webhooks';

export interface Env {
  WORKOS_WEBHOOK_SECRET: string;
  WORKOS_CLIENT_ID: string;
  WORKOS_COOKIE_PASSWORD: string;
}

async function webhook(request: Request, env: Env): Promise<Response> {
  try {
    // The Request itself: its raw body is read once and verified before any JSON parsing.
    const event = await verifyWebhook({ payload: request, secret: env.WORKOS_WEBHOOK_SECRET });
    if (isWebhookEvent(event, 'user.created')) console.log('new user', event.data.email);
    return Response.json({ received: event.event });
  } catch (error) {
    if (error instanceof WorkOSWebhookError) return new Response(error.reason, { status: 400 });
    throw error;
  }
}

async function me(request: Request, env: Env): Promise<Response> {
  const cookie = /(?:^|;\s*)wos-session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  const session = await authenticateSealedSession(cookie, { clientId: env.WORKOS_CLIENT_ID, cookiePassword: env.WORKOS_COOKIE_PASSWORD });
  if (!session.authenticated) return new Response(session.reason, { status: 401 });
  return Response.json({ email: session.user.email, organization: session.organizationId });
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname === '/webhooks/workos') return webhook(request, env);
    if (pathname === '/me') return me(request, env);
    return new Response('not found', { status: 404 });
  },
};
