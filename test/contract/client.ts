// The client the contract tests call: the generated client (every resource as an accessor). The
// package's `WorkOS` must expose the same accessors; operations.test.ts checks that separately.
import type { ClientOptions } from '../../src/core/config.ts';
import { GeneratedWorkOS } from '../../src/generated/client.ts';

/** A client with every generated resource, for contract tests. */
export function createContractClient(options: ClientOptions): GeneratedWorkOS {
  return new GeneratedWorkOS(options);
}
