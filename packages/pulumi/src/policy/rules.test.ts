import { toManifests } from "@podworks/core";
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import {
  autoNamedRisks,
  claimTemplateNames,
  retentionMissingRisks,
  STATEFULSET_RESOURCE_TYPE,
  statefulSetDataPolicies,
  statefulSetDataRisks,
  statefulSetDeleteAcknowledged,
  statefulSetExplicitName,
  statefulSetRetentionPolicySet,
  unacknowledgedDeleteRisks,
} from "./index.js";

/** A raw StatefulSet as `new k8s.apps.v1.StatefulSet(...)` would carry it. */
function raw(overrides: { metadata?: Record<string, unknown>; spec?: Record<string, unknown> } = {}) {
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "db", ...overrides.metadata },
    spec: {
      serviceName: "db",
      selector: { matchLabels: { app: "db" } },
      template: {
        metadata: { labels: { app: "db" } },
        spec: { containers: [{ name: "db", image: "postgres:17" }] },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: "data" },
          spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
        },
      ],
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
      ...overrides.spec,
    },
  };
}

/** Runs a policy the way the analyzer does and returns the violations it reported. */
async function violations(
  policy: ResourceValidationPolicy,
  props: Record<string, unknown>,
  type = STATEFULSET_RESOURCE_TYPE,
) {
  const reported: string[] = [];
  const args = {
    type,
    props,
    urn: `urn:pulumi:dev::p::${type}::x`,
    name: "x",
  } as unknown as ResourceValidationArgs;
  const validate = policy.validateResource;
  for (const fn of Array.isArray(validate) ? validate : validate ? [validate] : []) {
    await fn(args, (message) => reported.push(message));
  }
  return reported;
}

describe("the checks", () => {
  it("find nothing in a safe raw StatefulSet", () => {
    expect(statefulSetDataRisks(raw())).toEqual([]);
  });

  it("find nothing in podworks' own rendering, Delete included when acknowledged", () => {
    const base = {
      kind: "StatefulSet" as const,
      name: "db",
      containers: [
        { name: "db", image: "postgres:17", volumeMounts: [{ name: "data", mountPath: "/data" }] },
      ],
      volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
    };
    const [, retained] = toManifests(base);
    expect(statefulSetDataRisks(retained as unknown as Record<string, unknown>)).toEqual([]);
    const [, deleting] = toManifests({
      ...base,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete" },
      acknowledgePvcDeletion: true,
    });
    // The component adds this annotation when acknowledgePvcDeletion is true (see stateful-set.ts).
    const annotated = {
      ...deleting,
      metadata: { ...deleting!.metadata, annotations: { "podworks.dev/acknowledge-pvc-deletion": "true" } },
    };
    expect(statefulSetDataRisks(annotated as unknown as Record<string, unknown>)).toEqual([]);
    expect(unacknowledgedDeleteRisks(deleting as unknown as Record<string, unknown>)).toHaveLength(1);
  });

  it("flag an auto-named StatefulSet: no metadata.name, or the provider's autonamed mark", () => {
    expect(autoNamedRisks(raw({ metadata: { name: undefined } }))).toHaveLength(1);
    const [risk] = autoNamedRisks(
      raw({ metadata: { name: "db-4f2a9c1", annotations: { "pulumi.com/autonamed": "true" } } }),
    );
    expect(risk?.en).toMatch(/is auto-named: each replacement gets a new name.*data-<new name>-<ordinal>/);
    expect(risk?.ko).toMatch(/자동으로 지어진다/);
  });

  it("flag a missing retention policy, or a missing half of it", () => {
    expect(
      retentionMissingRisks(raw({ spec: { persistentVolumeClaimRetentionPolicy: undefined } }))[0]?.en,
    ).toMatch(/does not set persistentVolumeClaimRetentionPolicy.whenDeleted and .whenScaled/);
    expect(
      retentionMissingRisks(
        raw({ spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain" } } }),
      )[0]?.en,
    ).toMatch(/\.whenScaled:/);
  });

  it("flag Delete without the acknowledgement annotation, and accept it with the annotation", () => {
    const deleting = {
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Delete" },
    };
    const [risk] = unacknowledgedDeleteRisks(raw({ spec: deleting }));
    expect(risk?.en).toMatch(
      /has whenScaled: Delete: Kubernetes deletes its claims \(data-<statefulset>-<ordinal>\) and their data when it is scaled down/,
    );
    expect(risk?.ko).toMatch(/축소할 때/);
    expect(
      unacknowledgedDeleteRisks(
        raw({
          spec: deleting,
          metadata: { annotations: { "podworks.dev/acknowledge-pvc-deletion": "true" } },
        }),
      ),
    ).toEqual([]);
    expect(
      unacknowledgedDeleteRisks(
        raw({
          spec: deleting,
          metadata: { annotations: { "podworks.dev/acknowledge-pvc-deletion": "yes" } },
        }),
      ),
    ).toHaveLength(1);
  });

  it("leave StatefulSets without volumeClaimTemplates alone (no claims to lose)", () => {
    const noClaims = raw({
      metadata: { name: undefined },
      spec: { volumeClaimTemplates: undefined, persistentVolumeClaimRetentionPolicy: undefined },
    });
    expect(claimTemplateNames(noClaims)).toEqual([]);
    expect(statefulSetDataRisks(noClaims)).toEqual([]);
  });

  it("report everything at once, in the pack's order", () => {
    const risky = raw({
      metadata: { name: undefined },
      spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete" } },
    });
    const risks = statefulSetDataRisks(risky);
    expect(risks).toHaveLength(3);
    expect(risks.map((r) => r.en.split(" ").slice(0, 3).join(" "))).toEqual([
      "this StatefulSet is",
      "this StatefulSet does",
      "this StatefulSet has",
    ]);
  });
});

describe("the CrossGuard policies", () => {
  it("are three mandatory resource policies with distinct names", () => {
    expect(statefulSetDataPolicies.map((p) => p.name)).toEqual([
      "podworks-statefulset-explicit-name",
      "podworks-statefulset-retention-policy-set",
      "podworks-statefulset-delete-acknowledged",
    ]);
    expect(statefulSetDataPolicies.every((p) => p.enforcementLevel === "mandatory" && p.description)).toBe(
      true,
    );
  });

  it("report each risk of a raw StatefulSet as one violation, English then Korean", async () => {
    const risky = raw({
      metadata: { name: undefined },
      spec: { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" } },
    });
    const [named] = await violations(statefulSetExplicitName, risky);
    expect(named).toMatch(/^this StatefulSet is auto-named.*\n이 스테이트풀셋의 이름이 자동으로 지어진다/s);
    expect(await violations(statefulSetRetentionPolicySet, risky)).toEqual([]);
    expect(await violations(statefulSetDeleteAcknowledged, risky)).toHaveLength(1);
    expect(
      await violations(
        statefulSetRetentionPolicySet,
        raw({ spec: { persistentVolumeClaimRetentionPolicy: undefined } }),
      ),
    ).toHaveLength(1);
  });

  it("look only at kubernetes:apps/v1:StatefulSet resources", async () => {
    const risky = raw({ metadata: { name: undefined } });
    for (const policy of statefulSetDataPolicies) {
      expect(await violations(policy, risky, "kubernetes:apps/v1:StatefulSetPatch")).toEqual([]);
      expect(await violations(policy, risky, "podworks:index:StatefulSet")).toEqual([]);
    }
    expect(await violations(statefulSetExplicitName, risky)).toHaveLength(1);
  });
});
