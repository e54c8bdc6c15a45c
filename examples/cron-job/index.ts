// A nightly backup at 03:00 Seoul time that never overlaps a run still in progress
// (the seed's examples/specs/cron-job.yaml, written in TypeScript). Pulumi has nothing to wait for.
import { CronJob } from "@podworks/pulumi";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const imageTag = config.get("imageTag") ?? "1.37";

const provider = new k8s.Provider("cluster", {
  namespace: config.get("namespace") ?? "default",
  kubeconfig: config.get("kubeconfig") || undefined,
});

const backup = new CronJob(
  "nightly-backup",
  {
    spec: {
      schedule: "0 3 * * *",
      timeZone: "Asia/Seoul",
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 300,
      jobTemplate: { backoffLimit: 2, activeDeadlineSeconds: 3600 },
      containers: [
        {
          name: "backup",
          image: `busybox:${imageTag}`,
          command: ["sh", "-c", "date; echo backing up"],
          resources: { limits: { cpu: "100m", memory: "64Mi" } },
        },
      ],
    },
  },
  { provider },
);

export const cronJobName = backup.name;
export const schedule = backup.schedule;
export const namespace = backup.namespace;
