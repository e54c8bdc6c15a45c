/**
 * StatefulSet changes without downtime, under real `pulumi up`s: every field the Kubernetes provider replaces a
 * StatefulSet on (packages/pulumi/src/replacement-fields.ts) is changed in turn on a 3-replica StatefulSet, and
 * after each `pulumi up` the test counts pods and claims against what it saw before:
 * "pods restarted: N" (a pod is restarted when it is gone or exists with another UID) and "PVCs lost: N".
 * Where no restart is needed both are 0, the StatefulSet is a new object (new UID) and every pod's controller
 * ownerReference names the new object's UID: it adopted the running pods.
 *
 * kwok keeps pods Running and Ready without containers, so "restarted" is the Kubernetes object being replaced.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  createNamespace,
  deleteStaticStorage,
  type KObject,
  Kubectl,
  PvcLedger,
  staticStorage,
  uniqueName,
} from "../src/kube.js";
import { type RunResult, Stack } from "../src/pulumi.js";

const env = inject("pulumiEnv");
const kube = new Kubectl(env);
const HOST_DIR = "/tmp/podworks-e2e-pulumi";

interface Template {
  name: string;
  storage: string;
  storageClassName?: string;
}

/** One scenario: namespace, storage classes, the fixture stack, the claim ledger and the pods last seen. */
class Scenario {
  namespace = "";
  classes: string[] = [];
  stack!: Stack;
  ledger!: PvcLedger;
  pods = new Map<string, string>();
  stsUid = "";

  constructor(
    readonly label: string,
    readonly statefulSetName = "db",
  ) {}

  async setUp(classCount: number, volumesPerClass: number, config: Record<string, string>): Promise<void> {
    this.namespace = await createNamespace(kube, `pw-${this.label}`, this.file("ns"));
    for (let i = 0; i < classCount; i++) {
      const name = uniqueName(`pw-${this.label}-${i}`);
      this.classes.push(name);
      await kube.apply(
        staticStorage(name, volumesPerClass, "1Gi", { allowVolumeExpansion: true, hostDir: HOST_DIR }),
        this.file(`storage-${i}`),
      );
    }
    this.ledger = new PvcLedger(kube, this.namespace);
    this.stack = Stack.fixture(env, "statefulset-lifecycle");
    await this.stack.init({ namespace: this.namespace, ...config });
  }

  async tearDown(): Promise<void> {
    if (this.stack) {
      await this.stack.run(["destroy", "--yes", "--skip-preview"]);
      await this.stack.remove();
    }
    if (this.namespace) await kube.delete(["namespace", this.namespace]);
    await deleteStaticStorage(kube, this.classes);
  }

  file(name: string): string {
    return join(env.work!, `${this.label}-${name}.json`);
  }

  templates(storage: string, classIndex: number): string {
    const data: Template = { name: "data", storage, storageClassName: this.classes[classIndex]! };
    return JSON.stringify([data]);
  }

  /** Sets the config and runs `pulumi up --yes`, preview included (a replacement must preview cleanly). */
  async up(config: Record<string, string>): Promise<RunResult> {
    await this.stack.config(config);
    const result = await this.stack.ok(["up", "--yes"]);
    expect(result.output).not.toMatch(/Forbidden/);
    return result;
  }

  /** `pulumi preview` with the config; resolves whatever its exit code. */
  async preview(config: Record<string, string>): Promise<RunResult> {
    await this.stack.config(config);
    return this.stack.run(["preview"]);
  }

  async statefulSet(): Promise<KObject | undefined> {
    return kube.get("statefulsets.apps", this.statefulSetName, this.namespace);
  }

  async listPods(): Promise<KObject[]> {
    return (await kube.list("pods", this.namespace)).filter((p) =>
      p.metadata.name.startsWith(`${this.statefulSetName}-`),
    );
  }

  /** Remembers the current pods (name and UID), the claims and the StatefulSet's UID. */
  async snapshot(): Promise<void> {
    this.pods = new Map((await this.listPods()).map((p) => [p.metadata.name, p.metadata.uid]));
    this.stsUid = (await this.statefulSet())?.metadata.uid ?? "";
    await this.ledger.record();
  }

  /** Prints and returns what changed since the snapshot: pods restarted and claims lost. */
  async count(step: string): Promise<{ restarted: number; lost: number; pods: KObject[] }> {
    const pods = await this.listPods();
    const now = new Map(pods.map((p) => [p.metadata.name, p.metadata.uid]));
    let restarted = 0;
    for (const [name, uid] of this.pods) if (now.get(name) !== uid) restarted++;
    const report = await this.ledger.report(`${this.label}: ${step}`);
    console.log(`[${this.label}: ${step}] pods restarted: ${restarted}, PVCs lost: ${report.lost.length}`);
    return { restarted, lost: report.lost.length, pods };
  }

  /** The replacement happened without downtime: a new object, all replicas ready, the same pods, adopted. */
  async adoptedWithoutRestart(step: string): Promise<void> {
    const sts = (await this.statefulSet())!;
    expect(sts.metadata.uid, `${step}: a new StatefulSet object`).not.toBe(this.stsUid);
    expect(sts.status.readyReplicas, step).toBe(3);
    const { restarted, lost, pods } = await this.count(step);
    expect(restarted, `${step}: pods restarted`).toBe(0);
    expect(lost, `${step}: PVCs lost`).toBe(0);
    expect(pods).toHaveLength(3);
    for (const pod of pods) {
      const controller = (pod.metadata.ownerReferences as { uid: string; controller?: boolean }[]).find(
        (o) => o.controller,
      );
      expect(controller?.uid, `${step}: ${pod.metadata.name} is owned by the new StatefulSet`).toBe(
        sts.metadata.uid,
      );
    }
    await this.snapshot();
  }

  /** The claim each pod mounts for the data template, by pod name. */
  async mounts(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const pod of await this.listPods()) {
      const volume = (pod.spec.volumes ?? []).find((v: { name: string }) => v.name === "data");
      if (volume?.persistentVolumeClaim) out[pod.metadata.name] = volume.persistentVolumeClaim.claimName;
    }
    return out;
  }
}

/** Watches the pods while `run` goes, and returns the fewest Ready, not-terminating pods seen at once. */
async function fewestReadyDuring<T>(
  s: Scenario,
  run: () => Promise<T>,
): Promise<{ result: T; fewest: number }> {
  let fewest = Number.POSITIVE_INFINITY;
  let done = false;
  const watch = (async () => {
    while (!done) {
      const pods = await s.listPods().catch(() => undefined);
      if (pods) {
        const ready = pods.filter(
          (p) =>
            !p.metadata.deletionTimestamp &&
            (p.status?.conditions ?? []).some(
              (c: { type: string; status: string }) => c.type === "Ready" && c.status === "True",
            ),
        ).length;
        fewest = Math.min(fewest, ready);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  try {
    const result = await run();
    return { result, fewest };
  } finally {
    done = true;
    await watch;
  }
}

describe("every replacement field on a 3-replica StatefulSet: the pods keep running", () => {
  const s = new Scenario("replace");
  beforeAll(async () => {
    await s.setUp(2, 10, { replicas: "3", revisionHistoryLimit: "10", podManagementPolicy: "Parallel" });
  });
  afterAll(() => s.tearDown());

  it("creates 3 pods and 3 claims, owned through the lifecycle ConfigMap", async () => {
    await s.up({ templates: s.templates("1Gi", 0) });
    const sts = (await s.statefulSet())!;
    expect(sts.status.readyReplicas).toBe(3);
    const lifecycle = (await kube.get("configmap", "db-podworks-lifecycle", s.namespace))!;
    expect(sts.metadata.ownerReferences).toEqual([
      expect.objectContaining({
        kind: "ConfigMap",
        name: "db-podworks-lifecycle",
        uid: lifecycle.metadata.uid,
      }),
    ]);
    await s.snapshot();
    expect([...s.pods.keys()].sort()).toEqual(["db-0", "db-1", "db-2"]);
    expect(s.ledger.size).toBe(3);
  });

  it("a template's storage class: replaced, pods restarted 0, PVCs lost 0", async () => {
    const { output } = await s.up({ templates: s.templates("1Gi", 1) });
    expect(output).toMatch(/replaced/);
    await s.adoptedWithoutRestart("storage class changed");
    expect((await s.statefulSet())!.spec.volumeClaimTemplates[0].spec.storageClassName).toBe(s.classes[1]);
  });

  it("storage growth 1Gi -> 2Gi: claims patched in place, replaced, pods restarted 0", async () => {
    await s.up({ templates: s.templates("2Gi", 1) });
    await s.adoptedWithoutRestart("storage grown");
    for (const claim of (await s.ledger.record()).values()) {
      expect(claim.spec.resources.requests.storage, claim.metadata.name).toBe("2Gi");
    }
  });

  it("revisionHistoryLimit 10 -> 5: replaced, pods restarted 0", async () => {
    const { output } = await s.up({ revisionHistoryLimit: "5" });
    expect(output).toMatch(/replaced/);
    await s.adoptedWithoutRestart("revisionHistoryLimit changed");
    expect((await s.statefulSet())!.spec.revisionHistoryLimit).toBe(5);
  });

  it("podManagementPolicy Parallel -> OrderedReady: replaced, pods restarted 0", async () => {
    await s.up({ podManagementPolicy: "OrderedReady" });
    await s.adoptedWithoutRestart("podManagementPolicy changed");
    expect((await s.statefulSet())!.spec.podManagementPolicy).toBe("OrderedReady");
  });

  it("serviceName: the preview says the pods roll; they restart one at a time and end on the new subdomain", async () => {
    const preview = await s.preview({ serviceName: "db-dns", acknowledgeRename: "true" });
    expect(preview.code, preview.output).toBe(0);
    expect(preview.output).toMatch(
      /serviceName: the new StatefulSet adopts the running pods, then restarts them one at a time/,
    );
    const { fewest } = await fewestReadyDuring(s, () => s.stack.ok(["up", "--yes"]));
    const sts = (await s.statefulSet())!;
    expect(sts.spec.serviceName).toBe("db-dns");
    // The provider's await returned once every replica was ready at the new revision.
    expect(sts.status.updatedReplicas).toBe(3);
    expect(sts.status.currentRevision).toBe(sts.status.updateRevision);
    const { restarted, lost, pods } = await s.count("serviceName changed");
    console.log(`[replace: serviceName changed] fewest Ready pods during the update: ${fewest} of 3`);
    expect(lost).toBe(0);
    expect(restarted).toBe(3);
    expect(fewest, "never all pods at once").toBeGreaterThanOrEqual(2);
    for (const pod of pods) expect(pod.spec.subdomain, pod.metadata.name).toBe("db-dns");
    expect(await s.mounts()).toEqual({ "db-0": "data-db-0", "db-1": "data-db-1", "db-2": "data-db-2" });
    await s.stack.config({ acknowledgeRename: "false" });
    await s.snapshot();
  });

  it("selector: refused at preview without acknowledgeSelectorChange, nothing touched", async () => {
    const preview = await s.preview({ tier: "db" });
    expect(preview.code).not.toBe(0);
    expect(preview.output).toMatch(/podworks refused to change StatefulSet "db"/);
    expect(preview.output).toMatch(/every pod is deleted before the new pods start/);
    expect(preview.output).toMatch(/acknowledgeSelectorChange: true/);
    const up = await s.stack.run(["up", "--yes"]);
    expect(up.code).not.toBe(0);
    const { restarted, lost } = await s.count("selector refused");
    expect(restarted).toBe(0);
    expect(lost).toBe(0);
    expect((await s.statefulSet())!.metadata.uid).toBe(s.stsUid);
  });

  it("selector with acknowledgeSelectorChange: the pods are replaced, the claims are mounted again", async () => {
    await s.up({ tier: "db", acknowledgeSelectorChange: "true" });
    const sts = (await s.statefulSet())!;
    expect(sts.spec.selector).toEqual({ matchLabels: { tier: "db" } });
    expect(sts.status.readyReplicas).toBe(3);
    const { restarted, lost } = await s.count("selector changed (acknowledged)");
    expect(restarted).toBe(3);
    expect(lost).toBe(0);
    expect(await s.mounts()).toEqual({ "db-0": "data-db-0", "db-1": "data-db-1", "db-2": "data-db-2" });
    await s.stack.config({ acknowledgeSelectorChange: "false" });
    await s.snapshot();
  });

  it("pulumi destroy removes the pods, the StatefulSet and the ConfigMap, and keeps the claims", async () => {
    await s.stack.destroy();
    expect(await s.statefulSet()).toBeUndefined();
    expect(await kube.get("configmap", "db-podworks-lifecycle", s.namespace)).toBeUndefined();
    const { restarted, lost, pods } = await s.count("destroyed");
    expect(pods).toEqual([]);
    expect(restarted).toBe(3);
    expect(lost).toBe(0);
  });
});

/** A rename without an alias is refused at preview; with one, nothing in the cluster changes. */
function renameScenario(
  label: string,
  first: string,
  second: string,
  config: Record<string, string>,
  k8sName: string,
) {
  describe(`renaming the component ${label}`, () => {
    const s = new Scenario(`rename-${config.specName ? "fixed" : "free"}`, k8sName);
    beforeAll(async () => {
      await s.setUp(1, 4, { component: first, ...config });
    });
    afterAll(() => s.tearDown());

    it("deploys", async () => {
      await s.up({ templates: s.templates("1Gi", 0) });
      await s.snapshot();
      expect(s.pods.size).toBe(Number(config.replicas));
    });

    it("without an alias: refused at preview, with the fix; nothing changes", async () => {
      const preview = await s.preview({ component: second });
      expect(preview.code).not.toBe(0);
      expect(preview.output).toMatch(/podworks refused to change StatefulSet/);
      expect(preview.output).toMatch(new RegExp(`aliases: \\[\\{ name: "${first}" \\}\\]`));
      const up = await s.stack.run(["up", "--yes"]);
      expect(up.code).not.toBe(0);
      expect((await s.statefulSet())!.metadata.uid).toBe(s.stsUid);
      const { restarted, lost } = await s.count("renamed without an alias");
      expect(restarted).toBe(0);
      expect(lost).toBe(0);
    });

    it("with an alias: nothing in the cluster changes", async () => {
      await s.stack.config({ component: second, alias: first });
      const preview = await s.stack.ok(["preview", "--diff"]);
      expect(preview.output).not.toMatch(/to replace|to delete|to create/);
      await s.stack.ok(["up", "--yes"]);
      await s.stack.upNoChanges();
      expect((await s.statefulSet())!.metadata.uid).toBe(s.stsUid);
      const { restarted, lost } = await s.count("renamed with an alias");
      expect(restarted).toBe(0);
      expect(lost).toBe(0);
    });
  });
}

renameScenario("without spec.name (the README's usage)", "pg", "postgres", { replicas: "3" }, "pg");
renameScenario("with spec.name", "a", "b", { replicas: "1", specName: "pgf" }, "pgf");
