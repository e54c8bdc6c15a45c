/**
 * The Job component under real `pulumi up`s: what updates in place keeps the Job (same UID, no new pods), a spec
 * change with hashed names runs a new Job beside the old one, and a Job the TTL controller removed after it
 * completed is neither run again nor reported as failed by `pulumi up --refresh`.
 *
 * Locally the pods run on kwok nodes: a Job's running pod succeeds two seconds later (e2e/cluster/kwok-stages.yaml,
 * stage pod-succeed), and kube-controller-manager's Job, TTL-after-finished and garbage collector controllers
 * are the real ones.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createNamespace, type KObject, Kubectl } from "../src/kube.js";
import { Stack } from "../src/pulumi.js";

const env = inject("pulumiEnv");
const kube = new Kubectl(env);
const FINALIZER = "podworks.dev/job-record";

class Scenario {
  namespace = "";
  stack!: Stack;

  constructor(readonly label: string) {}

  async setUp(config: Record<string, string>): Promise<void> {
    this.namespace = await createNamespace(kube, `pw-${this.label}`, this.file("ns"));
    this.stack = Stack.fixture(env, "job");
    await this.stack.init({ namespace: this.namespace, ...config });
  }

  async tearDown(): Promise<void> {
    if (this.stack) {
      await this.stack.run(["destroy", "--yes", "--skip-preview"]);
      await this.stack.remove();
    }
    if (this.namespace) await kube.delete(["namespace", this.namespace]);
  }

  file(name: string): string {
    return join(env.work ?? "/tmp", `${this.label}-${name}.json`);
  }

  jobs(): Promise<KObject[]> {
    return kube.list("jobs", this.namespace);
  }

  async job(name: string, options: { readonly managedFields?: boolean } = {}): Promise<KObject> {
    const job = await kube.get("job", name, this.namespace, options);
    if (!job) throw new Error(`job ${name} not found in ${this.namespace}`);
    return job;
  }

  pods(): Promise<KObject[]> {
    return kube.list("pods", this.namespace);
  }

  async outputs(): Promise<Record<string, unknown>> {
    return this.stack.outputs();
  }
}

function complete(job: KObject): boolean {
  return (job.status?.conditions ?? []).some(
    (c: { type: string; status: string }) => c.type === "Complete" && c.status === "True",
  );
}

describe("Job updates in place", () => {
  const s = new Scenario("job-inplace");
  beforeAll(() => s.setUp({ parallelism: "1", completions: "2", command: "first" }));
  afterAll(() => s.tearDown());

  it("a parallelism change keeps the Job: same UID, no new pods, patched by the in-place JobPatch", async () => {
    await s.stack.up();
    const name = (await s.outputs()).jobName as string;
    expect(name).toBe("work");
    const before = await s.job(name);
    expect(complete(before)).toBe(true);
    const podsBefore = (await s.pods()).map((p) => p.metadata.uid).sort();
    expect(podsBefore).toHaveLength(2);

    await s.stack.config({ parallelism: "2" });
    const up = await s.stack.up();
    // The plan updates the patch and leaves the Job alone: no replacement.
    expect(up.output).not.toMatch(/replaced|replacing/i);
    const after = await s.job(name, { managedFields: true });
    expect(after.metadata.uid).toBe(before.metadata.uid);
    expect(after.spec.parallelism).toBe(2);
    expect((await s.pods()).map((p) => p.metadata.uid).sort()).toEqual(podsBefore);
    const managers = (after.metadata.managedFields as { manager: string; fieldsV1?: unknown }[]).filter((m) =>
      JSON.stringify(m.fieldsV1 ?? {}).includes('"f:parallelism"'),
    );
    // Exactly one field manager owns parallelism now: the patch took it over from the Job resource.
    expect(managers).toHaveLength(1);
    await s.stack.upNoChanges();
  });

  it("a template change still replaces it (a new UID), since Kubernetes forbids it on a running Job", async () => {
    const before = await s.job("work");
    await s.stack.config({ command: "second" });
    await s.stack.up();
    const after = await s.job("work");
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(complete(after)).toBe(true);
    expect(after.spec.parallelism).toBe(2);
  });
});

describe("Job names from a spec hash", () => {
  const s = new Scenario("job-hash");
  beforeAll(() =>
    s.setUp({ parallelism: "1", completions: "1", command: "first", hashed: "true", ttl: "3600" }),
  );
  // Pulumi lets go of hashed Jobs (their TTL is an hour); deleting the namespace removes them.
  afterAll(() => s.tearDown());

  it("a template change creates a new Job and leaves the old one with its pods; an unchanged spec runs nothing", async () => {
    await s.stack.up();
    const first = (await s.outputs()).jobName as string;
    expect(first).toMatch(/^work-[0-9a-f]{10}$/);
    const old = await s.job(first);
    expect(complete(old)).toBe(true);

    await s.stack.upNoChanges();

    await s.stack.config({ command: "second" });
    await s.stack.up();
    const second = (await s.outputs()).jobName as string;
    expect(second).toMatch(/^work-[0-9a-f]{10}$/);
    expect(second).not.toBe(first);
    expect(complete(await s.job(second))).toBe(true);
    // The old Job is still there, same UID, not being deleted, its pod still there for its logs.
    const kept = await s.job(first);
    expect(kept.metadata.uid).toBe(old.metadata.uid);
    expect(kept.metadata.deletionTimestamp).toBeUndefined();
    const pods = await s.pods();
    expect(
      pods.filter(
        (p) => p.metadata.labels && (p.metadata.labels as Record<string, string>)["job-name"] === first,
      ),
    ).toHaveLength(1);
    // The record finalizer was relinquished with the old Job's record patch; the TTL stays for it.
    expect(kept.metadata.finalizers ?? []).not.toContain(FINALIZER);
    expect(kept.spec.ttlSecondsAfterFinished).toBe(3600);

    // A parallelism change keeps the hash: the same Job, in place.
    await s.stack.config({ parallelism: "2" });
    await s.stack.up();
    expect((await s.outputs()).jobName).toBe(second);
  });
});

describe("Job removed by its TTL after it completed", () => {
  const s = new Scenario("job-ttl");
  beforeAll(() => s.setUp({ parallelism: "1", completions: "1", command: "once", ttl: "0" }));
  afterAll(() => s.tearDown());

  it("is not run again by `pulumi up --refresh`, and the state still says it completed", async () => {
    await s.stack.up();
    const job = await s.job("work");
    expect(job.metadata.finalizers).toContain(FINALIZER);
    expect(job.spec.ttlSecondsAfterFinished).toBe(0);
    // The TTL controller deletes it at once (ttl 0): the finalizer keeps the object and its status, the pods go.
    await kube.until("the TTL controller to delete the Job", 120, async () => {
      const live = await s.job("work");
      return live.metadata.deletionTimestamp ? live : undefined;
    });
    // Foreground deletion: the garbage collector deletes the pods, then drops its own finalizer; ours stays.
    await kube.until("the garbage collector to delete the Job's pods", 120, async () => {
      const live = await s.job("work");
      const pods = await s.pods();
      return pods.length === 0 && JSON.stringify(live.metadata.finalizers) === JSON.stringify([FINALIZER])
        ? true
        : undefined;
    });

    const up = await s.stack.ok(["up", "--yes", "--refresh"]);
    expect(up.output).not.toMatch(/\bcreated\b|\breplaced\b|\bcreating\b/i);
    const after = await s.job("work");
    expect(after.metadata.uid).toBe(job.metadata.uid);
    expect(complete(after)).toBe(true);
    expect(await s.pods()).toHaveLength(0);
    await s.stack.upNoChanges();
    const out = await s.outputs();
    expect(out.outcome).toMatchObject({ type: "Complete" });
    expect(out.succeeded).toBe(1);
    expect(out.failed).toBe(0);
    expect(typeof out.completionTime).toBe("string");

    // Destroy relinquishes the finalizer, and the Job goes.
    await s.stack.destroy();
    await kube.until("the Job to be gone", 120, async () =>
      (await kube.get("job", "work", s.namespace)) === undefined ? true : undefined,
    );
  });
});
