// Runs only in the Vercel Edge (edge-runtime) row: proves the sandbox has no Node APIs.
import { describe, expect, it } from 'vitest';

const g = globalThis as Record<string, unknown>;

describe('edge-runtime sandbox', () => {
  it('has no process, Buffer or require', () => {
    expect(typeof g['process']).toBe('undefined');
    expect(typeof g['Buffer']).toBe('undefined');
    expect(typeof g['require']).toBe('undefined');
  });

  it('is the edge runtime, with WebCrypto and fetch', () => {
    expect(g['EdgeRuntime']).toBe('edge-runtime');
    expect(typeof crypto.subtle.digest).toBe('function');
    expect(typeof fetch).toBe('function');
  });
});
