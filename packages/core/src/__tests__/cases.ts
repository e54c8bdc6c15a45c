/** Runs a family's validation case table: the assertions every family's table test shares. */
import { expect, it } from "vitest";
import { caseSpec, type ValidationCase } from "../__fixtures__/cases/case.js";
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
