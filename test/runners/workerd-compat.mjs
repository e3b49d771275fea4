#!/usr/bin/env node
// Row "Cloudflare Workers WITH nodejs_compat": the neutral suite in workerd through
// @cloudflare/vitest-pool-workers (config in workers-test/).
import { reportResult, runVitest } from './lib.mjs';

reportResult(await runVitest(['--config', 'workers-test/vitest.config.ts'], { timeoutMs: 10 * 60_000 }));
