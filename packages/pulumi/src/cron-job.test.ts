import { isPodworksValidationError } from "@podworks/core";
import type * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installMocks, promiseOf, settle } from "./__tests__/mocks.js";

const recorder = await installMocks();
const k8s = await import("@pulumi/kubernetes");
const { CronJob } = await import("./cron-job.js");
type Args = import("./cron-job.js").CronJobArgs;

const CRONJOB = "kubernetes:batch/v1:CronJob";

/** The seed's CronJob (examples/specs/cron-job.yaml). */
const backup: Args["spec"] = {
  schedule: "0 3 * * *",
  timeZone: "Asia/Seoul",
  concurrencyPolicy: "Forbid",
  startingDeadlineSeconds: 300,
  jobTemplate: { backoffLimit: 2, activeDeadlineSeconds: 3600 },
  containers: [
    {
      name: "backup",
      image: "busybox:1.37",
      command: ["sh", "-c", "date; echo backing up"],
      resources: { limits: { cpu: "100m", memory: "64Mi" } },
    },
  ],
};

async function deploy(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const cron = new CronJob(name, args, opts);
  await settle(cron, cron.cronJob);
  return cron;
}

beforeEach(() => recorder.clear());

describe("CronJob component", () => {
  it("registers podworks:index:CronJob with one batch/v1 CronJob child rendered by core", async () => {
    const cron = await deploy("nightly-backup", { spec: backup });
    const child = recorder.one(CRONJOB, "nightly-backup");
    expect(child.options.parent).toBe(recorder.one("podworks:index:CronJob").urn);
    expect(child.inputs.metadata.name).toBe("nightly-backup");
    expect(child.inputs.spec).toMatchObject({
      schedule: "0 3 * * *",
      timeZone: "Asia/Seoul",
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 300,
    });
    expect(child.inputs.spec.jobTemplate.spec).toMatchObject({
      backoffLimit: 2,
      activeDeadlineSeconds: 3600,
    });
    expect(await promiseOf(cron.schedule)).toBe("0 3 * * *");
    expect(await promiseOf(cron.name)).toBe("nightly-backup");
  });

  it("does not wait for anything: no timeouts, no await annotations", async () => {
    await deploy("nightly-backup", { spec: backup });
    const child = recorder.one(CRONJOB);
    expect(child.options.customTimeouts).toEqual({ create: "", update: "", delete: "" });
    expect(child.inputs.metadata.annotations).toBeUndefined();
    expect(child.options.deleteBeforeReplace).toBe(true);
  });

  it("fails at construction with core's messages for a bad schedule and time zone", () => {
    let caught: unknown;
    try {
      new CronJob("report", { spec: { ...backup, schedule: "0 25 * * 7", timeZone: "Local" } });
    } catch (error) {
      caught = error;
    }
    expect(isPodworksValidationError(caught)).toBe(true);
    if (!isPodworksValidationError(caught)) return;
    expect(caught.issues.map((i) => i.path).sort()).toEqual(["schedule", "timeZone"]);
    expect(caught.format("ko")).toContain('podworks:index:CronJob "report" (args.spec)에 문제가 2개 있다');
  });

  it("rejects a name too long for the Jobs the controller derives from it (kept fixed, so core's limit holds)", () => {
    let caught: unknown;
    try {
      new CronJob("c", { spec: { ...backup, name: "a".repeat(53) } });
    } catch (error) {
      caught = error;
    }
    expect(isPodworksValidationError(caught) && caught.issues.map((i) => i.path)).toEqual(["name"]);
    expect(() => new CronJob("c", { spec: { ...backup, name: "a".repeat(52) } })).not.toThrow();
  });

  it("lands in the provider's namespace", async () => {
    const provider = new k8s.Provider("ops", { namespace: "ops" });
    const cron = await deploy("nightly-backup", { spec: backup }, { provider });
    expect(await promiseOf(cron.namespace)).toBe("ops");
  });
});

describe("CronJob outputs", () => {
  afterEach(() => vi.useRealTimers());

  it("lists the next runs from core's explainSchedule, in the spec's time zone", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T12:00:00Z"), toFake: ["Date"] });
    const cron = await deploy("nightly-backup", { spec: backup, nextRunCount: 3 });
    const runs = await promiseOf(cron.nextRuns);
    // 03:00 in Seoul (UTC+9) is 18:00 UTC the day before.
    expect(runs.map((run) => run.iso)).toEqual([
      "2026-12-01T18:00:00.000Z",
      "2026-12-02T18:00:00.000Z",
      "2026-12-03T18:00:00.000Z",
    ]);
    expect(runs[0]?.local).toContain("3:00");
  });

  it("uses UTC without a time zone, five runs by default", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T12:00:00Z"), toFake: ["Date"] });
    const { timeZone: _, ...utc } = backup;
    const cron = await deploy("nightly-backup", { spec: utc });
    const runs = await promiseOf(cron.nextRuns);
    expect(runs).toHaveLength(5);
    expect(runs[0]?.iso).toBe("2026-12-02T03:00:00.000Z");
  });

  it("has no last schedule time before the controller scheduled anything", async () => {
    const cron = await deploy("nightly-backup", { spec: backup });
    expect(await promiseOf(cron.lastScheduleTime)).toBeUndefined();
  });

  it("refuses a run count outside 0-100", () => {
    expect(() => new CronJob("c", { spec: backup, nextRunCount: 101 })).toThrow(
      /whole number from 0 to 100 \(got 101\)[\s\S]*0부터 100까지/,
    );
  });
});
