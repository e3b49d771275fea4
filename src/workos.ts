import { WorkOSClient } from './core/client.ts';

/**
 * The WorkOS client with every API resource as an accessor (`workos.organizations`, …).
 * Resources are attached by the generated client once the API surface is generated.
 */
export class WorkOS extends WorkOSClient {}
