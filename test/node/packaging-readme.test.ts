// Keeps the README's "Runtime support" section true: its table is the matrix npm test runs, and
// every size scenario npm run size measures is reported there.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helper without type declarations
import { repoRoot } from '../runners/exports-map.mjs';
// @ts-expect-error: plain .mjs helper without type declarations
import { RUNTIMES } from '../runners/runtimes.mjs';

type Row = { step: string; runtime: string; version: string; import: string; args: string[] };
const readme = readFileSync(join(repoRoot as string, 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" heading`);
  const level = heading.split(' ')[0]!;
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

const cells = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(' | ').map((c) => c.trim());

describe('README runtime support', () => {
  const support = section('## Runtime support');

  it('lists exactly the runtimes npm test runs, in order, with version and import', () => {
    const lines = support.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| runtime | version tested | how to import |'));
    expect(header).toBeGreaterThanOrEqual(0);
    const rows: string[][] = [];
    for (const line of lines.slice(header + 2)) {
      if (!line.startsWith('|')) break;
      rows.push(cells(line));
    }
    expect(rows).toEqual((RUNTIMES as Row[]).map((r) => [r.runtime, r.version, r.import]));
  });

  it('reports a size figure for every npm run size scenario', () => {
    const scenarios = readdirSync(join(repoRoot as string, 'test/perf/size'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => basename(f, '.ts'));
    expect(scenarios.length).toBeGreaterThan(0);
    for (const name of scenarios) expect(support).toContain(`(\`${name}\`)`);
  });

  it('documents every runner in the testing section', () => {
    const testing = section('### Testing and the runtime matrix');
    for (const r of RUNTIMES as Row[]) expect(testing).toContain(basename(r.args[0]!));
  });
});
