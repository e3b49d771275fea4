// Node-only: the embedded vectors must equal the shared file byte for byte (after JSON parsing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interopVectors } from '../fixtures/interop-vectors.ts';

describe('interop vectors fixture', () => {
  it('matches /work/shared/vectors/interop-vectors.json', () => {
    const path = new URL('../../../shared/vectors/interop-vectors.json', import.meta.url);
    const shared: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(interopVectors).toStrictEqual(shared);
  });
});
