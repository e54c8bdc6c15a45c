/**
 * The compiled walker (schema.ts): each catalogue entry is compiled once and remembers the version gate's answer
 * for the last target it was asked about. These tests switch targets back and forth, on top-level and nested
 * fields, so a stale answer would show; and they pin the walker's handling of sparse arrays (holes skipped) and of
 * non-object items in a list of objects (each reported at its own index).
 */
import { describe, expect, it } from "vitest";
import { baseJob, HANGUL, withContainer, withFields } from "./__tests__/specs.js";
import { validate } from "./validate.js";
import type { KubernetesVersion } from "./version.js";

const rulesAt = (spec: unknown, version: KubernetesVersion) =>
  validate(spec, { kubernetesVersion: version, lint: false }).issues.map((i) => [i.path, i.rule, i.severity]);

describe("the compiled field checks", () => {
  it("give each target version its own answer, whatever version was checked before", () => {
    // backoffLimitPerIndex: on by default from 1.29, GA in 1.33.
    const job = withFields(baseJob, { completionMode: "Indexed", completions: 3, backoffLimitPerIndex: 1 });
    const tooOld = [["backoffLimitPerIndex", "since", "error"]];
    const beta = [["backoffLimitPerIndex", "beta", "warning"]];
    expect(rulesAt(job, "1.29")).toEqual(beta);
    expect(rulesAt(job, "1.36")).toEqual([]);
    expect(rulesAt(job, "1.28")).toEqual(tooOld);
    expect(rulesAt(job, "1.29")).toEqual(beta);
    expect(rulesAt(job, "1.28.15")).toEqual(tooOld);
    expect(rulesAt(job, "1.29.0")).toEqual(beta);
    expect(rulesAt(job, "1.36")).toEqual([]);
  });

  it("do the same for a field inside a nested section (a container's resizePolicy: 1.33, GA 1.35)", () => {
    const spec = withContainer(baseJob, {
      resizePolicy: [{ resourceName: "cpu", restartPolicy: "NotRequired" }],
    });
    const path = "containers[0].resizePolicy";
    expect(rulesAt(spec, "1.36")).toEqual([]);
    expect(rulesAt(spec, "1.32")).toEqual([[path, "since", "error"]]);
    expect(rulesAt(spec, "1.34")).toEqual([[path, "beta", "warning"]]);
    expect(rulesAt(spec, "1.35")).toEqual([]);
    expect(rulesAt(spec, "1.32")).toEqual([[path, "since", "error"]]);
  });

  it("skip the holes of a sparse list and keep the indexes of the items that are there", () => {
    const ports: unknown[] = [];
    ports[1] = { containerPort: 0 };
    const spec = withContainer(baseJob, { ports });
    expect(rulesAt(spec, "1.36")).toEqual([["containers[0].ports[1].containerPort", "minimum", "error"]]);
  });

  it("report a non-object item of a list of objects at its own index, and still check the objects after it", () => {
    const spec = withFields(baseJob, {
      containers: ["main", { name: "side", image: "busybox:1.37", ports: [{ containerPort: 0 }, 80] }],
    });
    expect(rulesAt(spec, "1.36")).toEqual([
      ["containers[0]", "type", "error"],
      ["containers[1].ports[0].containerPort", "minimum", "error"],
      ["containers[1].ports[1]", "type", "error"],
    ]);
    const [issue] = validate(spec, { lint: false }).issues;
    expect(issue!.message).toEqual({
      en: "must be an object (an item of a list of objects)",
      ko: expect.any(String),
    });
    expect(issue!.message.ko).toMatch(HANGUL);
    expect(issue!.fix.ko).toMatch(HANGUL);
  });

  it("still report a list field that is not a list at all at the field", () => {
    expect(rulesAt(withFields(baseJob, { volumes: { name: "data" } }), "1.36")).toEqual([
      ["volumes", "type", "error"],
    ]);
  });

  it("build a field's path only for what they report, and still name it in full", () => {
    const spec = withContainer(baseJob, { securityContext: { seccompProfile: { type: "Nope" } } });
    const [issue] = validate(spec, { lint: false }).issues;
    expect(issue).toMatchObject({ path: "containers[0].securityContext.seccompProfile.type", rule: "enum" });
  });
});
