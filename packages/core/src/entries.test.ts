import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The `yaml` package is an optional peer of core, needed by `@podworks/core/parse` only: the main entry must not
// load it, and installing core must not install it (its installed size is one of the benchmark's targets).

const SRC = new URL("./", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
};

/** Every package (bare specifier) that a source module imports, following its relative imports. */
function packagesImportedBy(entry: string): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(fileURLToPath(new URL(file, SRC)), "utf8");
    const specifiers = [
      ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm),
      ...text.matchAll(/^\s*import\s*"([^"]+)"/gm),
      ...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
    ].map((match) => match[1] as string);
    for (const specifier of specifiers) {
      if (specifier.startsWith(".")) {
        // Relative to the importing module, as Node resolves it: `./x.js` and `../x.js` name `x.ts` in the sources.
        const target = new URL(specifier.replace(/\.js$/, ".ts"), new URL(file, SRC));
        visit(`./${target.pathname.slice(fileURLToPath(SRC).length)}`);
      } else packages.add(/^(?:@[^/]+\/)?[^/]+/.exec(specifier)?.[0] ?? specifier);
    }
  };
  visit(entry);
  return { modules: [...seen], packages };
}

describe("the package's entry points", () => {
  it("keeps the main entry free of YAML parsers, in its exports and in everything it imports", async () => {
    const main = await import("./index.js");
    expect(Object.keys(main)).not.toContain("parseSpecs");
    const { modules, packages } = packagesImportedBy("index.ts");
    expect(modules).not.toContain("parse.ts");
    expect(packages).not.toContain("yaml");
    expect(packages).not.toContain("js-yaml");
    // Whatever the main entry imports is a real dependency, so a user of the main entry never needs a peer.
    expect([...packages].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
  });

  it("publishes parseSpecs as @podworks/core/parse, whose only extra package is yaml", async () => {
    expect(manifest.exports["./parse"]).toEqual({ types: "./dist/parse.d.ts", default: "./dist/parse.js" });
    expect(typeof (await import("./parse.js")).parseSpecs).toBe("function");
    const { packages } = packagesImportedBy("parse.ts");
    const extra = [...packages].filter((name) => !(name in (manifest.dependencies ?? {})));
    expect(extra).toEqual(["yaml"]);
  });

  it("has yaml as an optional peer dependency only, never a dependency", () => {
    expect(manifest.dependencies ?? {}).not.toHaveProperty("yaml");
    expect(manifest.dependencies ?? {}).not.toHaveProperty("js-yaml");
    expect(manifest.peerDependencies).toEqual({ yaml: expect.any(String) });
    expect(manifest.peerDependenciesMeta?.yaml?.optional).toBe(true);
    // Core's own tests parse YAML, so it is installed for them.
    expect(manifest.devDependencies?.yaml).toBeDefined();
  });
});
