// Every ```ts block in README.md must type-check against the public API, resolved through the
// package's own exports map (so an example importing a subpath that is not exported fails too).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot as root, typeCheck } from './typecheck-support.ts';

function readmeBlocks(): { line: number; code: string }[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks: { line: number; code: string }[] = [];
  const fence = /^```ts\n([\s\S]*?)^```/gm;
  for (const match of text.matchAll(fence)) {
    blocks.push({ line: text.slice(0, match.index).split('\n').length, code: match[1]! });
  }
  return blocks;
}

describe('README examples', () => {
  it('has ts examples and every one type-checks', () => {
    const blocks = readmeBlocks();
    expect(blocks.length).toBeGreaterThan(5);
    const dir = mkdtempSync(join(tmpdir(), 'workos-edge-readme-'));
    try {
      const files = blocks.map((block, i) => {
        const file = join(dir, `example-${String(i).padStart(2, '0')}-line-${block.line}.ts`);
        // Each block is its own module, so top-level await and repeated names are fine.
        writeFileSync(file, `${block.code}\nexport {};\n`);
        return file;
      });
      const problems = typeCheck(files, dir);
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
