// Type-checks user-facing code (README blocks, examples/) the way a user's project would see the
// package: `@workos-edge/sdk[/sub]` resolved through package.json "exports" to the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `@workos-edge/sdk/<sub>` → the source file its export builds from (dist/<p>.js ← src/<p>.ts). */
export function pathsFromExports(): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const paths: Record<string, string[]> = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'object' && target !== null ? (target as Record<string, string>)['default'] : undefined;
    if (file === undefined || !file.startsWith('./dist/')) continue;
    const source = join(repoRoot, 'src', file.slice('./dist/'.length).replace(/\.js$/, '.ts'));
    paths[key === '.' ? '@workos-edge/sdk' : `@workos-edge/sdk/${key.slice(2)}`] = [source];
  }
  return paths;
}

/** Strict type-check of `files`; returns one line per problem found in them (empty when clean). */
export function typeCheck(files: string[], reportUnder: string): string[] {
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
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || d.file.fileName.startsWith(reportUnder))
    .map((d) => {
      const where = d.file
        ? `${d.file.fileName.slice(reportUnder.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}
