#!/usr/bin/env node
// Row "Chromium": the neutral suite plus test/browser/** in Debian's /usr/bin/chromium through
// vitest browser mode (playwright provider). Mocks from test/node/browser-mocks/ are served on
// the vitest origin under /__mock/<name>/.
import { existsSync } from 'node:fs';
import { reportResult, runVitest } from './lib.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`${chromium} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  reportResult({ passed: 0, failed: 1, note: 'chromium missing' });
} else {
  reportResult(
    await runVitest(['--config', 'test/vitest.config.ts'], { env: { WORKOS_VITEST: 'chromium' }, timeoutMs: 10 * 60_000 }),
  );
}
