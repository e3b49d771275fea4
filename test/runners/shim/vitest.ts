// A small stand-in for the part of vitest's API the runtime-neutral suite may use. Runtimes that
// cannot load vitest (Deno, the bundled workerd and edge-runtime rows) import this module instead,
// through an import map or a bundler alias. It uses web-standard globals only, so it runs anywhere
// the suite runs. The matcher list is deliberately exactly the one the project rules allow: a test
// using anything else fails here instead of passing in Node only.

type Awaitable<T> = T | Promise<T>;
type TestFn = (context: Record<string, never>) => Awaitable<unknown>;
type HookFn = () => Awaitable<unknown>;

interface TestCase {
  readonly name: string;
  readonly fn: TestFn;
  readonly timeout: number;
  readonly skip: boolean;
}

interface Suite {
  readonly name: string;
  readonly skip: boolean;
  readonly children: Array<Suite | TestCase>;
  readonly beforeAll: HookFn[];
  readonly afterAll: HookFn[];
  readonly beforeEach: HookFn[];
  readonly afterEach: HookFn[];
}

/** One failed test (or hook) with its full name and a printable reason. */
export interface ShimFailure {
  readonly name: string;
  readonly message: string;
}

/** What a run produced; every runner prints these counts. */
export interface ShimResult {
  passed: number;
  failed: number;
  skipped: number;
  failures: ShimFailure[];
  durationMs: number;
}

/** Options for {@link Harness.run}. */
export interface RunOptions {
  /** Called after every test, for progress output. */
  readonly onTestEnd?: (name: string, status: 'passed' | 'failed' | 'skipped', error?: string) => void;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function isSuite(node: Suite | TestCase): node is Suite {
  return 'children' in node;
}

function newSuite(name: string, skip: boolean): Suite {
  return { name, skip, children: [], beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] };
}

/** Runs a promise-returning function with a deadline; the timer is cleared so runtimes can exit. */
async function withTimeout(fn: () => Awaitable<unknown>, ms: number, label: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([Promise.resolve().then(fn), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const stack = typeof error.stack === 'string' ? error.stack : '';
    const head = `${error.name}: ${error.message}`;
    const frames = stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 4)
      .join('\n');
    return frames ? `${head}\n${frames}` : head;
  }
  return `thrown non-error: ${format(error)}`;
}

type EachRow = readonly unknown[] | Record<string, unknown> | unknown;

function formatEachName(template: string, row: EachRow, index: number): string {
  const args = Array.isArray(row) ? row : [row];
  let i = 0;
  let name = template.replace(/%[sdifjo#%]/g, (token) => {
    if (token === '%%') return '%';
    if (token === '%#') return String(index);
    const value = args[i++];
    return token === '%s' ? (typeof value === 'string' ? value : format(value)) : format(value);
  });
  if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
    name = name.replace(/\$([A-Za-z_][\w.]*)/g, (whole, key: string) =>
      key in (row as Record<string, unknown>) ? format((row as Record<string, unknown>)[key]) : whole,
    );
  }
  return name;
}

/** A `describe`/`it` registry with its own root, so the shim itself can be tested in isolation. */
export interface Harness {
  readonly describe: DescribeApi;
  readonly it: ItApi;
  readonly test: ItApi;
  readonly beforeAll: (fn: HookFn) => void;
  readonly afterAll: (fn: HookFn) => void;
  readonly beforeEach: (fn: HookFn) => void;
  readonly afterEach: (fn: HookFn) => void;
  /** Runs every registered test once, in registration order. */
  readonly run: (options?: RunOptions) => Promise<ShimResult>;
}

type TestOptions = { timeout?: number };
interface ItApi {
  (name: string, fn?: TestFn, timeout?: number): void;
  (name: string, options: TestOptions, fn: TestFn): void;
  skip: (name: string, fn?: TestFn, timeout?: number) => void;
  each: (table: readonly EachRow[]) => (name: string, fn: (...args: any[]) => Awaitable<unknown>, timeout?: number) => void;
}
interface DescribeApi {
  (name: string, fn: () => void): void;
  skip: (name: string, fn: () => void) => void;
  each: (table: readonly EachRow[]) => (name: string, fn: (...args: any[]) => void) => void;
}

/** Creates an independent registry and runner. */
export function createHarness(): Harness {
  const root = newSuite('', false);
  let current = root;

  const addTest = (name: string, a: unknown, b: unknown, skip: boolean): void => {
    let fn: TestFn | undefined;
    let timeout = DEFAULT_TIMEOUT_MS;
    if (typeof a === 'function') {
      fn = a as TestFn;
      if (typeof b === 'number') timeout = b;
    } else if (a !== null && typeof a === 'object') {
      const opts = a as TestOptions;
      if (typeof opts.timeout === 'number') timeout = opts.timeout;
      if (typeof b === 'function') fn = b as TestFn;
    }
    current.children.push({ name, fn: fn ?? (() => undefined), timeout, skip: skip || fn === undefined });
  };

  const addSuite = (name: string, fn: () => void, skip: boolean): void => {
    const suite = newSuite(name, skip || current.skip);
    current.children.push(suite);
    const parent = current;
    current = suite;
    try {
      const out = fn() as unknown;
      if (out instanceof Promise) throw new Error(`describe("${name}") callback must be synchronous`);
    } finally {
      current = parent;
    }
  };

  const it = ((name: string, a?: unknown, b?: unknown) => addTest(name, a, b, current.skip)) as ItApi;
  it.skip = (name, fn, timeout) => addTest(name, fn, timeout, true);
  it.each = (table) => (name, fn, timeout) => {
    table.forEach((row, index) => {
      const args = Array.isArray(row) ? row : [row];
      addTest(formatEachName(name, row, index), () => fn(...args), timeout, current.skip);
    });
  };

  const describe = ((name: string, fn: () => void) => addSuite(name, fn, false)) as DescribeApi;
  describe.skip = (name, fn) => addSuite(name, fn, true);
  describe.each = (table) => (name, fn) => {
    table.forEach((row, index) => {
      const args = Array.isArray(row) ? row : [row];
      addSuite(formatEachName(name, row, index), () => fn(...args), false);
    });
  };

  const run = async (options: RunOptions = {}): Promise<ShimResult> => {
    const started = Date.now();
    const result: ShimResult = { passed: 0, failed: 0, skipped: 0, failures: [], durationMs: 0 };
    const fail = (name: string, error: unknown): void => {
      result.failed++;
      const message = describeError(error);
      result.failures.push({ name, message });
      options.onTestEnd?.(name, 'failed', message);
    };

    const countTests = (suite: Suite): number =>
      suite.children.reduce((n, c) => n + (isSuite(c) ? countTests(c) : 1), 0);

    const runSuite = async (suite: Suite, path: string[], eachChain: Suite[]): Promise<void> => {
      const chain = [...eachChain, suite];
      const label = (n: string): string => [...path, suite.name, n].filter(Boolean).join(' > ');
      if (suite.skip) {
        const n = countTests(suite);
        result.skipped += n;
        return;
      }
      try {
        for (const hook of suite.beforeAll) await withTimeout(hook, DEFAULT_TIMEOUT_MS, 'beforeAll');
      } catch (error) {
        // A failed beforeAll fails every test under it, as vitest does, so counts stay honest.
        const n = countTests(suite);
        for (let i = 0; i < n; i++) fail(label(`(beforeAll) test ${i + 1}`), error);
        return;
      }
      for (const child of suite.children) {
        if (isSuite(child)) {
          await runSuite(child, [...path, suite.name], chain);
          continue;
        }
        const name = label(child.name);
        if (child.skip) {
          result.skipped++;
          options.onTestEnd?.(name, 'skipped');
          continue;
        }
        let error: unknown;
        let failed = false;
        try {
          for (const s of chain) for (const hook of s.beforeEach) await withTimeout(hook, child.timeout, 'beforeEach');
          await withTimeout(() => child.fn({}), child.timeout, 'test');
        } catch (e) {
          failed = true;
          error = e;
        }
        for (const s of [...chain].reverse()) {
          for (const hook of s.afterEach) {
            try {
              await withTimeout(hook, child.timeout, 'afterEach');
            } catch (e) {
              if (!failed) error = e;
              failed = true;
            }
          }
        }
        if (failed) {
          fail(name, error);
        } else {
          result.passed++;
          options.onTestEnd?.(name, 'passed');
        }
      }
      for (const hook of suite.afterAll) {
        try {
          await withTimeout(hook, DEFAULT_TIMEOUT_MS, 'afterAll');
        } catch (error) {
          fail(label('(afterAll)'), error);
        }
      }
    };

    await runSuite(root, [], []);
    result.durationMs = Date.now() - started;
    return result;
  };

  return {
    describe,
    it,
    test: it,
    beforeAll: (fn) => void current.beforeAll.push(fn),
    afterAll: (fn) => void current.afterAll.push(fn),
    beforeEach: (fn) => void current.beforeEach.push(fn),
    afterEach: (fn) => void current.afterEach.push(fn),
    run,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting and equality
// ---------------------------------------------------------------------------------------------

/** Renders a value for failure messages: short, deterministic, cycle-safe. */
export function format(value: unknown, depth = 0, seen: unknown[] = []): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.includes(value)) return '[Circular]';
  if (depth > 4) return Array.isArray(value) ? '[Array]' : '[Object]';
  const next = [...seen, value];
  if (value instanceof Error) return `${value.name}(${JSON.stringify(value.message)})`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (value instanceof RegExp) return String(value);
  if (value instanceof URL) return `URL(${value.href})`;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const shown = Array.from(bytes.slice(0, 32)).join(', ');
    return `${value.constructor.name}[${shown}${bytes.length > 32 ? `, … (${bytes.length} bytes)` : ''}]`;
  }
  if (value instanceof Map) {
    return `Map{${Array.from(value, ([k, v]) => `${format(k, depth + 1, next)} => ${format(v, depth + 1, next)}`).join(', ')}}`;
  }
  if (value instanceof Set) return `Set{${Array.from(value, (v) => format(v, depth + 1, next)).join(', ')}}`;
  if (Array.isArray(value)) return `[${value.map((v) => format(v, depth + 1, next)).join(', ')}]`;
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  const ctor = proto === null ? 'Object(null)' : proto === Object.prototype ? '' : `${proto.constructor?.name ?? 'Object'} `;
  const body = Object.keys(value)
    .map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${format((value as Record<string, unknown>)[k], depth + 1, next)}`)
    .join(', ');
  return `${ctor}{${body}}`;
}

const tag = (v: unknown): string => Object.prototype.toString.call(v);

function bytesOf(v: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v);
}

/** Whether `p` is some realm's `Object.prototype` (the edge-runtime sandbox hands out host-realm objects). */
function isObjectPrototype(p: unknown): boolean {
  return p !== null && typeof p === 'object' && Object.getPrototypeOf(p) === null && (p as { constructor?: { name?: string } }).constructor?.name === 'Object';
}

/** `toStrictEqual`'s type check, realm-tolerant like vitest's: arrays always match each other. */
function sameType(a: object, b: object): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return true;
  const pa = Object.getPrototypeOf(a) as unknown;
  const pb = Object.getPrototypeOf(b) as unknown;
  return pa === pb || (isObjectPrototype(pa) && isObjectPrototype(pb));
}

/**
 * Deep equality. `strict` adds what `toStrictEqual` checks on top of `toEqual`: same prototype,
 * `undefined`-valued keys count as present, and array holes differ from `undefined`.
 */
export function deepEqual(a: unknown, b: unknown, strict: boolean, seen: Array<[unknown, unknown]> = []): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (seen.some(([x, y]) => x === a && y === b)) return true;
  const pairs: Array<[unknown, unknown]> = [...seen, [a, b]];
  if (tag(a) !== tag(b)) return false;
  if (strict && !sameType(a, b)) return false;

  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (a instanceof RegExp && b instanceof RegExp) return a.source === b.source && a.flags === b.flags;
  if (a instanceof URL && b instanceof URL) return a.href === b.href;
  // Tags, not instanceof: typed arrays may come from another realm (edge-runtime's TextEncoder).
  // Equal tags already imply the same typed-array kind.
  const isBytes = (v: object): boolean => ArrayBuffer.isView(v) || tag(v) === '[object ArrayBuffer]';
  if (isBytes(a) && isBytes(b)) {
    const x = bytesOf(a as ArrayBuffer);
    const y = bytesOf(b as ArrayBuffer);
    return x.length === y.length && x.every((byte, i) => byte === y[i]);
  }
  if (a instanceof Error && b instanceof Error) {
    if (a.name !== b.name || a.message !== b.message) return false;
    if (!deepEqual((a as { cause?: unknown }).cause, (b as { cause?: unknown }).cause, strict, pairs)) return false;
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !deepEqual(v, b.get(k), strict, pairs)) return false;
    }
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    outer: for (const v of a) {
      if (b.has(v)) continue;
      for (const w of b) if (deepEqual(v, w, strict, pairs)) continue outer;
      return false;
    }
    return true;
  }
  if (typeof Headers !== 'undefined' && a instanceof Headers && b instanceof Headers) {
    return deepEqual(Object.fromEntries(a), Object.fromEntries(b), strict, pairs);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (strict && (i in a) !== (i in b)) return false;
      if (!deepEqual(a[i], b[i], strict, pairs)) return false;
    }
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>): string[] =>
    Object.keys(o).filter((k) => strict || o[k] !== undefined);
  const ka = keys(ra);
  const kb = keys(rb);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(rb, k) && !(rb[k] === undefined && !strict)) return false;
    if (!deepEqual(ra[k], rb[k], strict, pairs)) return false;
  }
  const sa = Object.getOwnPropertySymbols(a).filter((s) => Object.prototype.propertyIsEnumerable.call(a, s));
  const sb = Object.getOwnPropertySymbols(b).filter((s) => Object.prototype.propertyIsEnumerable.call(b, s));
  if (sa.length !== sb.length) return false;
  return sa.every((s) => deepEqual((a as Record<symbol, unknown>)[s], (b as Record<symbol, unknown>)[s], strict, pairs));
}

/** `toMatchObject`: every property in `expected` (recursively) must equal the one in `actual`. */
export function matchesObject(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matchesObject(actual[i], e));
  }
  if (expected === null || typeof expected !== 'object' || expected instanceof Date || expected instanceof RegExp || expected instanceof Map || expected instanceof Set || ArrayBuffer.isView(expected)) {
    return deepEqual(actual, expected, false);
  }
  if (actual === null || typeof actual !== 'object') return false;
  return Object.keys(expected).every(
    (k) => k in (actual as object) && matchesObject((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]),
  );
}

// ---------------------------------------------------------------------------------------------
// expect
// ---------------------------------------------------------------------------------------------

/** Thrown by a failing matcher. */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
}

type Mode = 'value' | 'resolves' | 'rejects';

/** The matchers the project allows (see the project rules); `.not`, `.resolves`, `.rejects` chain. */
export interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toStrictEqual(expected: unknown): R;
  toMatchObject(expected: object): R;
  toBeInstanceOf(ctor: abstract new (...args: any[]) => unknown): R;
  toThrow(expected?: string | RegExp | (abstract new (...args: any[]) => unknown) | Error): R;
  toBeUndefined(): R;
  toBeDefined(): R;
  toBeNull(): R;
  toBeTruthy(): R;
  toBeFalsy(): R;
  toContain(item: unknown): R;
  toHaveLength(length: number): R;
  toMatch(expected: string | RegExp): R;
  toBeGreaterThan(n: number | bigint): R;
  toBeGreaterThanOrEqual(n: number | bigint): R;
  toBeLessThan(n: number | bigint): R;
  toBeLessThanOrEqual(n: number | bigint): R;
  toHaveProperty(path: string | ReadonlyArray<string | number>, value?: unknown): R;
  toBeTypeOf(type: 'string' | 'number' | 'bigint' | 'boolean' | 'symbol' | 'undefined' | 'object' | 'function'): R;
}

/** What `expect(x)` returns. */
export interface Assertion extends Matchers<void> {
  readonly not: Assertion;
  readonly resolves: Matchers<Promise<void>> & { readonly not: Matchers<Promise<void>> };
  readonly rejects: Matchers<Promise<void>> & { readonly not: Matchers<Promise<void>> };
}

interface Verdict {
  pass: boolean;
  message: () => string;
}

function propertyPath(path: string | ReadonlyArray<string | number>): Array<string | number> {
  if (typeof path !== 'string') return [...path];
  return path
    .replace(/\[(\w+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '');
}

function throwVerdict(thrown: { threw: boolean; error?: unknown }, expected: unknown): Verdict {
  if (!thrown.threw) {
    return { pass: false, message: () => 'expected function to throw, but it returned normally' };
  }
  const err = thrown.error;
  const msg = err instanceof Error ? err.message : typeof err === 'string' ? err : format(err);
  const shown = err instanceof Error ? `${err.name}: ${err.message}` : format(err);
  if (expected === undefined) return { pass: true, message: () => `expected not to throw, but it threw ${shown}` };
  if (typeof expected === 'function') {
    const pass = err instanceof (expected as new () => unknown);
    return { pass, message: () => `expected thrown error to be an instance of ${(expected as { name: string }).name}, got ${shown}` };
  }
  if (typeof expected === 'string') {
    return { pass: msg.includes(expected), message: () => `expected thrown message to include ${JSON.stringify(expected)}, got ${shown}` };
  }
  if (expected instanceof RegExp) {
    return { pass: expected.test(msg), message: () => `expected thrown message to match ${String(expected)}, got ${shown}` };
  }
  if (expected instanceof Error) {
    return { pass: msg === expected.message, message: () => `expected thrown message to be ${JSON.stringify(expected.message)}, got ${shown}` };
  }
  throw new AssertionError(`toThrow() does not accept ${format(expected)}`);
}

function compare(actual: unknown, n: number | bigint, op: string, ok: (a: number | bigint) => boolean): Verdict {
  if (typeof actual !== 'number' && typeof actual !== 'bigint') {
    return { pass: false, message: () => `expected a number to be ${op} ${format(n)}, got ${format(actual)}` };
  }
  return { pass: ok(actual), message: () => `expected ${format(actual)} to be ${op} ${format(n)}` };
}

function evaluate(name: string, actual: unknown, args: unknown[], thrown?: { threw: boolean; error?: unknown }): Verdict {
  const [e, v] = args;
  switch (name) {
    case 'toBe':
      return {
        pass: Object.is(actual, e),
        message: () =>
          `expected ${format(actual)} to be ${format(e)}` +
          (typeof actual === 'object' && actual !== null && deepEqual(actual, e, true) ? ' (deeply equal but not the same reference: use toStrictEqual)' : ''),
      };
    case 'toEqual':
      return { pass: deepEqual(actual, e, false), message: () => `expected ${format(actual)} to equal ${format(e)}` };
    case 'toStrictEqual':
      return { pass: deepEqual(actual, e, true), message: () => `expected ${format(actual)} to strictly equal ${format(e)}` };
    case 'toMatchObject':
      return { pass: matchesObject(actual, e), message: () => `expected ${format(actual)} to match object ${format(e)}` };
    case 'toBeInstanceOf': {
      const ctor = e as abstract new () => unknown;
      return { pass: typeof ctor === 'function' && actual instanceof ctor, message: () => `expected ${format(actual)} to be an instance of ${ctor?.name}` };
    }
    case 'toThrow': {
      let outcome = thrown;
      if (!outcome) {
        if (typeof actual !== 'function') throw new AssertionError(`toThrow() expects a function, got ${format(actual)}`);
        try {
          (actual as () => unknown)();
          outcome = { threw: false };
        } catch (error) {
          outcome = { threw: true, error };
        }
      }
      return throwVerdict(outcome, e);
    }
    case 'toBeUndefined':
      return { pass: actual === undefined, message: () => `expected ${format(actual)} to be undefined` };
    case 'toBeDefined':
      return { pass: actual !== undefined, message: () => `expected value to be defined` };
    case 'toBeNull':
      return { pass: actual === null, message: () => `expected ${format(actual)} to be null` };
    case 'toBeTruthy':
      return { pass: Boolean(actual), message: () => `expected ${format(actual)} to be truthy` };
    case 'toBeFalsy':
      return { pass: !actual, message: () => `expected ${format(actual)} to be falsy` };
    case 'toContain': {
      let pass: boolean;
      if (typeof actual === 'string') pass = typeof e === 'string' && actual.includes(e);
      else if (actual !== null && typeof actual === 'object' && Symbol.iterator in actual) pass = Array.from(actual as Iterable<unknown>).some((x) => x === e);
      else throw new AssertionError(`toContain() expects a string or an iterable, got ${format(actual)}`);
      return { pass, message: () => `expected ${format(actual)} to contain ${format(e)}` };
    }
    case 'toHaveLength': {
      const len = (actual as { length?: unknown } | null | undefined)?.length;
      return { pass: len === e, message: () => `expected ${format(actual)} to have length ${format(e)}, got ${format(len)}` };
    }
    case 'toMatch': {
      if (typeof actual !== 'string') return { pass: false, message: () => `expected a string to match, got ${format(actual)}` };
      const pass = typeof e === 'string' ? actual.includes(e) : (e as RegExp).test(actual);
      return { pass, message: () => `expected ${format(actual)} to match ${format(e)}` };
    }
    case 'toBeGreaterThan':
      return compare(actual, e as number, '>', (a) => a > (e as number));
    case 'toBeGreaterThanOrEqual':
      return compare(actual, e as number, '>=', (a) => a >= (e as number));
    case 'toBeLessThan':
      return compare(actual, e as number, '<', (a) => a < (e as number));
    case 'toBeLessThanOrEqual':
      return compare(actual, e as number, '<=', (a) => a <= (e as number));
    case 'toHaveProperty': {
      const keys = propertyPath(e as string);
      let cursor: unknown = actual;
      let found = true;
      for (const key of keys) {
        if (cursor === null || cursor === undefined || !(key in Object(cursor))) {
          found = false;
          break;
        }
        cursor = (cursor as Record<string | number, unknown>)[key];
      }
      const checkValue = args.length >= 2;
      const pass = found && (!checkValue || deepEqual(cursor, v, false));
      return {
        pass,
        message: () =>
          !found
            ? `expected ${format(actual)} to have property ${format(e)}`
            : `expected property ${format(e)} to equal ${format(v)}, got ${format(cursor)}`,
      };
    }
    case 'toBeTypeOf':
      return { pass: typeof actual === e, message: () => `expected ${format(actual)} to be of type ${String(e)}, got ${typeof actual}` };
    default:
      throw new AssertionError(`unsupported matcher ${name}`);
  }
}

const MATCHERS = [
  'toBe', 'toEqual', 'toStrictEqual', 'toMatchObject', 'toBeInstanceOf', 'toThrow', 'toBeUndefined',
  'toBeDefined', 'toBeNull', 'toBeTruthy', 'toBeFalsy', 'toContain', 'toHaveLength', 'toMatch',
  'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeLessThan', 'toBeLessThanOrEqual', 'toHaveProperty', 'toBeTypeOf',
] as const;

function settle(verdict: Verdict, negate: boolean, prefix: string): void {
  if (verdict.pass === negate) {
    const text = verdict.message();
    throw new AssertionError(prefix + (negate ? text.replace(/^expected /, 'expected NOT: ') : text));
  }
}

function buildMatchers(actual: unknown, mode: Mode, negate: boolean, prefix: string): Record<string, (...args: unknown[]) => unknown> {
  const out: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of MATCHERS) {
    out[name] = (...args: unknown[]) => {
      if (mode === 'value') {
        settle(evaluate(name, actual, args), negate, prefix);
        return undefined;
      }
      return (async () => {
        if (!(actual instanceof Promise) && !(actual !== null && typeof actual === 'object' && 'then' in actual)) {
          // vitest also accepts a function returning a promise for .rejects/.resolves
          if (typeof actual !== 'function') throw new AssertionError(`${prefix}expected a promise for .${mode}, got ${format(actual)}`);
        }
        const promise = typeof actual === 'function' ? Promise.resolve().then(actual as () => unknown) : (actual as Promise<unknown>);
        let value: unknown;
        let rejected = false;
        try {
          value = await promise;
        } catch (error) {
          rejected = true;
          value = error;
        }
        if (mode === 'rejects' && !rejected) throw new AssertionError(`${prefix}expected promise to reject, but it resolved with ${format(value)}`);
        if (mode === 'resolves' && rejected) throw new AssertionError(`${prefix}expected promise to resolve, but it rejected with ${describeError(value)}`);
        const thrown = name === 'toThrow' && mode === 'rejects' ? { threw: true, error: value } : undefined;
        settle(evaluate(name, value, args, thrown), negate, prefix);
      })();
    };
  }
  return out;
}

/** `expect(actual, message?)` with the allowed matchers. */
export function expect(actual: unknown, message?: string): Assertion {
  const prefix = message ? `${message}: ` : '';
  const value = buildMatchers(actual, 'value', false, prefix) as unknown as Assertion;
  const chained = (mode: Mode) => {
    const m = buildMatchers(actual, mode, false, prefix) as Record<string, unknown>;
    m['not'] = buildMatchers(actual, mode, true, prefix);
    return m;
  };
  Object.defineProperties(value, {
    not: { get: () => buildMatchers(actual, 'value', true, prefix) },
    resolves: { get: () => chained('resolves') },
    rejects: { get: () => chained('rejects') },
  });
  return value;
}

const defaultHarness = createHarness();

/** Same as vitest's `describe`. */
export const describe: DescribeApi = defaultHarness.describe;
/** Same as vitest's `it`. */
export const it: ItApi = defaultHarness.it;
/** Same as vitest's `test`. */
export const test: ItApi = defaultHarness.test;
/** Same as vitest's `beforeAll`. */
export const beforeAll: (fn: HookFn) => void = defaultHarness.beforeAll;
/** Same as vitest's `afterAll`. */
export const afterAll: (fn: HookFn) => void = defaultHarness.afterAll;
/** Same as vitest's `beforeEach`. */
export const beforeEach: (fn: HookFn) => void = defaultHarness.beforeEach;
/** Same as vitest's `afterEach`. */
export const afterEach: (fn: HookFn) => void = defaultHarness.afterEach;
/** Runs everything registered through the module-level functions above. */
export const runRegistered: (options?: RunOptions) => Promise<ShimResult> = defaultHarness.run;
