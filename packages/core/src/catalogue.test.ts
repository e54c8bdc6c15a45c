import { describe, expect, it } from "vitest";
import { HANGUL } from "./__tests__/specs.js";
import type { FieldDef } from "./catalogue.js";
import { CATALOGUE, KINDS } from "./kinds.js";

function* walk(fields: Readonly<Record<string, FieldDef>>, prefix: string): Generator<[string, FieldDef]> {
  for (const [key, def] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    yield [path, def];
    if (def.fields) yield* walk(def.fields, path);
  }
}

const entries = CATALOGUE.flatMap((section) => [...walk(section.fields, section.name)]);

describe("the field catalogue", () => {
  it("has entries for every section", () => {
    expect(CATALOGUE.map((s) => s.name)).toEqual([
      "metadata",
      "pod",
      "container",
      "job",
      "cronJob",
      "daemonSet",
      "statefulSet",
      "volumeClaimTemplate",
    ]);
    expect(entries.length).toBeGreaterThan(60);
  });

  it.each(entries)("%s has English and Korean text and a kubernetes.io link", (_path, def) => {
    expect(def.description.en.trim()).not.toBe("");
    expect(def.description.ko.trim()).toMatch(HANGUL);
    expect(def.link).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
    for (const rule of def.rules ?? []) {
      expect(rule.en.trim()).not.toBe("");
      expect(rule.ko).toMatch(HANGUL);
    }
    if (def.default && "derived" in def.default) {
      expect(def.default.derived.en.trim()).not.toBe("");
      expect(def.default.derived.ko).toMatch(HANGUL);
    }
  });

  it("declares each enum default among its values and each bound consistently", () => {
    for (const [path, def] of entries) {
      if (def.enum && def.default && "value" in def.default) {
        expect(def.enum, path).toContain(def.default.value);
      }
      if (def.minimum !== undefined && def.maximum !== undefined)
        expect(def.minimum, path).toBeLessThan(def.maximum);
    }
  });

  it("gives each kind metadata, pod and its own fields", () => {
    for (const definition of Object.values(KINDS)) {
      expect(Object.keys(definition.fields)).toEqual(
        expect.arrayContaining(["name", "containers", "nodeSelector"]),
      );
    }
    expect(Object.keys(KINDS.CronJob.fields)).toContain("schedule");
    expect(Object.keys(KINDS.StatefulSet.fields)).toContain("volumeClaimTemplates");
  });
});
