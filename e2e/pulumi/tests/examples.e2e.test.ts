/**
 * Every example stack, run as a user runs it: `pulumi up` (the Kubernetes provider awaits the Job's completion and
 * the StatefulSet's and DaemonSet's readiness, on kwok nodes locally), a second `pulumi up` that must change
 * nothing, and `pulumi destroy`, which removes every object the stack created and no claim.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createNamespace, type KObject, Kubectl, PvcLedger, staticStorage } from "../src/kube.js";
import { Stack } from "../src/pulumi.js";

const env = inject("pulumiEnv");
const kube = new Kubectl(env);

/** What each example creates, by kind (the headless Services of StatefulSets come on top). */
const EXAMPLES: Record<string, Record<string, number>> = {
  job: { Job: 1 },
  "cron-job": { CronJob: 1 },
  "daemon-set": { DaemonSet: 1 },
  "stateful-set": { StatefulSet: 1 },
  database: { StatefulSet: 1 },
  seed: { Job: 1, CronJob: 1, DaemonSet: 1, StatefulSet: 1 },
};
const KINDS = ["Job", "CronJob", "DaemonSet", "StatefulSet"] as const;
const RESOURCE: Record<(typeof KINDS)[number], string> = {
  Job: "jobs.batch",
  CronJob: "cronjobs.batch",
  DaemonSet: "daemonsets.apps",
  StatefulSet: "statefulsets.apps",
};

async function workloads(namespace: string): Promise<Record<string, KObject[]>> {
  const found: Record<string, KObject[]> = {};
  for (const kind of KINDS) found[kind] = await kube.list(RESOURCE[kind], namespace);
  return found;
}

function condition(obj: KObject, type: string): string | undefined {
  return (obj.status?.conditions ?? []).find((c: { type: string }) => c.type === type)?.status;
}

beforeAll(async () => {
  // The examples' claims use the cluster's default StorageClass. Locally that is e2e/cluster.sh's `standard`
  // with a fixed set of static volumes shared with the other e2e tests, so these tests bring 12 of their own.
  if (env.mode === "local") {
    const objects = staticStorage("standard", 12, "10Gi", {
      allowVolumeExpansion: true,
      hostDir: "/tmp/podworks-e2e-pulumi",
    });
    const volumes = objects.slice(1).map((pv) => {
      const copy = structuredClone(pv) as { metadata: { name: string } };
      copy.metadata.name = copy.metadata.name.replace("standard-pv", "pulumi-examples-pv");
      return copy;
    });
    await kube.apply(volumes, join(env.work!, "examples-pvs.json"));
  }
});

afterAll(async () => {
  if (env.mode === "local") await kube.delete(["pv", "-l", "podworks.dev/e2e-class=standard"]);
});

describe.each(Object.keys(EXAMPLES))("examples/%s", (example) => {
  let namespace: string;
  let stack: Stack;
  let ledger: PvcLedger;

  beforeAll(async () => {
    namespace = await createNamespace(kube, `pw-ex-${example}`, join(env.work!, `ns-${example}.json`));
    ledger = new PvcLedger(kube, namespace);
    stack = Stack.example(env, example);
    await stack.init({ namespace, imageTag: "1.37" });
  });

  afterAll(async () => {
    await stack?.remove();
    if (namespace) await kube.delete(["namespace", namespace]);
  });

  it("pulumi up creates the objects and waits for them", async () => {
    await stack.up();
    const found = await workloads(namespace);
    for (const kind of KINDS) expect(found[kind]!.length, kind).toBe(EXAMPLES[example]![kind] ?? 0);

    // The provider returned only after these were true (Job: Complete; StatefulSet, DaemonSet: ready).
    for (const job of found.Job!) {
      expect(condition(job, "Complete"), `Job ${job.metadata.name}`).toBe("True");
      expect(job.status.succeeded).toBe(job.spec.completions ?? 1);
    }
    for (const sts of found.StatefulSet!) {
      expect(sts.status.readyReplicas, `StatefulSet ${sts.metadata.name}`).toBe(sts.spec.replicas);
      expect(sts.status.currentRevision).toBe(sts.status.updateRevision);
    }
    for (const ds of found.DaemonSet!) {
      expect(ds.status.desiredNumberScheduled, `DaemonSet ${ds.metadata.name}`).toBeGreaterThan(0);
      expect(ds.status.numberReady).toBe(ds.status.desiredNumberScheduled);
    }
    if (env.mode === "local") {
      const pods = await kube.list("pods", namespace);
      for (const pod of pods) expect(pod.spec.nodeName, pod.metadata.name).toMatch(/^kwok-/);
    }
    const claims = await ledger.record();
    const expected = found.StatefulSet!.reduce(
      (n, sts) => n + sts.spec.replicas * (sts.spec.volumeClaimTemplates?.length ?? 0),
      0,
    );
    expect(claims.size).toBe(expected);
    for (const claim of claims.values()) expect(claim.status.phase, claim.metadata.name).toBe("Bound");
  });

  it("a second pulumi up changes nothing", async () => {
    const before = await workloads(namespace);
    const result = await stack.upNoChanges();
    expect(result.output).not.toMatch(/\b\d+ to (create|update|delete|replace)\b/);
    const after = await workloads(namespace);
    for (const kind of KINDS) {
      expect(
        after[kind]!.map((o) => o.metadata.uid),
        kind,
      ).toEqual(before[kind]!.map((o) => o.metadata.uid));
      expect(after[kind]!.map((o) => o.metadata.generation)).toEqual(
        before[kind]!.map((o) => o.metadata.generation),
      );
    }
  });

  it("pulumi destroy removes what it created and keeps every claim", async () => {
    await stack.destroy();
    const left = await workloads(namespace);
    for (const kind of KINDS) expect(left[kind], kind).toEqual([]);
    const services = (await kube.list("services", namespace)).map((s) => s.metadata.name);
    expect(services).toEqual([]);
    const report = await ledger.report(`examples/${example} after destroy`);
    expect(report.lost).toEqual([]);
  });
});
