/**
 * `@workos-edge/sdk`: the WorkOS API for every JavaScript runtime, on web standards only.
 *
 * @example
 * ```ts
 * import { WorkOS } from '@workos-edge/sdk';
 * const workos = new WorkOS({ apiKey: 'sk_test_123' });
 * ```
 *
 * @module
 */
export * from './core/index.ts';
export { WorkOS } from './workos.ts';
// Generated API surface: resource classes, wire models with their valibot schemas, events, operation table.
export * from './generated/index.ts';
