// Scans built JavaScript for anything that ties the package to Node: `node:` or Node built-in
// module specifiers, imports of packages that are not declared runtime dependencies, `require`,
// and the Node globals process, Buffer, global, __dirname, __filename, setImmediate. It parses the
// code (oxc, via rolldown) so comments, strings and property names such as `x.process` never trip
// it. The one allowed `process` reference is the guarded `globalThis.process?.env` that
// src/core/env.ts compiles to.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

export const BANNED_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'setImmediate', 'require'];
const builtins = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

function lineOf(code, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < code.length; i++) if (code.charCodeAt(i) === 10) line++;
  return line;
}

const isGlobalObject = (node) => node?.type === 'Identifier' && (node.name === 'globalThis' || node.name === 'self' || node.name === 'window');
const memberName = (node) =>
  node.computed ? (node.property.type === 'Literal' ? String(node.property.value) : undefined) : node.property.name;

/**
 * Returns the violations in one file's code: `[{ line, what }]`.
 * `allowedPackages` are bare specifiers (and their subpaths) the built code may import.
 */
export function scanCode(code, { allowedPackages = [] } = {}) {
  const ast = parseAst(code, { sourceType: 'module' });
  const found = [];
  const report = (node, what) => found.push({ line: lineOf(code, node.start), what });

  const checkSpecifier = (node) => {
    if (node?.type !== 'Literal' || typeof node.value !== 'string') {
      if (node) report(node, 'dynamic import with a computed specifier');
      return;
    }
    const spec = node.value;
    if (spec.startsWith('.') || spec.startsWith('/')) return;
    if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0])) {
      report(node, `imports Node built-in "${spec}"`);
      return;
    }
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (!allowedPackages.includes(pkg)) report(node, `imports "${spec}", which is not a declared runtime dependency`);
  };

  const visit = (node, parent, key) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent, key);
      return;
    }
    if (node === null || typeof node !== 'object' || typeof node.type !== 'string') return;

    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (node.source) checkSpecifier(node.source);
        break;
      case 'ImportExpression':
        checkSpecifier(node.source);
        break;
      case 'MemberExpression': {
        const name = memberName(node);
        if (isGlobalObject(node.object) && BANNED_GLOBALS.includes(name)) {
          const guardedEnv =
            name === 'process' &&
            !node.computed &&
            parent?.type === 'MemberExpression' &&
            key === 'object' &&
            parent.optional === true &&
            memberName(parent) === 'env';
          if (!guardedEnv) report(node, `uses ${node.object.name}.${name}`);
        }
        break;
      }
      case 'Identifier':
        if (BANNED_GLOBALS.includes(node.name)) report(node, `references ${node.name}`);
        return;
    }

    for (const [k, child] of Object.entries(node)) {
      if (k === 'start' || k === 'end' || k === 'type') continue;
      // Names that are not references: `a.process`, `{ process: 1 }`, `class { process() {} }`, labels.
      if (k === 'property' && node.type === 'MemberExpression' && !node.computed) continue;
      if (k === 'key' && !node.computed && ['Property', 'MethodDefinition', 'PropertyDefinition', 'AccessorProperty'].includes(node.type) && !node.shorthand) continue;
      if (k === 'label') continue;
      if ((node.type === 'ImportSpecifier' || node.type === 'ExportSpecifier') && (k === 'imported' || k === 'exported')) continue;
      visit(child, node, k);
    }
  };
  visit(ast, null, null);
  return found;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Scans every `.js`/`.mjs` file under `dir`; returns `[{ file, line, what }]`. */
export function scanDir(dir, options) {
  return walk(dir)
    .filter((f) => /\.m?js$/.test(f))
    .flatMap((file) => scanCode(readFileSync(file, 'utf8'), options).map((v) => ({ file: relative(dir, file), ...v })));
}
