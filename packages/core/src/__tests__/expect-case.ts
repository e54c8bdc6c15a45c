/** Runs one validation case the way every family's table test does. */
import { expect } from "vitest";
import { caseSpec, type ValidationCase } from "../__fixtures__/cases/case.js";
import { errorsOf } from "../issues.js";
import { validate } from "../validate.js";
import { HANGUL } from "./specs.js";

/** Where a case may come from: a Kubernetes Go test (file and function) or podworks itself. */
const SOURCE = /^(?:pkg\/apis\/[a-z0-9/]+_test\.go Test\w+|podworks)/;

export function expectCase(c: ValidationCase): void {
  expect(c.source, "every case cites where it comes from").toMatch(SOURCE);
  const options = c.kubernetesVersion ? { kubernetesVersion: c.kubernetesVersion } : undefined;
  const result = validate(caseSpec(c), options);
  const errors = errorsOf(result.issues);
  const shown = JSON.stringify(errors.map((i) => [i.path, i.rule]));
  if (!c.rejects) {
    expect(errors, shown).toEqual([]);
    expect(result.ok).toBe(true);
    return;
  }
  expect(result.ok).toBe(false);
  const issue = errors.find((i) => i.path === c.rejects!.path && i.rule === c.rejects!.rule);
  expect(issue, `expected ${c.rejects.path} ${c.rejects.rule}, got ${shown}`).toBeDefined();
  for (const text of [issue!.message, issue!.fix]) {
    expect(text.en.trim().length).toBeGreaterThan(3);
    expect(text.ko).toMatch(HANGUL);
    // A particle glued to a placeholder that was never filled, or doubled, shows a message built wrong.
    expect(text.ko).not.toMatch(/undefined|\[object Object\]|을를|은는/);
  }
  if (c.policy) {
    expect(c.policy.en.trim()).not.toBe("");
    expect(c.policy.ko).toMatch(HANGUL);
  }
}
