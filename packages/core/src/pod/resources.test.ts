import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/resources.js";
import { expectCase } from "../__tests__/expect-case.js";
import { baseJob, validateServerRules as validate, withContainer } from "../__tests__/specs.js";

describe("resources cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});

describe("resource name messages", () => {
  const issueFor = (limits: Record<string, unknown>) => {
    const result = validate(withContainer(baseJob, { resources: { limits } }));
    return result.issues.find((i) => i.rule === "resources.name");
  };

  it("points a typo at the standard resource it meant", () => {
    const issue = issueFor({ cpuu: "500m" });
    expect(issue?.fix.en).toBe('did you mean "cpu"?');
    expect(issue?.fix.ko).toBe('"cpu"를 쓰려던 것인지 확인한다');
    expect(issue?.message.ko).toContain('"cpuu"는');
  });

  it("tells an unprefixed extended resource to take a domain", () => {
    const issue = issueFor({ gpu: 1 });
    expect(issue?.message.en).toContain("nvidia.com/gpu");
    expect(issue?.fix.en).toContain("domain");
  });

  it("accepts every standard container resource and hugepages of any size beside memory", () => {
    const result = validate(
      withContainer(baseJob, {
        resources: {
          limits: { cpu: "1", memory: "1Gi", "ephemeral-storage": "1Gi", "hugepages-1Gi": "2Gi" },
        },
      }),
    );
    expect(result.issues).toEqual([]);
  });
});
