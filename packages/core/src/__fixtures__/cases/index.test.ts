import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validate } from "../../validate.js";
import { caseSpec } from "./case.js";
import { familyFiles, loadCaseTables } from "./index.js";

const folder = fileURLToPath(new URL(".", import.meta.url));

describe("the case tables", () => {
  it("are every file of the folder but case.ts, index.ts and tests", async () => {
    const all = readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect([...familyFiles(), "case.ts", "index.ts"].sort()).toEqual(all.sort());
    const tables = await loadCaseTables();
    expect(tables.map((t) => `${t.family}.ts`)).toEqual(familyFiles());
    expect(tables.map((t) => t.family)).toContain("differential");
  });

  it("are well formed: named uniquely, cited, and a policy only on a rejected case", async () => {
    for (const { family, cases } of await loadCaseTables()) {
      expect(cases.length, family).toBeGreaterThan(0);
      const names = cases.map((c) => c.name);
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        family,
      ).toEqual([]);
      for (const c of cases) {
        expect(c.source, `${family}: ${c.name}`).toMatch(
          // A Go test (`validation_test.go TestX "case"`), or the server function a podworks case reads (`validation.go X`).
          /^(podworks|(pkg|staging)\/[\w/.-]+\.go \w+)/,
        );
        if (c.policy) {
          expect(c.rejects, `${family}: ${c.name} has a policy`).toBeDefined();
          expect(c.policy.en).not.toBe("");
          expect(c.policy.ko).toMatch(/[\uac00-\ud7a3]/);
        }
        // Every case builds a spec core can judge without throwing.
        expect(() => validate(caseSpec(c), { kubernetesVersion: c.kubernetesVersion })).not.toThrow();
      }
    }
  });
});
