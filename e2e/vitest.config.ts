import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { coreSourceAliases } from "../vitest.aliases.ts";

// The e2e project runs on its own (e2e/run.sh or `vitest run --config e2e/vitest.config.ts`), never inside the
// root `vitest run`: it needs the local cluster and its binaries (see docs/e2e.md).
export default defineConfig({
  resolve: {
    // Like the root config: test against core's sources, so no build is needed first.
    alias: coreSourceAliases,
  },
  test: {
    name: "e2e",
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["tests/**/*.e2e.test.ts"],
    globalSetup: ["src/global-setup.ts"],
    // Controllers, kwok and a CronJob that must fire take seconds to a minute; each file waits for its own.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    maxWorkers: 3,
    // Files use their own namespaces, so they may run side by side.
    fileParallelism: true,
  },
});
