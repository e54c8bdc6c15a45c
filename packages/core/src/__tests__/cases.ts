/** Runs a family's validation case table: the assertions every family's table test shares. */
import { expect, it } from "vitest";
import { caseSpec, type ValidationCase } from "../__fixtures__/cases/case.js";
import type { CatalogueSection, FieldDef } from "../catalogue.js";
import { validate } from "../validate.js";
import { HANGUL } from "./specs.js";

export function runCases(cases: readonly ValidationCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const result = validate(
      caseSpec(c),
      c.kubernetesVersion ? { kubernetesVersion: c.kubernetesVersion } : {},
    );
    const errors = result.issues.filter((i) => i.severity === "error");
    const seen = JSON.stringify(errors.map((i) => [i.path, i.rule]));
    if (!c.rejects) {
      expect(result.ok, seen).toBe(true);
      return;
    }
    expect(result.ok).toBe(false);
    const issue = errors.find((i) => i.path === c.rejects!.path && i.rule === c.rejects!.rule);
    expect(issue, seen).toBeDefined();
    expect(issue!.message.en.length).toBeGreaterThan(5);
    expect(issue!.fix.en.length).toBeGreaterThan(3);
    expect(issue!.message.ko).toMatch(HANGUL);
    expect(issue!.fix.ko).toMatch(HANGUL);
    if (c.policy) {
      expect(c.policy.en.length).toBeGreaterThan(10);
      expect(c.policy.ko).toMatch(HANGUL);
    }
  });
}

/** Every entry of a field catalogue, nested `fields` and `section`s included, with the sections met on the way. */
export function* catalogueEntries(
  fields: Readonly<Record<string, FieldDef>>,
  prefix = "",
): Generator<readonly [string, FieldDef, CatalogueSection | undefined]> {
  for (const [key, def] of Object.entries(fields)) {
    const path = prefix ? `${prefix}.${key}` : key;
    yield [path, def, def.section];
    const nested = def.section?.fields ?? def.fields;
    if (nested) yield* catalogueEntries(nested, path);
  }
}

/** Asserts bilingual text and a kubernetes.io link on every entry and nested section under `fields`. */
export function checkCatalogue(fields: Readonly<Record<string, FieldDef>>): void {
  it.each([...catalogueEntries(fields)].map(([path, def, section]) => [path, def, section] as const))(
    "%s is described in English and Korean with a link",
    (_, def, section) => {
      expect(def.description.en.trim()).not.toBe("");
      expect(def.description.ko).toMatch(HANGUL);
      expect(def.link).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
      for (const rule of def.rules ?? []) expect(rule.ko).toMatch(HANGUL);
      if (def.default && "derived" in def.default) expect(def.default.derived.ko).toMatch(HANGUL);
      if (section) {
        expect(section.title.ko).toMatch(HANGUL);
        expect(section.description?.en.trim()).toBeTruthy();
        expect(section.description?.ko).toMatch(HANGUL);
      }
    },
  );
}
