// Shared plumbing for the per-runtime runners: child processes with streamed output, the esbuild
// bundle of the neutral suite with the vitest shim, and the one result line every runner ends with.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './exports-map.mjs';

export const shimPath = join(repoRoot, 'test/runners/shim/vitest.ts');
export const RESULT_PREFIX = '__MATRIX_RESULT__ ';

/** Prints the machine-readable line test-all.mjs reads, and sets the exit code. */
export function reportResult(result) {
  const line = { passed: result.passed | 0, failed: result.failed | 0, skipped: result.skipped | 0 };
  if (result.note) line.note = String(result.note);
  console.log(`\n${RESULT_PREFIX}${JSON.stringify(line)}`);
  process.exitCode = line.failed > 0 || line.passed === 0 ? 1 : 0;
}

/** Prints a shim result (failures in full, then a count line). */
export function printShimResult(label, r) {
  for (const f of r.failures) console.log(`\n✗ ${f.name}\n  ${f.message.split('\n').join('\n  ')}`);
  console.log(`\n${label}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.durationMs} ms in runtime)`);
}

/** Runs a command, teeing its output; resolves with { code, output }. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (stream) => (chunk) => {
      output += chunk;
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          output += `\n[runner] ${cmd} timed out after ${options.timeoutMs} ms\n`;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('error', (error) => {
      output += `\n[runner] failed to start ${cmd}: ${error.message}\n`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** Strips ANSI colours so summaries can be parsed. */
export const plain = (s) => s.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * Bundles a generated entry with the vitest shim swapped in for `vitest`, resolving packages the
 * way Workers and edge runtimes do (no Node polyfills).
 */
export async function bundleSuite(entry, { format, globalName } = { format: 'esm' }) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format,
    ...(globalName ? { globalName } : {}),
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    alias: { vitest: shimPath },
    logLevel: 'error',
    // package.json says sideEffects: false, which would let esbuild drop the bare `import './x.test.ts'`
    // lines of the generated entry; test files are nothing but side effects.
    plugins: [
      {
        name: 'test-files-have-side-effects',
        setup(build) {
          build.onResolve({ filter: /\.test\.ts$/ }, (args) => ({
            path: join(args.resolveDir, args.path),
            sideEffects: true,
          }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/**
 * Runs `vitest run <args>` (under `nodeBin`, default this node) with a JSON report on the side and
 * returns its counts. A test file that fails to load counts as one failure.
 */
export async function runVitest(args, { env = {}, nodeBin = process.execPath, timeoutMs } = {}) {
  const outFile = join(tmpdir(), `workos-vitest-${process.pid}-${Date.now()}.json`);
  const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');
  const { code, output } = await run(
    nodeBin,
    [vitest, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${outFile}`],
    { env, timeoutMs },
  );
  if (!existsSync(outFile)) {
    return { passed: 0, failed: 1, note: `vitest exited ${code} without a report: ${plain(output).slice(-300)}` };
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  rmSync(outFile, { force: true });
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}
