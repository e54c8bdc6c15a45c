/**
 * The example programs in examples/ run under the mocks, as `pulumi preview` would run them: they must not
 * throw, must register the components they are about, and must export outputs that resolve.
 * `@podworks/pulumi` is redirected to this package's sources so no build is needed.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { captureLogs, installMocks, promiseOf } from "./__tests__/mocks.js";

vi.mock("@podworks/pulumi", () => import("./index.js"));

const recorder = await installMocks({ project: "podworks-examples" });

const examples = new URL("../../../examples/", import.meta.url);

/** Runs one example program and waits until its exports resolve. */
async function run(name: string): Promise<Record<string, unknown>> {
  const program = (await import(new URL(`${name}/index.ts`, examples).href)) as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(program)) values[key] = await promiseOf(value as never);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return values;
}

const components = () =>
  recorder.resources.filter((r) => r.type.startsWith("podworks:index:")).map((r) => `${r.type} ${r.name}`);

beforeEach(() => {
  recorder.clear();
  captureLogs();
});

describe("examples", () => {
  it("job: one Job in the provider's namespace", async () => {
    const outputs = await run("job");
    expect(components()).toEqual(["podworks:index:Job pi"]);
    expect(outputs).toEqual({ jobName: "pi", namespace: "default" });
  });

  it("cron-job: one CronJob", async () => {
    const outputs = await run("cron-job");
    expect(components()).toEqual(["podworks:index:CronJob nightly-backup"]);
    expect(outputs.schedule).toBe("0 3 * * *");
  });

  it("daemon-set: one DaemonSet", async () => {
    expect((await run("daemon-set")).daemonSetName).toBe("log-agent");
    expect(components()).toEqual(["podworks:index:DaemonSet log-agent"]);
  });

  it("stateful-set: three pods, three claims", async () => {
    const outputs = await run("stateful-set");
    expect(outputs.pvcNames).toEqual(["data-web-0", "data-web-1", "data-web-2"]);
    expect(outputs.podDnsNames).toContain("web-2.web.default.svc.cluster.local");
  });

  it("database: two templates, a patch per claim, and core's claim names matching the component's", async () => {
    const outputs = await run("database");
    expect(outputs.pvcNames).toEqual(["data-db-0", "data-db-1", "wal-db-0", "wal-db-1"]);
    expect(outputs.expectedClaims).toEqual(outputs.pvcNames);
    expect(recorder.byType("kubernetes:core/v1:PersistentVolumeClaimPatch")).toHaveLength(4);
  });

  it("seed: the four YAML specs of examples/specs, one component each", async () => {
    const outputs = await run("seed");
    expect(components().sort()).toEqual([
      "podworks:index:CronJob nightly-backup",
      "podworks:index:DaemonSet log-agent",
      "podworks:index:Job pi",
      "podworks:index:StatefulSet web",
    ]);
    expect(outputs.workloads).toEqual(["pi", "nightly-backup", "log-agent", "web"]);
  });
});
