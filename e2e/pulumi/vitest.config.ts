import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { coreSourceAliases } from "../../vitest.aliases.ts";

// The Pulumi e2e project runs on its own (e2e/pulumi/run.sh, or `vitest run --config e2e/pulumi/vitest.config.ts`
// with PODWORKS_E2E_PULUMI=external in CI), never inside the root `vitest run`: it needs a cluster and a Pulumi CLI.
export default defineConfig({
  resolve: {
    // The validation test asks core what it reports; like the other projects, from core's sources.
    alias: coreSourceAliases,
  },
  test: {
    name: "e2e-pulumi",
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: ["tests/**/*.e2e.test.ts"],
    globalSetup: ["src/global-setup.ts"],
    // A `pulumi up` that awaits a StatefulSet takes tens of seconds on 2 shared cores; a scenario runs several.
    testTimeout: 900_000,
    hookTimeout: 300_000,
    // One file at a time: every pulumi run starts the CLI, Node and the provider, and the machine has 2 cores.
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
  },
});
