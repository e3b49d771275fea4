// examples/ are real programs: every one type-checks against the public API, and the Worker example
// runs in workerd without nodejs_compat, answering signed, tampered and unauthenticated requests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/webhooks/index.ts';
import { pathsFromExports, repoRoot, typeCheck } from './typecheck-support.ts';

const examples = join(repoRoot, 'examples');

describe('examples', () => {
  it('type-check against the package exports', () => {
    const files = readdirSync(examples).filter((f) => f.endsWith('.ts')).map((f) => join(examples, f));
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(typeCheck(files, examples)).toEqual([]);
  }, 120_000);

  describe('cloudflare-worker.ts in workerd without nodejs_compat', () => {
    let mf: Miniflare;
    const secret = 'whsec_example_secret';

    beforeAll(async () => {
      const paths = pathsFromExports();
      const out = await build({
        entryPoints: [join(examples, 'cloudflare-worker.ts')],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'neutral',
        conditions: ['workerd', 'worker', 'browser'],
        logLevel: 'silent',
        plugins: [
          {
            name: 'package-exports',
            setup(b) {
              b.onResolve({ filter: /^@workos-edge\/sdk(\/.*)?$/ }, (a) => ({ path: paths[a.path]![0]! }));
            },
          },
        ],
      });
      mf = new Miniflare({
        modules: true,
        script: out.outputFiles[0]!.text,
        compatibilityDate: '2026-04-26',
        compatibilityFlags: [],
        bindings: { WORKOS_WEBHOOK_SECRET: secret, WORKOS_CLIENT_ID: 'client_example', WORKOS_COOKIE_PASSWORD: 'x'.repeat(32) },
      });
    }, 60_000);
    afterAll(() => mf?.dispose());

    const payload = JSON.stringify({ id: 'event_1', event: 'user.created', data: { id: 'user_1', email: 'ada@example.com' }, created_at: '2026-12-04T00:00:00.000Z' });

    it('accepts a signed webhook', async () => {
      const response = await mf.dispatchFetch('http://worker/webhooks/workos', {
        method: 'POST',
        headers: { 'WorkOS-Signature': await signWebhook({ payload, secret }) },
        body: payload,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: 'user.created' });
    });

    it('rejects a tampered body with the typed reason', async () => {
      const response = await mf.dispatchFetch('http://worker/webhooks/workos', {
        method: 'POST',
        headers: { 'WorkOS-Signature': await signWebhook({ payload, secret }) },
        body: payload.replace('ada@', 'eve@'),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toBe('signature_mismatch');
    });

    it('answers 401 with the reason when there is no session cookie', async () => {
      const response = await mf.dispatchFetch('http://worker/me');
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('no_session_cookie_provided');
    });
  });
});
