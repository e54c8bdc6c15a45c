/**
 * What the seed's four workloads (examples/specs/{job,cron-job,daemon-set,stateful-set}.yaml) leave in a namespace
 * after `pulumi up`, read with kubectl, and the checks every language's seed test makes: after `up` each object
 * exists as the spec says, a second `up --expect-no-changes` leaves every UID as it was, and `destroy` removes the
 * workloads and keeps every claim (`PVCs lost: 0`).
 */
import { join } from "node:path";
import { expect } from "vitest";
import type { PulumiEnv } from "../../src/env.js";
import { type KObject, type Kubectl, PvcLedger, uniqueName } from "../../src/kube.js";
import type { Stack } from "../../src/pulumi.js";

/** The objects the four components create, by kind and name. */
export const SEED_OBJECTS = [
  ["jobs.batch", "pi"],
  ["cronjobs.batch", "nightly-backup"],
  ["daemonsets.apps", "log-agent"],
  ["statefulsets.apps", "web"],
  ["services", "web"],
] as const;
export const SEED_CLAIMS = ["data-web-0", "data-web-1", "data-web-2"];
export const SEED_WORKLOADS = ["pi", "nightly-backup", "log-agent", "web"];

/**
 * Locally, three PersistentVolumes of exactly 1Gi in the cluster's default StorageClass for the seed's three claims,
 * labelled for `deleteSeedVolumes`. The claims (1Gi, no class) bind to them rather than to the cluster's shared
 * 10Gi volumes, the smallest that fit: the shared pool is spent by the other files, and a retained claim's volume is
 * never free again. Returns the label value (undefined in external mode, where claims are provisioned).
 */
export async function seedVolumes(env: PulumiEnv, kube: Kubectl, label: string): Promise<string | undefined> {
  if (env.mode !== "local") return undefined;
  const id = uniqueName(`pw-${label}`);
  const volumes = [0, 1, 2].map((i) => ({
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: {
      name: `${id}-pv-${i}`,
      labels: { "podworks.dev/e2e": "pulumi", "podworks.dev/e2e-class": id },
    },
    spec: {
      storageClassName: env.storageClass,
      capacity: { storage: "1Gi" },
      accessModes: ["ReadWriteOnce"],
      persistentVolumeReclaimPolicy: "Retain",
      hostPath: { path: `/tmp/podworks-e2e-pulumi/${id}-pv-${i}`, type: "DirectoryOrCreate" },
    },
  }));
  await kube.apply(volumes, join(env.work!, `${id}.json`));
  return id;
}

/** Deletes the volumes `seedVolumes` made. */
export async function deleteSeedVolumes(kube: Kubectl, id: string | undefined): Promise<void> {
  if (id) await kube.delete(["pv", "-l", `podworks.dev/e2e-class=${id}`]);
}

async function objects(kube: Kubectl, namespace: string): Promise<Map<string, KObject | undefined>> {
  const found = new Map<string, KObject | undefined>();
  for (const [kind, name] of SEED_OBJECTS)
    found.set(`${kind}/${name}`, await kube.get(kind, name, namespace));
  return found;
}

/** Checks every object of the four workloads as the specs describe them; returns their UIDs. */
export async function expectSeedDeployed(kube: Kubectl, namespace: string): Promise<Map<string, string>> {
  const found = await objects(kube, namespace);
  for (const [key, object] of found) expect(object, key).toBeDefined();
  const job = found.get("jobs.batch/pi")!;
  // `pulumi up` waited for the Job (timeoutSeconds 300): 5 completions, 2 at a time.
  expect(job.spec.completions).toBe(5);
  expect(job.spec.parallelism).toBe(2);
  expect(job.status.succeeded).toBe(5);
  const cron = found.get("cronjobs.batch/nightly-backup")!;
  expect(cron.spec.schedule).toBe("0 3 * * *");
  expect(cron.spec.timeZone).toBe("Asia/Seoul");
  expect(cron.spec.concurrencyPolicy).toBe("Forbid");
  const ds = found.get("daemonsets.apps/log-agent")!;
  expect(ds.status.desiredNumberScheduled).toBeGreaterThan(0);
  expect(ds.status.numberReady).toBe(ds.status.desiredNumberScheduled);
  const sts = found.get("statefulsets.apps/web")!;
  expect(sts.spec.replicas).toBe(3);
  expect(sts.status.readyReplicas).toBe(3);
  expect(sts.spec.serviceName).toBe("web");
  expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({
    whenDeleted: "Retain",
    whenScaled: "Retain",
  });
  expect(found.get("services/web")!.spec.clusterIP).toBe("None");
  const claims = new Map((await kube.list("pvc", namespace)).map((c) => [c.metadata.name, c]));
  for (const claim of SEED_CLAIMS) expect(claims.get(claim)?.status?.phase, claim).toBe("Bound");
  return new Map([...found].map(([key, object]) => [key, object!.metadata.uid]));
}

/**
 * The whole seed lifecycle of one language's stack: `up` (objects checked, outputs `workloads`), a second
 * `up --expect-no-changes` (same UIDs), `destroy` (workloads gone, claims kept: `PVCs lost: 0`).
 */
export async function seedLifecycle(
  stack: Stack,
  kube: Kubectl,
  namespace: string,
  label: string,
  checkOutputs: (outputs: Record<string, unknown>) => void = () => {},
): Promise<void> {
  const ledger = new PvcLedger(kube, namespace);
  await stack.up();
  const uids = await expectSeedDeployed(kube, namespace);
  const outputs = await stack.outputs();
  expect(outputs.workloads).toEqual(SEED_WORKLOADS);
  checkOutputs(outputs);
  await ledger.record();
  expect(ledger.size).toBe(SEED_CLAIMS.length);

  await stack.upNoChanges();
  const again = await objects(kube, namespace);
  for (const [key, uid] of uids) expect(again.get(key)?.metadata.uid, key).toBe(uid);

  await stack.destroy();
  for (const [key, object] of await objects(kube, namespace)) expect(object, key).toBeUndefined();
  expect((await ledger.report(`${label} destroy`)).lost).toEqual([]);
}
