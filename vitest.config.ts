import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the packages' sources, so no build is needed for a test run. One entry per export of core's
// package.json; the main entry is matched exactly so that it does not swallow the subpaths.
const alias = [
  { find: /^@podworks\/core\/parse$/, replacement: src("./packages/core/src/parse.ts") },
  { find: /^@podworks\/core$/, replacement: src("./packages/core/src/index.ts") },
];

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "core", root: "packages/core", include: ["src/**/*.test.ts"] } },
      { resolve: { alias }, test: { name: "cli", root: "packages/cli", include: ["src/**/*.test.ts"] } },
      {
        resolve: { alias },
        test: { name: "pulumi", root: "packages/pulumi", include: ["src/**/*.test.ts"] },
      },
      {
        // The docs site: unit tests on the catalogue tables, and browser tests on the built site
        // (`turbo run build` runs first), in headless Chromium.
        resolve: { alias },
        test: {
          name: "docs",
          root: "apps/docs",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
