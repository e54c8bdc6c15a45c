/** Runs a family's case table the same way for every family: see `__fixtures__/cases/case.ts`. */
import { expect } from "vitest";
import { caseSpec, type ValidationCase } from "../__fixtures__/cases/case.js";
import type { CatalogueSection, FieldDef } from "../catalogue.js";
import { validate } from "../validate.js";
import { HANGUL } from "./specs.js";

/** Valid cases validate without errors; rejected ones report exactly that path and rule, in both languages. */
export function runCase(c: ValidationCase): void {
  expect(c.source.trim()).not.toBe("");
  const result = validate(caseSpec(c), c.kubernetesVersion ? { kubernetesVersion: c.kubernetesVersion } : {});
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (!c.rejects) {
    expect(errors, JSON.stringify(errors.map((e) => [e.path, e.rule, e.message.en]))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(c.policy).toBeUndefined();
    return;
  }
  expect(result.ok).toBe(false);
  const found = errors.filter((issue) => issue.path === c.rejects!.path && issue.rule === c.rejects!.rule);
  expect(found, JSON.stringify(errors.map((e) => [e.path, e.rule]))).toHaveLength(1);
  const issue = found[0]!;
  expect(issue.message.en.trim()).not.toBe("");
  expect(issue.fix.en.trim()).not.toBe("");
  expect(issue.message.ko).toMatch(HANGUL);
  expect(issue.fix.ko).toMatch(HANGUL);
  if (c.policy) {
    expect(c.policy.en.trim()).not.toBe("");
    expect(c.policy.ko).toMatch(HANGUL);
  }
}

/** Every field of a section and of the sections below it has English and Korean text and a kubernetes.io link. */
export function expectSectionText(section: CatalogueSection, seen = new Set<string>()): void {
  if (seen.has(section.name)) return;
  seen.add(section.name);
  expect(section.title.ko).toMatch(HANGUL);
  expect(section.description?.en.trim()).toBeTruthy();
  expect(section.description?.ko).toMatch(HANGUL);
  for (const [key, def] of Object.entries(section.fields) as [string, FieldDef][]) {
    expect(def.description.en.trim(), `${section.name}.${key}`).not.toBe("");
    expect(def.description.ko, `${section.name}.${key}`).toMatch(HANGUL);
    expect(def.link, `${section.name}.${key}`).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
    for (const rule of def.rules ?? []) expect(rule.ko, `${section.name}.${key}`).toMatch(HANGUL);
    if (def.section) expectSectionText(def.section, seen);
  }
}
