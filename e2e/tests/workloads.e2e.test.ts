/**
 * The workloads run: a Job completes with the completions and parallelism asked for (kwok finishes its pods two
 * seconds after they start), an Indexed Job completes every index, and a DaemonSet puts a pod on every fake
 * node, the tainted control-plane node included when podworks adds its tolerations (and not otherwise).
 */
import { readFileSync } from "node:fs";
import type { V1Pod } from "@kubernetes/client-node";
import type { DaemonSetSpec, JobSpec } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, kube } from "../src/kube.js";
import { render } from "../src/manifests.js";

const example = <T>(file: string): T =>
  parseSpecs(readFileSync(new URL(`../../examples/specs/${file}`, import.meta.url), "utf8")).specs[0] as T;

const ownedBy = (pod: V1Pod, kind: string, name: string) =>
  (pod.metadata?.ownerReferences ?? []).some((r) => r.kind === kind && r.name === name);

let ns = "";
beforeAll(async () => {
  ns = await kube().namespace("e2e-workloads", true);
});
afterAll(async () => {
  if (ns) await kube().dropNamespace(ns);
});

describe("Job", () => {
  it("examples/specs/job.yaml runs 5 completions, 2 pods at a time, to Complete", async () => {
    const spec = example<JobSpec>("job.yaml");
    expect(spec.completions).toBe(5);
    expect(spec.parallelism).toBe(2);
    for (const object of render(spec)) await kube().applyOk(object, { namespace: ns });

    let maxActive = 0;
    const job = await eventually(
      "the Job to complete",
      async (note) => {
        const pods = (await kube().pods(ns)).filter((p) => ownedBy(p, "Job", spec.name));
        const active = pods.filter(
          (p) =>
            !p.metadata?.deletionTimestamp &&
            (p.status?.phase === "Pending" || p.status?.phase === "Running"),
        );
        maxActive = Math.max(maxActive, active.length);
        const current = await kube().batch.readNamespacedJob({ name: spec.name, namespace: ns });
        const complete = current.status?.conditions?.some(
          (c) => c.type === "Complete" && c.status === "True",
        );
        note(`${pods.length} pods, ${active.length} active, succeeded ${current.status?.succeeded ?? 0}`);
        return complete ? current : undefined;
      },
      120_000,
      150,
    );
    console.log(`e2e job: ${job.status?.succeeded} succeeded, at most ${maxActive} pods active at once`);
    expect(job.status?.succeeded).toBe(5);
    expect(job.status?.failed ?? 0).toBe(0);
    expect(maxActive).toBeLessThanOrEqual(2);
    expect(maxActive).toBe(2);
    const succeededPods = (await kube().pods(ns)).filter(
      (p) => ownedBy(p, "Job", spec.name) && p.status?.phase === "Succeeded",
    );
    expect(succeededPods).toHaveLength(5);
  });

  it("an Indexed Job completes every index", async () => {
    const spec: JobSpec = {
      kind: "Job",
      name: "indexed",
      completionMode: "Indexed",
      completions: 4,
      parallelism: 4,
      containers: [
        { name: "work", image: "busybox:1.37", command: ["sh", "-c", "echo $JOB_COMPLETION_INDEX"] },
      ],
    };
    for (const object of render(spec)) await kube().applyOk(object, { namespace: ns });
    const job = await eventually("the Indexed Job to complete", async (note) => {
      const current = await kube().batch.readNamespacedJob({ name: "indexed", namespace: ns });
      note(`completedIndexes ${current.status?.completedIndexes ?? ""}`);
      return current.status?.conditions?.some((c) => c.type === "Complete" && c.status === "True")
        ? current
        : undefined;
    });
    expect(job.status?.completedIndexes).toBe("0-3");
    expect(job.status?.succeeded).toBe(4);
  });
});

describe("DaemonSet", () => {
  it("the cluster has a control-plane node carrying the control-plane taint", async () => {
    const nodes = (await kube().core.listNode()).items;
    const tainted = nodes.filter((n) =>
      (n.spec?.taints ?? []).some(
        (t) => t.key === "node-role.kubernetes.io/control-plane" && t.effect === "NoSchedule",
      ),
    );
    expect(tainted.map((n) => n.metadata?.name)).toEqual(["kwok-control-plane"]);
    expect(nodes.length).toBeGreaterThanOrEqual(3);
  });

  it("examples/specs/daemon-set.yaml places one pod on every node, the control-plane node included", async () => {
    const spec = example<DaemonSetSpec>("daemon-set.yaml");
    expect(spec.tolerateControlPlane).toBe(true);
    const nodes = (await kube().core.listNode()).items.map((n) => n.metadata?.name ?? "").sort();
    for (const object of render(spec)) await kube().applyOk(object, { namespace: ns });
    const placed = await eventually("a ready pod of log-agent on every node", async (note) => {
      const ds = await kube().apps.readNamespacedDaemonSet({ name: spec.name, namespace: ns });
      const pods = (await kube().pods(ns)).filter((p) => ownedBy(p, "DaemonSet", spec.name));
      const onNodes = pods.filter((p) => p.status?.phase === "Running").map((p) => p.spec?.nodeName ?? "");
      note(
        `ready ${ds.status?.numberReady}/${ds.status?.desiredNumberScheduled}; running on ${onNodes.join(", ")}`,
      );
      return ds.status?.numberReady === nodes.length && onNodes.length === nodes.length
        ? onNodes.sort()
        : undefined;
    });
    expect(placed).toEqual(nodes);
    expect(placed).toContain("kwok-control-plane");
  });

  it("without tolerateControlPlane the same DaemonSet skips the tainted node", async () => {
    const spec: DaemonSetSpec = { ...example<DaemonSetSpec>("daemon-set.yaml"), name: "workers-only" };
    delete (spec as { tolerateControlPlane?: boolean }).tolerateControlPlane;
    const workers = (await kube().core.listNode()).items
      .map((n) => n.metadata?.name ?? "")
      .filter((n) => n !== "kwok-control-plane")
      .sort();
    for (const object of render(spec)) await kube().applyOk(object, { namespace: ns });
    const placed = await eventually("a ready pod of workers-only on every worker", async (note) => {
      const ds = await kube().apps.readNamespacedDaemonSet({ name: spec.name, namespace: ns });
      const pods = (await kube().pods(ns)).filter((p) => ownedBy(p, "DaemonSet", spec.name));
      note(
        `desired ${ds.status?.desiredNumberScheduled}, ready ${ds.status?.numberReady}, pods ${pods.length}`,
      );
      return ds.status?.numberReady === workers.length && pods.length === workers.length
        ? pods.map((p) => p.spec?.nodeName ?? "").sort()
        : undefined;
    });
    expect(placed).toEqual(workers);
  });
});
