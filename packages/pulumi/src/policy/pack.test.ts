import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// Constructing a real PolicyPack starts the analyzer's gRPC server: record the construction instead.
const constructed: { name: string; args: { policies: { name: string }[] } }[] = [];
vi.mock("@pulumi/policy", () => ({
  default: {
    PolicyPack: class {
      constructor(name: string, args: { policies: { name: string }[] }) {
        constructed.push({ name, args });
      }
    },
  },
}));

const packageDir = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, packageDir), "utf8");

describe("the runnable policy pack", () => {
  it("constructs one PolicyPack named podworks-statefulset-data with the three policies", async () => {
    await import("./pack.js");
    expect(constructed).toHaveLength(1);
    expect(constructed[0]?.name).toBe("podworks-statefulset-data");
    expect(constructed[0]?.args.policies.map((p) => p.name)).toEqual([
      "podworks-statefulset-explicit-name",
      "podworks-statefulset-retention-policy-set",
      "podworks-statefulset-delete-acknowledged",
    ]);
  });

  it("ships a policy-pack directory the Pulumi CLI can load, versioned with the package", () => {
    const pack = JSON.parse(read("policy-pack/package.json")) as {
      version: string;
      main: string;
      type: string;
    };
    const pkg = JSON.parse(read("package.json")) as { version: string; files: string[] };
    expect(pack.version).toBe(pkg.version);
    expect(pack.type).toBe("module");
    expect(read(`policy-pack/${pack.main}`)).toMatch(/import "\.\.\/dist\/policy\/pack\.js";/);
    expect(read("policy-pack/PulumiPolicy.yaml")).toMatch(/runtime:\n {2}name: nodejs/);
    expect(pkg.files).toContain("policy-pack");
  });

  it("is not loaded by the library entry point (importing the policies starts nothing)", () => {
    expect(read("src/policy/index.ts")).not.toMatch(/pack\.js|PolicyPack\(/);
    expect(read("src/index.ts")).not.toMatch(/from "\.\/policy/);
  });
});
