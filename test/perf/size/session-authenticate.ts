// budget-gzip: 10240
// @ts-nocheck: the bare specifier resolves only against a built dist/, which test/tsconfig.json cannot assume.
// A Worker that reads the AuthKit session cookie, unseals it (iron) and verifies the access token
// against the remote JWKS (fetched once, cached per isolate). No refresh, no request pipeline.
import { authenticateSealedSession } from '@workos-edge/sdk/session';

interface Env {
  WORKOS_CLIENT_ID: string;
  WORKOS_COOKIE_PASSWORD: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const cookie = /(?:^|;\s*)wos-session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    const session = await authenticateSealedSession(cookie, {
      clientId: env.WORKOS_CLIENT_ID,
      cookiePassword: env.WORKOS_COOKIE_PASSWORD,
    });
    if (!session.authenticated) return new Response(session.reason, { status: 401 });
    return Response.json({ user: session.user.id, organization: session.organizationId, role: session.role });
  },
};
