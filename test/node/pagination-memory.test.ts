// Streaming keeps memory flat: measured in a child Node with --expose-gc so garbage is really collected.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Streams 100 000 items over 1 000 pages from an in-memory transport; samples the heap after a forced GC
// at page 100 and page 1 000. With `collect`, the items are kept, which proves the measurement can see growth.
const program = `
import { WorkOSClient } from ${JSON.stringify(join(root, 'src/core/client.ts'))};
const collect = process.argv.includes('collect');
let pages = 0;
const samples = {};
const transport = {
  async send(request) {
    const after = new URL(request.url).searchParams.get('after');
    const start = after === null ? 0 : Number(after) + 1;
    pages++;
    if (pages === 100 || pages === 1000) { globalThis.gc(); samples[pages] = process.memoryUsage().heapUsed; }
    const data = Array.from({ length: 100 }, (_, i) => ({ id: 'item_' + (start + i), name: 'Item number ' + (start + i), payload: 'x'.repeat(64) }));
    const next = start + 100 < 100000 ? String(start + 99) : null;
    return new Response(JSON.stringify({ data, list_metadata: { before: null, after: next } }));
  },
};
const client = new WorkOSClient({ apiKey: 'sk_test', transport });
const kept = [];
let count = 0;
for await (const item of client.requestPage({ operation: 'op', method: 'GET', path: '/items', query: { limit: 100 } })) {
  count++;
  if (collect) kept.push(item);
}
console.log(JSON.stringify({ count, pages, growth: samples[1000] - samples[100] }));
`;

function run(dir: string, mode: string): { count: number; pages: number; growth: number } {
  const result = spawnSync(process.execPath, ['--expose-gc', join(dir, 'program.mjs'), mode], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

describe('pagination memory', () => {
  it('stays flat while streaming 100 000 items across 1 000 pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workos-edge-mem-'));
    try {
      writeFileSync(join(dir, 'entry.ts'), program);
      await build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'program.mjs'), logLevel: 'silent' });
      const streamed = run(dir, 'stream');
      const collected = run(dir, 'collect');
      expect(streamed.count).toBe(100_000);
      expect(streamed.pages).toBe(1000);
      // Holding the items costs ~15 MB here; streaming must stay within 2 MB of page 100.
      expect(collected.growth).toBeGreaterThan(10 * 1024 * 1024);
      expect(streamed.growth).toBeLessThan(2 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
