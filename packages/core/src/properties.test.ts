/**
 * Property-based tests: generated valid specs render manifests that the official Kubernetes OpenAPI
 * schema accepts (through kubernetes-models) and that survive a YAML round trip; generated invalid
 * mutations are rejected with a path and never throw anything but PodworksValidationError. The pod
 * templates with every nested object and their one-field mutations (`__fixtures__/pod-template.ts`) are
 * the ones the e2e differential test sends to a real API server, which proves the arbitraries valid there.
 */
import fc from "fast-check";
import { load } from "js-yaml";
import { DaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { CronJob } from "kubernetes-models/batch/v1/CronJob";
import { Job } from "kubernetes-models/batch/v1/Job";
import { Service } from "kubernetes-models/v1/Service";
import { describe, expect, it } from "vitest";
import {
  type NestedMutation,
  nestedMutation,
  reportsPath,
  templateSpec,
} from "./__fixtures__/pod-template.js";
import { validSpec } from "./__tests__/arbitrary.js";
import type { FieldDef } from "./catalogue.js";
import { errorsOf, PodworksValidationError } from "./issues.js";
import type { WorkloadSpec } from "./kinds.js";
import { containerFields, podFields } from "./pod/index.js";
import { manifestsToYaml, toManifests } from "./render.js";
import { validate } from "./validate.js";

const MODELS = { Job, CronJob, DaemonSet, StatefulSet, Service } as const;

describe("generated valid specs", () => {
  it("are checked by a schema that does reject a wrong manifest", () => {
    const [job] = toManifests({ kind: "Job", name: "x", containers: [{ name: "a", image: "busybox:1.37" }] });
    const broken = { ...job, spec: { ...(job as { spec: object }).spec, completions: "five" } };
    expect(() => new Job(broken as never).validate()).toThrow(/completions/);
  });

  it("validate, render objects the Kubernetes OpenAPI schema accepts, and survive a YAML round trip", () => {
    fc.assert(
      fc.property(validSpec, (s) => {
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
      fc.property(validSpec, mutations, (s, mutate) => {
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

type Raw = Record<string, unknown>;

/** The catalogue entry a mutation's owner names, e.g. `container.livenessProbe`. */
function ownerField(owner: NestedMutation["owner"]) {
  const [where, field] = owner.split(".") as ["container" | "pod", string];
  const fields = (where === "container" ? containerFields : podFields) as Record<string, FieldDef>;
  return fields[field];
}

describe("generated pod templates with every nested object", () => {
  it("are checked by a schema that does reject a wrong nested object", () => {
    const [job] = toManifests(
      fc.sample(
        templateSpec.filter((t) => t.kind === "Job"),
        { seed: 1, numRuns: 1 },
      )[0] as unknown as WorkloadSpec,
    );
    const broken = structuredClone(job) as { spec: { template: { spec: { containers: Raw[] } } } };
    broken.spec.template.spec.containers[0]!.livenessProbe = {
      exec: { command: ["true"] },
      periodSeconds: "10",
    };
    expect(() => new MODELS[job!.kind as keyof typeof MODELS](broken as never).validate()).toThrow(
      /periodSeconds/,
    );
  });

  it("are accepted by core and render objects the Kubernetes OpenAPI schema accepts", () => {
    fc.assert(
      fc.property(templateSpec, (s) => {
        const result = validate(s);
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        const objects = toManifests(s as unknown as WorkloadSpec);
        for (const object of objects) {
          const Model = MODELS[object.kind as keyof typeof MODELS];
          expect(() => new Model(object as never).validate()).not.toThrow();
        }
        // The nested objects reach the manifest as written.
        const pod = JSON.stringify(objects);
        for (const key of [
          "livenessProbe",
          "tolerations",
          "topologySpreadConstraints",
          "hostAliases",
          "dnsConfig",
        ])
          expect(pod).toContain(`"${key}"`);
      }),
      { numRuns: 150 },
    );
  });

  it("each mutation names a nested object of the catalogue", () => {
    const owners = new Set(fc.sample(nestedMutation, { seed: 7, numRuns: 400 }).map((m) => m.owner));
    expect(owners.size).toBeGreaterThan(10);
    for (const owner of owners) {
      const field = ownerField(owner as NestedMutation["owner"]);
      expect(field, owner).toBeDefined();
      expect(["object", "object[]"], owner).toContain(field?.type);
    }
  });

  it("mutated, are rejected at the broken field once core checks the object, and never throw but PodworksValidationError", () => {
    fc.assert(
      fc.property(templateSpec, nestedMutation, (s, mutation) => {
        const bad = mutation.apply(s);
        const result = validate(bad);
        const errors = result.issues.filter((i) => i.severity === "error");
        for (const issue of errors) {
          expect(issue.message.en).not.toBe("");
          expect(issue.message.ko).toMatch(/[\uac00-\ud7a3]/);
        }
        // An object whose catalogue entry has a section is one core claims to check; so is any rejection.
        if (ownerField(mutation.owner)?.section !== undefined || !result.ok) {
          expect(result.ok, mutation.name).toBe(false);
          expect(
            reportsPath(
              errors.map((i) => i.path),
              mutation.path,
            ),
            `${mutation.name}: expected ${mutation.path}, got ${errors.map((i) => i.path).join(", ")}`,
          ).toBe(true);
        }
        try {
          toManifests(bad as unknown as WorkloadSpec);
          expect(result.ok).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(PodworksValidationError);
        }
      }),
      { numRuns: 600 },
    );
  });
});
