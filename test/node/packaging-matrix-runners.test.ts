// The matrix is only as honest as its runners: each must report a known fixture suite's outcomes
// exactly, exit non-zero on a failure, and never turn "ran nothing" into a pass.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs helper without type declarations
import { repoRoot } from '../runners/exports-map.mjs';
// @ts-expect-error: plain .mjs helper without type declarations
import { neutralTestFiles } from '../runners/discover.mjs';

const SAMPLE = 'test/runners/fixtures/suite/sample.test.ts';
const EMPTY = 'test/runners/fixtures/suite/empty.test.ts';

function runRunner(runner: string, files: string): { status: number | null; result: Record<string, number> } {
  const out = spawnSync(process.execPath, [`test/runners/${runner}`], {
    cwd: repoRoot as string,
    encoding: 'utf8',
    env: { ...process.env, WORKOS_MATRIX_FILES: files, NO_COLOR: '1' },
    timeout: 120_000,
  });
  const line = out.stdout.split('\n').reverse().find((l) => l.startsWith('__MATRIX_RESULT__ '));
  if (!line) throw new Error(`${runner} printed no result line:\n${out.stdout}\n${out.stderr}`);
  return { status: out.status, result: JSON.parse(line.slice('__MATRIX_RESULT__ '.length)) as Record<string, number> };
}

describe('runtime runners', () => {
  // Rows that add their own row-only tests (no process/Buffer checks) report 2 more passes.
  it.each([
    ['deno.mjs', 0],
    ['bun.mjs', 0],
    ['workerd-bare.mjs', 2],
    ['edge-runtime.mjs', 2],
  ])('%s reports 2 passed, 1 failed, 1 skipped for the fixture and exits 1', (runner, rowOnly) => {
    const { status, result } = runRunner(runner as string, SAMPLE);
    expect(result).toEqual({ passed: 2 + (rowOnly as number), failed: 1, skipped: 1 });
    expect(status).toBe(1);
  }, 120_000);

  it('fails a run that executed no test', () => {
    const { status, result } = runRunner('deno.mjs', EMPTY);
    expect(result).toEqual({ passed: 0, failed: 0, skipped: 1 });
    expect(status).toBe(1);
  }, 120_000);
});

describe('neutral test discovery', () => {
  it('takes every test/**/*.test.ts outside test/node, test/runners and test/browser', () => {
    const files = neutralTestFiles() as string[];
    expect(files).toContain('test/core/smoke.test.ts');
    expect(files.filter((f) => /^test\/(node|runners|browser)\//.test(f))).toEqual([]);
    expect(files.every((f) => f.endsWith('.test.ts'))).toBe(true);
  });
});
