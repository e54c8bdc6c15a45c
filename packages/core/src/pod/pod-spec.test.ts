/**
 * The pod-level table (`__fixtures__/cases/pod.ts`: hostname, subdomain, preemptionPolicy, pod-level resources,
 * from TestValidatePodResources, TestValidatePodResourceConsistency, TestValidatePodHostName in
 * kubernetes/kubernetes `pkg/apis/core/validation/validation_test.go`), the version gates of the pod-level fields,
 * the unknown-field hint, and the README's list of PodSpec fields podworks does not model.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ValidationCase } from "../__fixtures__/cases/case.js";
import { CASES } from "../__fixtures__/cases/pod.js";
import { expectSectionText, runCase } from "../__tests__/pod-cases.js";
import {
  baseDaemonSet,
  baseJob,
  baseStatefulSet,
  HANGUL,
  validateServerRules as validate,
  withFields,
} from "../__tests__/specs.js";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";
import type { CatalogueSection, FieldDef } from "../catalogue.js";
import { toManifests } from "../render.js";
import { POD_FIELDS_NOT_MODELLED } from "./not-modelled.js";
import { podResourcesSection } from "./pod-resources.js";
import { podFields } from "./pod-spec.js";

const issues = (fields: Record<string, unknown>, kubernetesVersion?: "1.33" | "1.34" | "1.26") =>
  validate(withFields(baseJob, fields), kubernetesVersion ? { kubernetesVersion } : {}).issues.map(
    (i) => `${i.path} ${i.rule} ${i.severity}`,
  );

describe("pod-level cases", () => {
  it.each(CASES.map((c): [string, ValidationCase] => [c.name, c]))("%s", (_name, c) => runCase(c));
});

describe("pod-level fields", () => {
  it("documents pod resources in both languages", () => {
    expectSectionText(podResourcesSection);
  });

  it("gives each nested section of the pod template its own name", () => {
    const byName = new Map<string, CatalogueSection>();
    const visit = (fields: Readonly<Record<string, FieldDef>>) => {
      for (const def of Object.values(fields)) {
        if (!def.section) continue;
        const known = byName.get(def.section.name);
        expect(known === undefined || known === def.section, def.section.name).toBe(true);
        if (known) continue;
        byName.set(def.section.name, def.section);
        visit(def.section.fields);
      }
    };
    visit(podFields);
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining([
        "toleration",
        "affinity",
        "nodeSelectorTerm",
        "podAffinityTerm",
        "labelSelector",
      ]),
    );
    expect([...byName.keys()]).toEqual(
      expect.arrayContaining([
        "topologySpreadConstraint",
        "dnsConfig",
        "hostAlias",
        "podResources",
        "schedulingGate",
      ]),
    );
  });

  it("warns that pod-level resources are beta and refuses them before 1.34", () => {
    const resources = { resources: { requests: { cpu: "1" } } };
    expect(issues(resources)).toEqual(["resources beta warning"]);
    expect(issues(resources, "1.33")).toEqual(["resources since error"]);
  });

  it("refuses schedulingGates before 1.27 and accepts them silently from 1.30 (GA)", () => {
    expect(issues({ schedulingGates: [{ name: "a" }] }, "1.26")).toEqual(["schedulingGates since error"]);
    expect(issues({ schedulingGates: [{ name: "a" }] })).toEqual([]);
  });

  it("counts sidecars with the containers and a regular init container on its own", () => {
    const init = (name: string, cpu: string, sidecar: boolean) => ({
      name,
      image: "busybox:1.37",
      resources: { requests: { cpu } },
      ...(sidecar ? { restartPolicy: "Always" } : {}),
    });
    const spec = (initContainers: unknown[]) =>
      withFields(baseJob, {
        resources: { requests: { cpu: "3" } },
        containers: [{ ...baseJob.containers[0], resources: { requests: { cpu: "1" } } }],
        initContainers,
      });
    // 1 (main) + 1 (sidecar) = 2; the init container needs 1 (sidecar) + 2 = 3: fits in 3.
    expect(validate(spec([init("sidecar", "1", true), init("setup", "2", false)])).ok).toBe(true);
    // The init container alone needs 4, above 3.
    expect(validate(spec([init("setup", "4", false)])).issues.map((i) => i.rule)).toContain(
      "pod-resources.below-containers",
    );
    // Two sidecars and the main container: 1 + 1.5 + 1 = 3.5, above 3.
    expect(
      validate(spec([init("a", "1500m", true), init("b", "1", true)])).issues.map((i) => i.rule),
    ).toContain("pod-resources.below-containers");
  });

  it("renders the pod-level fields podworks added", () => {
    const [job] = toManifests(
      withFields(baseJob, {
        preemptionPolicy: "Never",
        resources: { requests: { cpu: "1" }, limits: { cpu: "2" } },
        readinessGates: [{ conditionType: "example.com/ready" }],
      }) as Parameters<typeof toManifests>[0],
    );
    const pod = (job as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;
    expect(pod.preemptionPolicy).toBe("Never");
    expect(pod.resources).toEqual({ requests: { cpu: "1" }, limits: { cpu: "2" } });
    expect(pod.readinessGates).toEqual([{ conditionType: "example.com/ready" }]);
  });
});

describe("unknown fields", () => {
  it("suggests the field that was meant", () => {
    const [issue] = validate(withFields(baseJob, { tolerationz: [] })).issues;
    expect(issue).toMatchObject({ path: "tolerationz", rule: "unknown-field" });
    expect(issue!.fix.en).toBe('did you mean "tolerations"?');
  });

  it("points at the field reference instead of listing dozens of fields", () => {
    const [issue] = validate(withFields(baseJob, { qqqqqqqqqq: 1 })).issues;
    expect(issue!.rule).toBe("unknown-field");
    expect(issue!.fix.en).toContain("https://podworks.dev/");
    expect(issue!.fix.en).not.toContain("containers,");
    expect(issue!.fix.ko).toMatch(HANGUL);
  });

  it("lists the fields of a small object", () => {
    const [issue] = validate(
      withFields(baseJob, { tolerations: [{ qqqqqqqqqq: 1, operator: "Exists" }] }),
    ).issues;
    expect(issue!.path).toBe("tolerations[0].qqqqqqqqqq");
    expect(issue!.fix.en).toBe(
      "remove it; the fields here are: key, operator, value, effect, tolerationSeconds",
    );
  });
});

/** Every field of the Kubernetes 1.36 core/v1 PodSpec (k8s.io/api v0.36.3 `core/v1/types.go`). */
const POD_SPEC_1_36 = [
  "volumes",
  "initContainers",
  "containers",
  "ephemeralContainers",
  "restartPolicy",
  "terminationGracePeriodSeconds",
  "activeDeadlineSeconds",
  "dnsPolicy",
  "nodeSelector",
  "serviceAccountName",
  "serviceAccount",
  "automountServiceAccountToken",
  "nodeName",
  "hostNetwork",
  "hostPID",
  "hostIPC",
  "shareProcessNamespace",
  "securityContext",
  "imagePullSecrets",
  "hostname",
  "subdomain",
  "affinity",
  "schedulerName",
  "tolerations",
  "hostAliases",
  "priorityClassName",
  "priority",
  "dnsConfig",
  "readinessGates",
  "runtimeClassName",
  "enableServiceLinks",
  "preemptionPolicy",
  "overhead",
  "topologySpreadConstraints",
  "setHostnameAsFQDN",
  "os",
  "hostUsers",
  "schedulingGates",
  "resourceClaims",
  "resources",
  "hostnameOverride",
  "schedulingGroup",
];

describe('the README\'s "Fields not modelled"', () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.split(/^## Fields not modelled$/m)[1]?.split(/^## /m)[0] ?? "";
  const listed = [...section.matchAll(/^- `([A-Za-z]+)`: (.+)$/gm)].map((m) => [m[1]!, m[2]!] as const);

  it("lists PodSpec fields only, none of them modelled, each with a reason, alphabetically", () => {
    expect(listed.length).toBeGreaterThan(0);
    for (const [field, reason] of listed) {
      expect(POD_SPEC_1_36, field).toContain(field);
      expect(Object.keys(podFields), field).not.toContain(field);
      expect(reason.trim().length, field).toBeGreaterThan(20);
    }
    const names = listed.map(([field]) => field);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("names every field that validation explains as not modelled", () => {
    expect(listed.map(([field]) => field)).toEqual(
      expect.arrayContaining(Object.keys(POD_FIELDS_NOT_MODELLED)),
    );
  });

  it("explains a field that is not modelled instead of calling it a typo", () => {
    for (const [kind, base] of [
      ["Job", baseJob],
      ["StatefulSet", baseStatefulSet],
    ] as const) {
      const { issues } = validate(withFields(base, { nodeName: "node-1" }));
      expect(issues, kind).toHaveLength(1);
      expect(issues[0]).toMatchObject({ path: "nodeName", rule: "unknown-field" });
      expect(issues[0]!.message.en).toContain("nodeName is not modelled");
      expect(issues[0]!.message.ko).toMatch(HANGUL);
    }
    // On a Job, activeDeadlineSeconds is the Job's own field, so it is not reported at all.
    expect(validate(withFields(baseJob, { activeDeadlineSeconds: 60 })).ok).toBe(true);
    const daemon = validate(withFields(baseDaemonSet, { activeDeadlineSeconds: 60 }));
    expect(daemon.issues[0]!.message.en).toContain("forbids the pod-level field");
  });

  it("includes the scheduling fields podworks leaves out", () => {
    expect(listed.map(([field]) => field)).toEqual(
      expect.arrayContaining([
        "activeDeadlineSeconds",
        "nodeName",
        "overhead",
        "priority",
        "schedulingGroup",
      ]),
    );
  });
});

describe("pod-level resource rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a container limit above the pod's, after a container that is a string",
      spec: {
        kind: "Job",
        name: "j",
        resources: { requests: { cpu: "1" }, limits: { cpu: "1" } },
        containers: ["x", container("a", { resources: { requests: { cpu: "1" }, limits: { cpu: "2" } } })],
      },
      strays: ["containers[0]"],
      rule: "pod-resources.container-above-pod",
      paths: ["containers[1].resources.limits.cpu"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
