// One config, three suites, picked with WORKOS_VITEST (the matrix runner sets it per row):
//   node (default)  neutral suite + test/node/** in this Node: the quick local run
//   neutral         neutral suite only (used for Node 22 and 24)
//   chromium        neutral suite + test/browser/** in Chromium via vitest browser mode
// `npx vitest run --config test/vitest.config.ts <dir>` keeps working for a quick Node run.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.env['WORKOS_VITEST'] ?? 'node';
const neutralExclude = ['test/node/**', 'test/runners/**', 'test/browser/**', 'node_modules/**'];

/**
 * Mounts each default-exported Connect handler in test/node/browser-mocks/*.ts at
 * /__mock/<basename>/ on the vitest server, so browser tests can fetch a mock on their own origin.
 */
function browserMocks(): Plugin {
  const dir = join(root, 'test/node/browser-mocks');
  return {
    name: 'workos-browser-mocks',
    async configureServer(server) {
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).sort() : [];
      for (const file of files) {
        const mod = (await server.ssrLoadModule(join(dir, file))) as { default?: unknown };
        if (typeof mod.default !== 'function') {
          throw new Error(`test/node/browser-mocks/${file} must default-export a (req, res, next) handler`);
        }
        server.middlewares.use(`/__mock/${basename(file, '.ts')}`, mod.default as never);
      }
    },
  };
}

async function chromium() {
  const { playwright } = await import('@vitest/browser-playwright');
  return defineConfig({
    plugins: [browserMocks()],
    test: {
      root,
      include: ['test/**/*.test.ts'],
      exclude: ['test/node/**', 'test/runners/**', 'node_modules/**'],
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
            args: [
              '--headless',
              '--no-sandbox',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
              '--no-first-run',
            ],
          },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  });
}

export default mode === 'chromium'
  ? await chromium()
  : defineConfig({
      test: {
        root,
        include: ['test/**/*.test.ts'],
        exclude: mode === 'neutral' ? neutralExclude : ['test/runners/**', 'test/browser/**', 'node_modules/**'],
      },
    });
