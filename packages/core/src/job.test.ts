import { describe, expect, it } from "vitest";
import { CASES } from "./__fixtures__/cases/job.js";
import { checkCatalogue, runCases } from "./__tests__/cases.js";
import { baseJob, validateServerRules as validate } from "./__tests__/specs.js";
import { jobFields, parseIndexes, renderJob } from "./job.js";

describe("Job validation cases", () => runCases(CASES));

describe("parseIndexes reads the server's index intervals", () => {
  it("counts the indexes of increasing intervals", () => {
    expect(parseIndexes("1,3,5-9", 10)).toEqual({ total: 7 });
    expect(parseIndexes("", 10)).toEqual({ total: 0 });
    expect(parseIndexes("+2", 10)).toEqual({ total: 1 });
  });
  it.each([["1,,2"], ["4-2"], ["2-2"], ["0-1-2"], ["3,3"], ["10"], ["a"], ["0-10"]])(
    "rejects %s",
    (value) => {
      expect(parseIndexes(value, 10)).toHaveProperty("problem");
    },
  );
});

describe("a success policy is beta before 1.33", () => {
  it("warns on 1.32 and is silent on 1.33", () => {
    const spec = {
      ...baseJob,
      completionMode: "Indexed",
      completions: 2,
      successPolicy: { rules: [{ succeededCount: 1 }] },
    };
    const beta = validate(spec, { kubernetesVersion: "1.32" });
    expect(beta.ok).toBe(true);
    expect(beta.issues.map((i) => [i.path, i.rule, i.severity])).toContainEqual([
      "successPolicy",
      "beta",
      "warning",
    ]);
    expect(validate(spec, { kubernetesVersion: "1.33" }).issues).toEqual([]);
  });
});

describe("renderJob writes the new fields only when set", () => {
  it("renders successPolicy, podReplacementPolicy and managedBy", () => {
    const spec = {
      ...baseJob,
      completionMode: "Indexed" as const,
      completions: 3,
      successPolicy: { rules: [{ succeededIndexes: "0", succeededCount: 1 }] },
      podReplacementPolicy: "Failed" as const,
      managedBy: "example.com/foo",
    };
    const out = renderJob(spec).spec!;
    expect(out.successPolicy).toEqual({ rules: [{ succeededIndexes: "0", succeededCount: 1 }] });
    expect(out.successPolicy).not.toBe(spec.successPolicy);
    expect((out as unknown as Record<string, unknown>).podReplacementPolicy).toBe("Failed");
    expect((out as unknown as Record<string, unknown>).managedBy).toBe("example.com/foo");
  });
  it("leaves them out when unset", () => {
    const out = renderJob(baseJob).spec as unknown as Record<string, unknown>;
    expect(out).not.toHaveProperty("successPolicy");
    expect(out).not.toHaveProperty("podReplacementPolicy");
    expect(out).not.toHaveProperty("managedBy");
  });
});

describe("the Job catalogue, success policy sections included", () => checkCatalogue(jobFields));
