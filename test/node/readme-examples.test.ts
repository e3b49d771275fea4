// Every ```ts block in README.md must type-check against the public API, resolved through the
// package's own exports map (so an example importing a subpath that is not exported fails too).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function readmeBlocks(): { line: number; code: string }[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks: { line: number; code: string }[] = [];
  const fence = /^```ts\n([\s\S]*?)^```/gm;
  for (const match of text.matchAll(fence)) {
    blocks.push({ line: text.slice(0, match.index).split('\n').length, code: match[1]! });
  }
  return blocks;
}

/** `@workos-edge/sdk/<sub>` → the source file its export builds from (dist/<p>.js ← src/<p>.ts). */
function pathsFromExports(): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const paths: Record<string, string[]> = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'object' && target !== null ? (target as Record<string, string>)['default'] : undefined;
    if (file === undefined || !file.startsWith('./dist/')) continue;
    const source = join(root, 'src', file.slice('./dist/'.length).replace(/\.js$/, '.ts'));
    paths[key === '.' ? '@workos-edge/sdk' : `@workos-edge/sdk/${key.slice(2)}`] = [source];
  }
  return paths;
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
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        paths: pathsFromExports(),
      });
      const problems = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file === undefined || d.file.fileName.startsWith(dir))
        .map((d) => {
          const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
          return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
        });
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
