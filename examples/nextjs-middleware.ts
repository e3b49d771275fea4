// Next.js middleware (Vercel Edge runtime): let signed-in users through, send the rest to AuthKit.
// Save as middleware.ts in a Next.js app; it uses only web-standard Request/Response, so no
// `next/server` import is needed for the check itself.
import { getAuthorizationUrl } from '@workos-edge/sdk/authkit';
import { authenticateSealedSession } from '@workos-edge/sdk/session';

const clientId = 'client_123'; // process.env.WORKOS_CLIENT_ID in your app
const cookiePassword = 'a-cookie-password-of-at-least-32-characters'; // process.env.WORKOS_COOKIE_PASSWORD

export const config = { matcher: ['/dashboard/:path*'] };

export default async function middleware(request: Request): Promise<Response | undefined> {
  const cookie = /(?:^|;\s*)wos-session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  const session = await authenticateSealedSession(cookie, { clientId, cookiePassword });
  if (session.authenticated) return undefined; // continue to the page
  const url = getAuthorizationUrl({ clientId }, { provider: 'authkit', redirectUri: new URL('/callback', request.url).href });
  return Response.redirect(url, 302);
}
