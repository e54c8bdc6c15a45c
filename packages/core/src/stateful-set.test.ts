import { describe, expect, it } from "vitest";
import { CASES } from "./__fixtures__/cases/stateful-set.js";
import { checkCatalogue, runCases } from "./__tests__/cases.js";
import { baseStatefulSet, validateServerRules as validate } from "./__tests__/specs.js";
import {
  MAX_STATEFULSET_NAME,
  renderStatefulSet,
  type StatefulSetSpec,
  statefulSetFields,
  volumeClaimTemplateFields,
} from "./stateful-set.js";

describe("StatefulSet validation cases", () => runCases(CASES));

describe("maxUnavailable follows its gate", () => {
  const spec = { ...baseStatefulSet, updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } };
  it("is beta on 1.35.3", () => {
    const result = validate(spec, { kubernetesVersion: "1.35.3" });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.path, i.rule, i.severity])).toEqual([
      ["updateStrategy.rollingUpdate.maxUnavailable", "beta", "warning"],
    ]);
  });
  it("explains the gate on 1.36 in both languages", () => {
    const result = validate(spec, { kubernetesVersion: "1.36" });
    const issue = result.issues.find((i) => i.path === "updateStrategy.rollingUpdate.maxUnavailable");
    expect(issue?.rule).toBe("since");
    expect(issue?.message.en).toContain("MaxUnavailableStatefulSet");
    expect(issue?.message.ko).toContain("MaxUnavailableStatefulSet");
    expect(issue?.message.ko).toContain("1.35.3");
  });
  it("is refused on a plain 1.35, read as its newest patch", () => {
    expect(validate(spec, { kubernetesVersion: "1.35" }).ok).toBe(false);
  });
});

describe("the name limit", () => {
  it("is 52: 63 minus '-' and a 10-character hash", () => {
    expect(MAX_STATEFULSET_NAME).toBe(52);
  });
});

describe("renderStatefulSet writes the new claim and rollout fields", () => {
  const spec: StatefulSetSpec = {
    ...baseStatefulSet,
    updateStrategy: { rollingUpdate: { maxUnavailable: "25%" } },
    volumeClaimTemplates: [
      {
        name: "data",
        resources: { requests: { storage: "1Gi" } },
        selector: { matchLabels: { tier: "fast" }, matchExpressions: [{ key: "zone", operator: "Exists" }] },
        dataSource: { kind: "PersistentVolumeClaim", name: "seed" },
        dataSourceRef: { kind: "PersistentVolumeClaim", name: "seed" },
        volumeAttributesClassName: "gold",
      },
    ],
  };
  it("renders them", () => {
    const out = renderStatefulSet(spec).spec!;
    expect(out.updateStrategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { partition: 0, maxUnavailable: "25%" },
    });
    const claim = out.volumeClaimTemplates![0]!.spec as Record<string, unknown>;
    expect(claim.selector).toEqual({
      matchLabels: { tier: "fast" },
      matchExpressions: [{ key: "zone", operator: "Exists" }],
    });
    expect(claim.dataSource).toEqual({ kind: "PersistentVolumeClaim", name: "seed" });
    expect(claim.dataSourceRef).toEqual({ kind: "PersistentVolumeClaim", name: "seed" });
    expect(claim.volumeAttributesClassName).toBe("gold");
  });
  it("leaves maxUnavailable out when unset", () => {
    expect(renderStatefulSet(baseStatefulSet).spec!.updateStrategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { partition: 0 },
    });
  });
});

describe("the StatefulSet and claim template catalogues", () => {
  checkCatalogue(statefulSetFields);
  checkCatalogue(volumeClaimTemplateFields);
});
