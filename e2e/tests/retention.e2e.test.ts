/**
 * StatefulSet PVC retention with the real StatefulSet controller, PV binder and garbage collector.
 *   Retain/Retain (podworks' explicit default): scaling 3 -> 1 keeps the claims of ordinals 1 and 2, deleting the
 *   StatefulSet keeps every claim, and a StatefulSet re-created with the same name uses the very same claims
 *   (same UIDs, same volumes). Claims lost where they must be kept are counted; the figure must be 0.
 *   Delete/Delete (explicitly acknowledged): the claims really go on scale-down and on delete.
 * The claims bind to static PersistentVolumes of a storage class of this file's own, so other files' claims
 * cannot take them.
 */
import type { V1PersistentVolumeClaim } from "@kubernetes/client-node";
import { type StatefulSetSpec, validate } from "@podworks/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, kube } from "../src/kube.js";
import { render } from "../src/manifests.js";

const CLASS = "e2e-retention";
const run = Math.random().toString(36).slice(2, 7);
let ns = "";

function statefulSet(name: string, replicas: number, remove: boolean): StatefulSetSpec {
  const action = remove ? "Delete" : "Retain";
  return {
    kind: "StatefulSet",
    name,
    replicas,
    containers: [
      {
        name: "db",
        image: "busybox:1.37",
        command: ["tail", "-f", "/dev/null"],
        volumeMounts: [{ name: "data", mountPath: "/data" }],
        resources: { limits: { cpu: "100m", memory: "64Mi" } },
      },
    ],
    volumeClaimTemplates: [
      { name: "data", storageClassName: CLASS, resources: { requests: { storage: "1Gi" } } },
    ],
    persistentVolumeClaimRetentionPolicy: { whenDeleted: action, whenScaled: action },
    ...(remove ? { acknowledgePvcDeletion: true } : {}),
  };
}

async function apply(spec: StatefulSetSpec): Promise<void> {
  for (const object of render(spec)) await kube().applyOk(object, { namespace: ns });
}

/** Waits until exactly ordinals 0..replicas-1 run and are ready. */
async function waitReady(name: string, replicas: number): Promise<void> {
  await eventually(
    `${name} to have ${replicas} ready replicas`,
    async (note) => {
      const sts = await kube().apps.readNamespacedStatefulSet({ name, namespace: ns });
      const pods = (await kube().pods(ns)).filter((p) =>
        (p.metadata?.ownerReferences ?? []).some((r) => r.kind === "StatefulSet" && r.name === name),
      );
      const running = pods.filter((p) => p.status?.phase === "Running" && !p.metadata?.deletionTimestamp);
      note(
        `readyReplicas ${sts.status?.readyReplicas ?? 0}, replicas ${sts.status?.replicas}, pods ${pods.length}`,
      );
      const want = Array.from({ length: replicas }, (_, i) => `${name}-${i}`);
      return (
        (sts.status?.readyReplicas ?? 0) === replicas &&
        sts.status?.replicas === replicas &&
        sts.status?.observedGeneration === sts.metadata?.generation &&
        pods.length === replicas &&
        running
          .map((p) => p.metadata?.name)
          .sort()
          .join() === want.join()
      );
    },
    120_000,
  );
}

/** The claims of a StatefulSet's `data` template, by name. */
async function claimsOf(name: string): Promise<Map<string, V1PersistentVolumeClaim>> {
  const all = await kube().claims(ns);
  return new Map(
    all.filter((c) => c.metadata?.name?.startsWith(`data-${name}-`)).map((c) => [c.metadata?.name ?? "", c]),
  );
}

/** Claims recorded earlier that are now missing, being deleted, or replaced by a new object (other UID). */
async function lostClaims(name: string, kept: Map<string, string>): Promise<string[]> {
  const now = await claimsOf(name);
  const lost: string[] = [];
  for (const [claim, uid] of kept) {
    const current = now.get(claim);
    if (!current) lost.push(`${claim} is gone`);
    else if (current.metadata?.uid !== uid)
      lost.push(`${claim} was replaced (uid ${uid} -> ${current.metadata?.uid})`);
    else if (current.metadata?.deletionTimestamp) lost.push(`${claim} is being deleted`);
  }
  return lost;
}

/** Gives the controllers time to act on a change (a Retain policy shows only as nothing happening). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5000));

async function waitStatefulSetGone(name: string): Promise<void> {
  await eventually(`StatefulSet ${name} and its pods to be gone`, async (note) => {
    const answer = await kube().raw("GET", `/apis/apps/v1/namespaces/${ns}/statefulsets/${name}`);
    const pods = (await kube().pods(ns)).filter((p) => p.metadata?.name?.startsWith(`${name}-`));
    note(`statefulset ${answer.status}, ${pods.length} pods`);
    return answer.status === 404 && pods.length === 0;
  });
}

beforeAll(async () => {
  ns = await kube().namespace("e2e-retention", true);
  await kube().applyOk({
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name: CLASS },
    provisioner: "kubernetes.io/no-provisioner",
    volumeBindingMode: "Immediate",
    reclaimPolicy: "Retain",
  });
  // Three claims per scenario, two scenarios, two spare.
  for (let i = 0; i < 8; i++) {
    await kube().applyOk({
      apiVersion: "v1",
      kind: "PersistentVolume",
      metadata: { name: `${CLASS}-${run}-${i}`, labels: { "podworks.dev/e2e": "retention" } },
      spec: {
        storageClassName: CLASS,
        capacity: { storage: "1Gi" },
        accessModes: ["ReadWriteOnce"],
        persistentVolumeReclaimPolicy: "Retain",
        hostPath: { path: `/tmp/podworks-e2e-volumes/${CLASS}-${run}-${i}`, type: "DirectoryOrCreate" },
      },
    });
  }
});

afterAll(async () => {
  if (ns) await kube().dropNamespace(ns);
});

describe("StatefulSet PVC retention: Retain/Retain", () => {
  it("keeps the claims on scale-down and delete, and a re-created StatefulSet re-attaches the same claims", async () => {
    const name = "keep";
    const lost: string[] = [];
    await apply(statefulSet(name, 3, false));
    await waitReady(name, 3);
    const sts = await kube().apps.readNamespacedStatefulSet({ name, namespace: ns });
    expect(sts.spec?.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Retain",
      whenScaled: "Retain",
    });

    const first = await eventually("3 Bound claims", async (note) => {
      const claims = await claimsOf(name);
      note([...claims.values()].map((c) => `${c.metadata?.name}:${c.status?.phase}`).join(", "));
      return claims.size === 3 && [...claims.values()].every((c) => c.status?.phase === "Bound")
        ? claims
        : undefined;
    });
    const uids = new Map([...first].map(([claim, c]) => [claim, c.metadata?.uid ?? ""]));
    const volumes = new Map([...first].map(([claim, c]) => [claim, c.spec?.volumeName ?? ""]));
    expect([...uids.keys()].sort()).toEqual([`data-${name}-0`, `data-${name}-1`, `data-${name}-2`]);

    // Scale 3 -> 1: pods 1 and 2 go, their claims stay.
    await apply(statefulSet(name, 1, false));
    await waitReady(name, 1);
    await settle();
    const afterScale = await lostClaims(name, uids);
    lost.push(...afterScale);
    expect(afterScale).toEqual([]);
    for (const claim of (await claimsOf(name)).values())
      expect(claim.metadata?.ownerReferences ?? []).toEqual([]);

    // Delete the StatefulSet: every claim stays.
    const deleted = await kube().delete(
      { apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name } },
      { namespace: ns },
    );
    expect(deleted.status).toBe(200);
    await waitStatefulSetGone(name);
    await settle();
    const afterDelete = await lostClaims(name, uids);
    lost.push(...afterDelete);
    expect(afterDelete).toEqual([]);

    // Re-create it with the same name: the same claims (same UIDs, same volumes) are attached again.
    await apply(statefulSet(name, 3, false));
    await waitReady(name, 3);
    const afterRecreate = await lostClaims(name, uids);
    lost.push(...afterRecreate);
    expect(afterRecreate).toEqual([]);
    const now = await claimsOf(name);
    expect(now.size).toBe(3);
    for (const [claim, c] of now) {
      expect(c.metadata?.uid).toBe(uids.get(claim));
      expect(c.spec?.volumeName).toBe(volumes.get(claim));
      expect(c.status?.phase).toBe("Bound");
    }
    for (let i = 0; i < 3; i++) {
      const pod = await kube().core.readNamespacedPod({ name: `${name}-${i}`, namespace: ns });
      const claimName = pod.spec?.volumes?.find((v) => v.name === "data")?.persistentVolumeClaim?.claimName;
      expect(claimName).toBe(`data-${name}-${i}`);
    }

    console.log(`PVCs lost: ${lost.length}${lost.length ? ` (${lost.join("; ")})` : ""}`);
    expect(lost.length).toBe(0);
  });
});

describe("StatefulSet PVC retention: Delete/Delete, acknowledged", () => {
  it("core refuses Delete unless acknowledged", () => {
    const { acknowledgePvcDeletion: _, ...unacknowledged } = statefulSet("drop", 3, true);
    const result = validate(unacknowledged);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.rule)).toContain(
      "statefulset.retention-unacknowledged",
    );
  });

  it("removes the claims of removed ordinals on scale-down and the rest on delete", async () => {
    const name = "drop";
    await apply(statefulSet(name, 3, true));
    await waitReady(name, 3);
    const sts = await kube().apps.readNamespacedStatefulSet({ name, namespace: ns });
    expect(sts.spec?.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Delete",
      whenScaled: "Delete",
    });
    const first = await claimsOf(name);
    expect([...first.keys()].sort()).toEqual([`data-${name}-0`, `data-${name}-1`, `data-${name}-2`]);
    const uid0 = first.get(`data-${name}-0`)?.metadata?.uid;

    await apply(statefulSet(name, 1, true));
    await waitReady(name, 1);
    await eventually("the claims of ordinals 1 and 2 to be removed", async (note) => {
      const claims = await claimsOf(name);
      note([...claims.keys()].join(", "));
      return claims.size === 1 && claims.has(`data-${name}-0`);
    });
    expect((await claimsOf(name)).get(`data-${name}-0`)?.metadata?.uid).toBe(uid0);

    const deleted = await kube().delete(
      { apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name } },
      { namespace: ns },
    );
    expect(deleted.status).toBe(200);
    await waitStatefulSetGone(name);
    await eventually("the last claim to be removed", async (note) => {
      const claims = await claimsOf(name);
      note([...claims.keys()].join(", "));
      return claims.size === 0;
    });
  });
});
