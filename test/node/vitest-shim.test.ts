// The shim replaces vitest in Deno, workerd (bundled) and edge-runtime, so a matcher that passes
// wrongly there would hide real failures. These tests pin its behaviour against what vitest does.
import { describe, expect, it } from 'vitest';
import {
  AssertionError,
  createHarness,
  deepEqual,
  expect as shimExpect,
  matchesObject,
} from '../runners/shim/vitest.ts';

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

const fails = (fn: () => void): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AssertionError);
    return (error as Error).message;
  }
  throw new Error('expected the shim assertion to fail');
};

describe('shim matchers', () => {
  it('toBe uses Object.is and hints at reference mismatch', () => {
    shimExpect(NaN).toBe(NaN);
    expect(fails(() => shimExpect(0).toBe(-0))).toMatch('expected 0 to be 0');
    expect(fails(() => shimExpect({ a: 1 }).toBe({ a: 1 }))).toMatch('not the same reference');
  });

  it('toEqual ignores undefined keys and class identity; toStrictEqual does not', () => {
    shimExpect({ a: 1, b: undefined }).toEqual({ a: 1 });
    shimExpect(new Point(1, 2)).toEqual({ x: 1, y: 2 });
    expect(fails(() => shimExpect({ a: 1, b: undefined }).toStrictEqual({ a: 1 }))).toMatch('strictly equal');
    fails(() => shimExpect(new Point(1, 2)).toStrictEqual({ x: 1, y: 2 }));
    shimExpect(new Point(1, 2)).toStrictEqual(new Point(1, 2));
    fails(() => shimExpect([, 1]).toStrictEqual([undefined, 1]));
    shimExpect([, 1]).toEqual([undefined, 1]);
  });

  it('compares bytes, dates, maps, sets, errors and nested structures', () => {
    expect(deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]), true)).toBe(true);
    expect(deepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]), false)).toBe(false);
    expect(deepEqual(new Uint8Array([1]), new Uint16Array([1]), false)).toBe(false);
    expect(deepEqual(new Date(5), new Date(5), true)).toBe(true);
    expect(deepEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]), true)).toBe(true);
    expect(deepEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }]), false)).toBe(false);
    expect(deepEqual(new Error('x'), new Error('y'), false)).toBe(false);
    expect(deepEqual(new TypeError('x'), new Error('x'), false)).toBe(false);
    expect(deepEqual({ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] }, true)).toBe(true);
    expect(deepEqual([1, 2], { 0: 1, 1: 2 }, false)).toBe(false);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    const cyclic2: Record<string, unknown> = { a: 1 };
    cyclic2['self'] = cyclic2;
    expect(deepEqual(cyclic, cyclic2, true)).toBe(true);
  });

  it('toMatchObject checks a recursive subset, arrays exactly', () => {
    expect(matchesObject({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } })).toBe(true);
    expect(matchesObject({ a: [1, 2] }, { a: [1] })).toBe(false);
    expect(matchesObject({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    fails(() => shimExpect({ status: 404 }).toMatchObject({ status: 400 }));
  });

  it('toThrow accepts a class, a substring, a RegExp, or nothing', () => {
    const boom = (): never => {
      throw new TypeError('bad input here');
    };
    shimExpect(boom).toThrow();
    shimExpect(boom).toThrow(TypeError);
    shimExpect(boom).toThrow('input');
    shimExpect(boom).toThrow(/^bad/);
    expect(fails(() => shimExpect(boom).toThrow(RangeError))).toMatch('instance of RangeError');
    expect(fails(() => shimExpect(() => 1).toThrow())).toMatch('returned normally');
    shimExpect(() => 1).not.toThrow();
    fails(() => shimExpect(boom).not.toThrow());
  });

  it('.not inverts every matcher', () => {
    shimExpect(1).not.toBe(2);
    shimExpect('abc').not.toContain('z');
    expect(fails(() => shimExpect('abc').not.toContain('b'))).toMatch('expected NOT');
  });

  it('covers the remaining matchers', () => {
    shimExpect(undefined).toBeUndefined();
    shimExpect(0).toBeDefined();
    shimExpect(null).toBeNull();
    shimExpect(1).toBeTruthy();
    shimExpect('').toBeFalsy();
    shimExpect([1, 2]).toContain(2);
    shimExpect(new Set(['a'])).toContain('a');
    fails(() => shimExpect([{ a: 1 }]).toContain({ a: 1 }));
    shimExpect('xyz').toHaveLength(3);
    fails(() => shimExpect([1]).toHaveLength(2));
    shimExpect('hello').toMatch(/ell/);
    shimExpect(3).toBeGreaterThan(2);
    shimExpect(3n).toBeGreaterThanOrEqual(3n);
    shimExpect(1).toBeLessThan(2);
    shimExpect(2).toBeLessThanOrEqual(2);
    fails(() => shimExpect('3').toBeGreaterThan(2));
    shimExpect({ a: { b: [10, 20] } }).toHaveProperty('a.b[1]', 20);
    shimExpect({ a: { b: 1 } }).toHaveProperty(['a', 'b']);
    fails(() => shimExpect({ a: {} }).toHaveProperty('a.b'));
    fails(() => shimExpect({ a: 1 }).toHaveProperty('a', 2));
    shimExpect(() => 1).toBeTypeOf('function');
    fails(() => shimExpect(1).toBeTypeOf('string'));
    shimExpect(new URL('https://a/')).toBeInstanceOf(URL);
    expect(fails(() => shimExpect(1, 'custom context').toBe(2))).toMatch(/^custom context: /);
  });

  it('resolves and rejects await the promise', async () => {
    await shimExpect(Promise.resolve(5)).resolves.toBe(5);
    await shimExpect(Promise.reject(new RangeError('nope'))).rejects.toThrow(RangeError);
    await shimExpect(Promise.reject(new RangeError('nope'))).rejects.toBeInstanceOf(RangeError);
    await shimExpect(Promise.reject(new Error('x'))).rejects.not.toThrow(TypeError);
    await expect(shimExpect(Promise.resolve(1)).rejects.toThrow()).rejects.toThrow('expected promise to reject');
    await expect(shimExpect(Promise.reject(new Error('e'))).resolves.toBe(1)).rejects.toThrow('expected promise to resolve');
  });
});

describe('shim harness', () => {
  it('runs hooks in vitest order and counts pass, fail and skip', async () => {
    const h = createHarness();
    const log: string[] = [];
    h.beforeAll(() => void log.push('beforeAll'));
    h.beforeEach(() => void log.push('beforeEach-outer'));
    h.afterAll(() => void log.push('afterAll'));
    h.describe('group', () => {
      h.beforeEach(() => void log.push('beforeEach-inner'));
      h.afterEach(() => void log.push('afterEach-inner'));
      h.it('passes', () => void log.push('test-pass'));
      h.it('fails', () => {
        log.push('test-fail');
        shimExpect(1).toBe(2);
      });
      h.it.skip('skipped', () => void log.push('never'));
    });
    h.describe.skip('skipped group', () => {
      h.it('a', () => void log.push('never'));
    });
    const result = await h.run();
    expect(result.passed).toBe(1);
    expect(result.failed).toBe(1);
    expect(result.skipped).toBe(2);
    expect(result.failures[0]?.name).toBe('group > fails');
    expect(result.failures[0]?.message).toMatch('expected 1 to be 2');
    expect(log).toEqual([
      'beforeAll',
      'beforeEach-outer',
      'beforeEach-inner',
      'test-pass',
      'afterEach-inner',
      'beforeEach-outer',
      'beforeEach-inner',
      'test-fail',
      'afterEach-inner',
      'afterAll',
    ]);
  });

  it('fails a test that exceeds its timeout and one whose beforeAll throws', async () => {
    const h = createHarness();
    h.it('slow', () => new Promise((resolve) => setTimeout(resolve, 200)), 20);
    h.describe('broken setup', () => {
      h.beforeAll(() => {
        throw new Error('setup broke');
      });
      h.it('a', () => undefined);
      h.it('b', () => undefined);
    });
    const result = await h.run();
    expect(result.failed).toBe(3);
    expect(result.passed).toBe(0);
    expect(result.failures[0]?.message).toMatch('timed out after 20 ms');
    expect(result.failures[1]?.message).toMatch('setup broke');
  });

  it('supports it.each and the (name, options, fn) form', async () => {
    const h = createHarness();
    const seen: number[] = [];
    h.it.each([[1, 2], [3, 4]])('adds %i and %i', (a: number, b: number) => void seen.push(a + b));
    h.it('options form', { timeout: 50 }, () => void seen.push(0));
    const names: string[] = [];
    const result = await h.run({ onTestEnd: (name) => void names.push(name) });
    expect(result.passed).toBe(3);
    expect(seen).toEqual([3, 7, 0]);
    expect(names).toEqual(['adds 1 and 2', 'adds 3 and 4', 'options form']);
  });
});
