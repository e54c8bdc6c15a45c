/**
 * Property-based tests: generated valid specs render manifests that the official Kubernetes OpenAPI
 * schema accepts (through kubernetes-models) and that survive a YAML round trip; generated invalid
 * mutations are rejected with a path and never throw anything but PodworksValidationError.
 */
import fc from "fast-check";
import { load } from "js-yaml";
import { DaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { Job } from "kubernetes-models/batch/v1/Job";
import { Service } from "kubernetes-models/v1/Service";
import { describe, expect, it } from "vitest";
import { errorsOf, PodworksValidationError } from "./issues.js";
import type { WorkloadSpec } from "./kinds.js";
import { manifestsToYaml, toManifests } from "./render.js";
import { validate } from "./validate.js";

const MODELS = { Job, CronJob, DaemonSet, StatefulSet, Service } as const;

const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
const portName = fc.stringMatching(/^[a-z]{1,8}$/);
const cpu = fc.oneof(
  fc.integer({ min: 1, max: 4000 }).map((m) => `${m}m`),
  fc.constantFrom("0.5", "1", "2"),
);
const memory = fc.integer({ min: 1, max: 4096 }).map((m) => `${m}Mi`);
const schedule = fc.constantFrom(
  "*/5 * * * *",
  "0 3 * * *",
  "@daily",
  "@hourly",
  "30 2 1 * *",
  "0 9 * * MON-FRI",
  "15 */2 * JAN,JUL *",
);
const timeZone = fc.constantFrom(undefined, "UTC", "Asia/Seoul", "America/New_York", "Europe/Berlin");

const container = fc.record({
  name: label,
  image: fc.constantFrom(
    "busybox:1.37",
    "nginx:1.27",
    `registry.example.com/team/app@sha256:${"a".repeat(64)}`,
  ),
  command: fc.constantFrom(undefined, ["tail", "-f", "/dev/null"], ["sh", "-c", "echo hi"]),
  limits: fc.record({ cpu, memory }),
  ports: fc.uniqueArray(fc.record({ name: portName, containerPort: fc.integer({ min: 1, max: 65535 }) }), {
    maxLength: 3,
    selector: (p) => p.name,
  }),
});

const pod = fc.record({
  name: label.filter((n) => n.length <= 40),
  labels: fc.dictionary(label, label, { maxKeys: 3 }),
  containers: fc.uniqueArray(container, { minLength: 1, maxLength: 2, selector: (c) => c.name }),
});

type Pod = typeof pod extends fc.Arbitrary<infer T> ? T : never;

function containersOf(p: Pod, allowPorts: boolean) {
  const seen = new Set<string>();
  return p.containers.map((c) => ({
    name: c.name,
    image: c.image,
    ...(c.command ? { command: c.command } : {}),
    resources: { requests: { cpu: c.limits.cpu, memory: c.limits.memory }, limits: c.limits },
    ports: allowPorts
      ? c.ports.filter((port) => {
          if (seen.has(port.name)) return false;
          seen.add(port.name);
          return true;
        })
      : [],
  }));
}

const jobFields = fc.record(
  {
    completions: fc.integer({ min: 1, max: 20 }),
    parallelism: fc.integer({ min: 0, max: 20 }),
    backoffLimit: fc.integer({ min: 0, max: 10 }),
    ttlSecondsAfterFinished: fc.integer({ min: 0, max: 86400 }),
    activeDeadlineSeconds: fc.integer({ min: 1, max: 86400 }),
  },
  { requiredKeys: [] },
);

const spec: fc.Arbitrary<WorkloadSpec> = fc.oneof(
  fc.tuple(pod, jobFields, fc.boolean()).map(([p, j, indexed]) => ({
    kind: "Job" as const,
    name: p.name,
    labels: p.labels,
    ...j,
    ...(indexed ? { completionMode: "Indexed" as const, completions: j.completions ?? 3 } : {}),
    containers: containersOf(p, true),
  })),
  fc
    .tuple(
      pod,
      jobFields,
      schedule,
      timeZone,
      fc.constantFrom("Allow", "Forbid", "Replace") as fc.Arbitrary<"Allow">,
    )
    .map(([p, j, s, tz, policy]) => ({
      kind: "CronJob" as const,
      name: p.name,
      labels: p.labels,
      schedule: s,
      ...(tz ? { timeZone: tz } : {}),
      concurrencyPolicy: policy,
      jobTemplate: j,
      containers: containersOf(p, true),
    })),
  fc.tuple(pod, fc.boolean()).map(([p, cp]) => ({
    kind: "DaemonSet" as const,
    name: p.name,
    labels: p.labels,
    tolerateControlPlane: cp,
    containers: containersOf(p, true),
  })),
  fc
    .tuple(
      pod,
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom("OrderedReady", "Parallel") as fc.Arbitrary<"Parallel">,
      fc.uniqueArray(label, { minLength: 0, maxLength: 2 }),
    )
    .map(([p, replicas, policy, templates]) => {
      const containers = containersOf(p, true);
      return {
        kind: "StatefulSet" as const,
        name: p.name,
        labels: p.labels,
        replicas,
        podManagementPolicy: policy,
        containers: containers.map((c, i) =>
          i === 0 ? { ...c, volumeMounts: templates.map((t) => ({ name: t, mountPath: `/mnt/${t}` })) } : c,
        ),
        volumeClaimTemplates: templates.map((t) => ({
          name: t,
          resources: { requests: { storage: "1Gi" } },
        })),
      };
    }),
);

describe("generated valid specs", () => {
  it("are checked by a schema that does reject a wrong manifest", () => {
    const [job] = toManifests({ kind: "Job", name: "x", containers: [{ name: "a", image: "busybox:1.37" }] });
    const broken = { ...job, spec: { ...(job as { spec: object }).spec, completions: "five" } };
    expect(() => new Job(broken as never).validate()).toThrow(/completions/);
  });

  it("validate, render objects the Kubernetes OpenAPI schema accepts, and survive a YAML round trip", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const result = validate(s);
        expect(errorsOf(result.issues)).toEqual([]);
        // Generated specs pin images and set requests; lint may only remark on ttl and readiness probes.
        for (const issue of result.issues)
          expect(["lint.job-without-ttl", "lint.no-readiness-probe"]).toContain(issue.rule);
        const objects = toManifests(s);
        for (const object of objects) {
          const Model = MODELS[object.kind as keyof typeof MODELS];
          expect(() => new Model(object as never).validate()).not.toThrow();
        }
        const yaml = manifestsToYaml(objects);
        const back = yaml.split(/^---\n/m).map((doc) => load(doc));
        expect(back).toEqual(JSON.parse(JSON.stringify(objects)));
      }),
      { numRuns: 300 },
    );
  });
});

type Mutation = (s: Record<string, unknown>) => Record<string, unknown>;

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>((s) => ({ ...s, name: "Upper_Case" })),
  fc.constant<Mutation>((s) => ({ ...s, name: undefined })),
  fc.constant<Mutation>((s) => ({ ...s, containers: [] })),
  fc.constant<Mutation>((s) => ({ ...s, restartPolicy: "Sometimes" })),
  fc.constant<Mutation>((s) => ({ ...s, unknownField: 1 })),
  fc.constant<Mutation>((s) => ({ ...s, labels: { "bad key": "v" } })),
  fc.anything().map<Mutation>((junk) => (s) => ({ ...s, containers: junk })),
  fc
    .anything()
    .map<Mutation>((junk) => (s) => ({ ...s, name: typeof junk === "string" ? `${junk}!` : junk })),
  fc
    .tuple(
      fc.constantFrom("replicas", "completions", "parallelism", "backoffLimit", "minReadySeconds"),
      fc.integer({ max: -1 }),
    )
    .map<Mutation>(([field, n]) => (s) => ({ ...s, [field]: n })),
  fc
    .tuple(
      fc.constantFrom(
        "schedule",
        "timeZone",
        "podManagementPolicy",
        "volumeClaimTemplates",
        "jobTemplate",
        "updateStrategy",
        "tolerations",
        "securityContext",
      ),
      fc.anything(),
    )
    .filter(([, junk]) => junk !== undefined)
    .map<Mutation>(([field, junk]) => (s) => ({ ...s, [field]: junk, completions: -1 })),
);

describe("generated invalid specs", () => {
  it("are rejected with a path, and only ever throw PodworksValidationError", () => {
    fc.assert(
      fc.property(spec, mutations, (s, mutate) => {
        const bad = mutate({ ...s } as Record<string, unknown>);
        const result = validate(bad);
        expect(result.ok).toBe(false);
        for (const issue of result.issues) {
          expect(typeof issue.path).toBe("string");
          expect(issue.message.en).not.toBe("");
          expect(issue.message.ko).not.toBe("");
        }
        expect(result.issues.some((i) => i.path !== "" || i.rule === "type")).toBe(true);
        try {
          toManifests(bad as unknown as WorkloadSpec);
          throw new Error("rendered an invalid spec");
        } catch (error) {
          expect(error).toBeInstanceOf(PodworksValidationError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
