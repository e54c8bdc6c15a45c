import { defineConfig } from "vitest/config";
import { coreSourceAliases } from "./vitest.aliases.ts";

// Tests run against the packages' sources (see vitest.aliases.ts).
const alias = coreSourceAliases;

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
