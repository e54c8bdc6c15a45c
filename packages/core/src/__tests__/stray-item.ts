/**
 * Lists with a non-object item before a bad object item: the stray item is a type error at its own index, and the
 * bad item's problem is reported at the item's index in the user's list, not at the index it would have among the
 * object items only.
 */
import { expect } from "vitest";
import type { ValidateOptions } from "../context.js";
import { HANGUL, validateServerRules } from "./specs.js";

export interface StrayItemCase {
  /** What the case is about, for the test's name. */
  readonly name: string;
  readonly spec: unknown;
  /** Where the non-object items are. */
  readonly strays: readonly string[];
  /** The rule the bad object item breaks, and exactly the paths it must be reported at. */
  readonly rule: string;
  readonly paths: readonly string[];
  readonly options?: ValidateOptions;
}

export function expectStrayItemCase(c: StrayItemCase): void {
  const issues = validateServerRules(c.spec, c.options).issues;
  for (const stray of c.strays) {
    const found = issues.filter((issue) => issue.path === stray && issue.rule === "type");
    expect(found, `type error at ${stray}`).toHaveLength(1);
  }
  const reported = issues.filter((issue) => issue.rule === c.rule);
  expect(reported.map((issue) => issue.path)).toEqual(c.paths);
  for (const issue of reported) {
    expect(issue.severity).toBe("error");
    expect(issue.message.en).not.toBe("");
    expect(issue.fix.en).not.toBe("");
    expect(issue.message.ko).toMatch(HANGUL);
    expect(issue.fix.ko).toMatch(HANGUL);
  }
}
