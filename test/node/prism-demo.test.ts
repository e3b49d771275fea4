// `npm run demo` from the user's side: runs examples/demo.mjs (which builds dist/ if needed, starts
// its own Prism mock and imports the package by name) and checks what it prints.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env['WORKOS_API_KEY'];
    const child = spawn(process.execPath, ['examples/demo.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run demo (against the self-started Prism mock)', () => {
  it('creates, fetches, streams organizations and shows a typed 404 with its request id', async () => {
    const { code, stdout, stderr } = await runDemo();
    console.log(stdout);
    if (code !== 0) console.log(stderr);
    expect(code).toBe(0);
    expect(stdout).toMatch(/using a local mock of the WorkOS API \(Prism on the OpenAPI spec\) at http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toMatch(/^created organization org_\w+ ".+"$/m);
    expect(stdout).toMatch(/^fetched organization org_\w+ ".+" with \d+ domain\(s\)$/m);
    expect(stdout).toMatch(/^streamed 5 organization\(s\) with for await$/m);
    expect(stdout).toMatch(/^typed error: WorkOSNotFoundError kind=api status=404 requestId=req_demo_\d{4} isNotFound=true$/m);
    expect(stdout).toMatch(/^demo finished$/m);
  }, 240_000);
});
