import { fileURLToPath } from "node:url";

/**
 * Vitest aliases that send `@podworks/core` imports to core's sources, so no test run needs a build first. One
 * entry per export of core's package.json; the main entry is matched exactly so that it does not swallow the
 * subpaths. Shared by the root config and the two e2e configs.
 */
export const coreSourceAliases = [
  { find: /^@podworks\/core\/parse$/, replacement: source("parse.ts") },
  { find: /^@podworks\/core$/, replacement: source("index.ts") },
];

function source(file: string): string {
  return fileURLToPath(new URL(`./packages/core/src/${file}`, import.meta.url));
}
