import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/env.js";
import { expectCase } from "../__tests__/expect-case.js";
import { baseJob, withContainer } from "../__tests__/specs.js";
import { validate } from "../validate.js";

describe("env cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});

describe("env messages", () => {
  it("lists the supported fieldPaths when one is not", () => {
    const result = validate(
      withContainer(baseJob, {
        env: [{ name: "A", valueFrom: { fieldRef: { fieldPath: "metadata.whoops" } } }],
      }),
    );
    const issue = result.issues.find((i) => i.rule === "env.field-path");
    for (const path of ["metadata.name", "status.podIPs", "metadata.labels['<key>']"]) {
      expect(issue?.message.en).toContain(path);
    }
    expect(issue?.message.ko).toContain('"metadata.whoops"는');
  });

  it("switches env names to the strict rule before 1.32 only", () => {
    const spec = withContainer(baseJob, { env: [{ name: "1abc", value: "x" }] });
    expect(validate(spec).ok).toBe(true);
    expect(validate(spec, { kubernetesVersion: "1.32" }).ok).toBe(true);
    expect(validate(spec, { kubernetesVersion: "1.31" }).issues.map((i) => i.rule)).toEqual([
      "format.env-name",
    ]);
  });
});
