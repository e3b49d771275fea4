// The README's resource table (accessor → operation count) must match the generated operation table.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/generated/operations.ts';

describe('README resource table', () => {
  it('lists every accessor with its generated operation count', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const section = readme.slice(readme.indexOf('## API resources'), readme.indexOf('Naming and shape:'));
    const rows = Object.fromEntries([...section.matchAll(/^\| `(\w+)` \| (\d+) \|$/gm)].map((m) => [m[1], Number(m[2])]));
    const counts: Record<string, number> = {};
    for (const op of OPERATIONS) counts[op.accessor] = (counts[op.accessor] ?? 0) + 1;
    expect(rows).toEqual(counts);
    expect(Object.values(rows).reduce((a, b) => a + b, 0)).toBe(212);
  });
});
