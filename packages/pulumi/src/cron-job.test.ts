import { isPodworksValidationError } from "@podworks/core";
import type * as pulumi from "@pulumi/pulumi";
import { beforeEach, describe, expect, it } from "vitest";
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
