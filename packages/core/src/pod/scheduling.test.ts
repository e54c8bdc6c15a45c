/**
 * The scheduling table (`__fixtures__/cases/scheduling.ts`): tolerations, affinity, topology spread constraints,
 * readiness and scheduling gates, each case from kubernetes/kubernetes `pkg/apis/core/validation/validation_test.go`
 * (TestValidatePod, TestValidateTopologySpreadConstraints, TestValidateSchedulingGates,
 * TestValidatePodReadinessGates) or marked `podworks`.
 */
import { describe, expect, it } from "vitest";
import { caseSpec, type ValidationCase } from "../__fixtures__/cases/case.js";
import { CASES } from "../__fixtures__/cases/scheduling.js";
import { expectSectionText, runCase } from "../__tests__/pod-cases.js";
import { validateServerRules as validate } from "../__tests__/specs.js";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";
import { toManifests } from "../render.js";
import { affinitySection } from "./affinity.js";
import { readinessGateSection, schedulingGateSection } from "./scheduling.js";
import { tolerationSection } from "./tolerations.js";
import { topologySpreadConstraintSection } from "./topology.js";

describe("scheduling cases", () => {
  it.each(CASES.map((c): [string, ValidationCase] => [c.name, c]))("%s", (_name, c) => runCase(c));

  it("covers accepted and rejected cases of every section", () => {
    const rejected = CASES.filter((c) => c.rejects).map((c) => c.rejects!.path.split(/[.[]/)[0]);
    for (const field of [
      "tolerations",
      "affinity",
      "topologySpreadConstraints",
      "schedulingGates",
      "readinessGates",
    ]) {
      expect(rejected).toContain(field);
      expect(CASES.some((c) => !c.rejects && c.spec && field in c.spec)).toBe(true);
    }
  });
});

describe("scheduling sections", () => {
  it.each([
    affinitySection,
    tolerationSection,
    topologySpreadConstraintSection,
    readinessGateSection,
    schedulingGateSection,
  ])("$name has text in both languages, down to its nested sections", (section) => {
    expectSectionText(section);
  });

  it("reports every problem of one toleration at once", () => {
    const result = validate(
      caseSpec({
        name: "",
        source: "podworks",
        spec: { tolerations: [{ operator: "Equal", value: "a b", tolerationSeconds: 5 }] },
      }),
    );
    expect(result.ok).toBe(false);
    const rules = result.issues.map((i) => `${i.path} ${i.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "tolerations[0].operator toleration.empty-key",
        "tolerations[0].effect toleration.seconds-effect",
        "tolerations[0].value format.label-value",
      ]),
    );
  });

  it("warns that topology spread matchLabelKeys is beta in 1.36 and refuses it before 1.27", () => {
    const c = CASES.find((x) => x.name === "topology spread matchLabelKeys is beta (warning) and valid")!;
    const now = validate(caseSpec(c));
    expect(now.ok).toBe(true);
    expect(now.issues.map((i) => `${i.path} ${i.rule} ${i.severity}`)).toEqual([
      "topologySpreadConstraints[0].matchLabelKeys beta warning",
    ]);
    const old = validate(caseSpec(c), { kubernetesVersion: "1.26" });
    expect(old.issues.map((i) => `${i.path} ${i.rule}`)).toContain(
      "topologySpreadConstraints[0].matchLabelKeys since",
    );
  });

  it("refuses pod affinity matchLabelKeys before 1.31 and warns while it is beta (1.31, 1.32)", () => {
    const term = {
      labelSelector: { matchLabels: { app: "a" } },
      topologyKey: "k8s.io/zone",
      matchLabelKeys: ["x"],
    };
    const spec = caseSpec({
      name: "",
      source: "podworks",
      spec: { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } } },
    });
    const at = (v: "1.30" | "1.32" | "1.33") =>
      validate(spec, { kubernetesVersion: v }).issues.map((i) => `${i.rule} ${i.severity}`);
    expect(at("1.30")).toEqual(["since error"]);
    expect(at("1.32")).toEqual(["beta warning"]);
    expect(at("1.33")).toEqual([]);
  });

  it("renders the scheduling fields into the pod template unchanged", () => {
    const spec = caseSpec(CASES.find((c) => c.name === "topology spread with every field")!);
    const withGates = {
      ...(spec as object),
      schedulingGates: [{ name: "example.com/wait" }],
      readinessGates: [{ conditionType: "example.com/ready" }],
    };
    const [job] = toManifests(withGates as unknown as Parameters<typeof toManifests>[0]);
    const pod = (job as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;
    expect(pod.topologySpreadConstraints).toEqual(
      (spec as Record<string, unknown>).topologySpreadConstraints,
    );
    expect(pod.schedulingGates).toEqual([{ name: "example.com/wait" }]);
    expect(pod.readinessGates).toEqual([{ conditionType: "example.com/ready" }]);
  });
});

describe("scheduling rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a scheduling gate listed twice, after a gate that is a string",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a")],
        schedulingGates: ["g", { name: "a" }, { name: "a" }],
      },
      strays: ["schedulingGates[0]"],
      rule: "scheduling.duplicate-gate",
      paths: ["schedulingGates[2].name"],
    },
    {
      name: "two spread constraints with one key pair, after null",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a")],
        topologySpreadConstraints: [
          null,
          { maxSkew: 1, topologyKey: "zone", whenUnsatisfiable: "DoNotSchedule" },
          { maxSkew: 2, topologyKey: "zone", whenUnsatisfiable: "DoNotSchedule" },
        ],
      },
      strays: ["topologySpreadConstraints[0]"],
      rule: "topology.duplicate",
      paths: ["topologySpreadConstraints[2]"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
