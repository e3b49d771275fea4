/**
 * Reads an environment variable where the runtime exposes one (Node, Bun, Deno with `--allow-env`),
 * and returns `undefined` everywhere else (Workers, Vercel Edge, browsers). Never throws: a
 * permission error or a missing global must not break client construction.
 */
export function readEnv(name: string): string | undefined {
  try {
    // The one guarded `process` read in the library; the built-output guard allows exactly this form.
    const fromProcess = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
    if (fromProcess !== undefined) return fromProcess;
  } catch {
    // Some sandboxes throw on property access; treat as "no environment".
  }
  try {
    const deno = (globalThis as { Deno?: { env?: { get(key: string): string | undefined } } }).Deno;
    return deno?.env?.get(name);
  } catch {
    // Deno without --allow-env throws NotCapable.
    return undefined;
  }
}
