// Runs only in the "workerd without nodejs_compat" row: proves the row really has no Node APIs,
// so the neutral suite passing there means the SDK needs none.
import { describe, expect, it } from 'vitest';

const g = globalThis as Record<string, unknown>;

describe('workerd without nodejs_compat', () => {
  it('has no process, Buffer or setImmediate', () => {
    expect(typeof g['process']).toBe('undefined');
    expect(typeof g['Buffer']).toBe('undefined');
    expect(typeof g['setImmediate']).toBe('undefined');
  });

  it('has the web platform the SDK relies on', () => {
    expect(typeof crypto.subtle.importKey).toBe('function');
    expect(typeof fetch).toBe('function');
    expect(typeof (g['navigator'] as { userAgent?: string }).userAgent).toBe('string');
    expect((g['navigator'] as { userAgent: string }).userAgent).toBe('Cloudflare-Workers');
  });
});
