/**
 * A CronJob fires on schedule: with `* * * * *` the CronJob controller creates a Job at the next minute, that
 * Job's pod is run to completion by kwok, and the CronJob records the run. Its own file, so the up-to-a-minute
 * wait overlaps the other files.
 */
import { type CronJobSpec, toManifests } from "@podworks/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eventually, kube } from "../src/kube.js";
import { render } from "../src/manifests.js";

let ns = "";
beforeAll(async () => {
  ns = await kube().namespace("e2e-cron", true);
});
afterAll(async () => {
  if (ns) await kube().dropNamespace(ns);
});

it("a CronJob scheduled every minute creates a Job on schedule, which completes", async () => {
  const spec: CronJobSpec = {
    kind: "CronJob",
    name: "every-minute",
    schedule: "* * * * *",
    timeZone: "Asia/Seoul",
    concurrencyPolicy: "Forbid",
    containers: [{ name: "tick", image: "busybox:1.37", command: ["date"] }],
  };
  // The same schedule as rendered by core reaches the server unchanged.
  expect((toManifests(spec)[0] as { spec: { schedule: string } }).spec.schedule).toBe("* * * * *");
  const created = Date.now();
  for (const object of render(spec)) await kube().applyOk(object, { namespace: ns });

  const job = await eventually(
    "a Job created by the CronJob",
    async (note) => {
      const jobs = (await kube().batch.listNamespacedJob({ namespace: ns })).items;
      note(`${jobs.length} jobs`);
      return jobs.find((j) =>
        (j.metadata?.ownerReferences ?? []).some((r) => r.kind === "CronJob" && r.name === "every-minute"),
      );
    },
    // The next minute starts within 60 s; the controller checks its queue at once, plus some slack.
    100_000,
    1000,
  );
  const firedAfter = (Date.now() - created) / 1000;
  console.log(`e2e cronjob: ${job.metadata?.name} created ${firedAfter.toFixed(1)} s after the CronJob`);
  expect(job.metadata?.name).toMatch(/^every-minute-\d+$/);

  const cron = await eventually("the CronJob to record a successful run", async (note) => {
    const current = await kube().batch.readNamespacedCronJob({ name: "every-minute", namespace: ns });
    note(
      `lastScheduleTime ${current.status?.lastScheduleTime}, lastSuccessfulTime ${current.status?.lastSuccessfulTime}`,
    );
    return current.status?.lastSuccessfulTime ? current : undefined;
  });
  expect(cron.status?.lastScheduleTime).toBeDefined();
  const finished = await kube().batch.readNamespacedJob({ name: job.metadata?.name ?? "", namespace: ns });
  expect(finished.status?.succeeded).toBe(1);
});
