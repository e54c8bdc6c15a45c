/** Small valid specs of each kind that tests mutate one field at a time. */
import type { ValidateOptions } from "../context.js";
import type { CronJobSpec } from "../cron-job.js";
import type { DaemonSetSpec } from "../daemon-set.js";
import type { JobSpec } from "../job.js";
import type { WorkloadSpec } from "../kinds.js";
import type { StatefulSetSpec } from "../stateful-set.js";
import { validate } from "../validate.js";

const container = { name: "main", image: "busybox:1.37", command: ["tail", "-f", "/dev/null"] };

export const baseJob: JobSpec = { kind: "Job", name: "batch", containers: [container] };
export const baseCronJob: CronJobSpec = {
  kind: "CronJob",
  name: "nightly",
  schedule: "0 3 * * *",
  containers: [container],
};
export const baseDaemonSet: DaemonSetSpec = { kind: "DaemonSet", name: "agent", containers: [container] };
export const baseStatefulSet: StatefulSetSpec = {
  kind: "StatefulSet",
  name: "db",
  replicas: 3,
  containers: [
    {
      ...container,
      ports: [{ name: "sql", containerPort: 5432 }],
      volumeMounts: [{ name: "data", mountPath: "/data" }],
    },
  ],
  volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
};

export const BASE: Record<WorkloadSpec["kind"], WorkloadSpec> = {
  Job: baseJob,
  CronJob: baseCronJob,
  DaemonSet: baseDaemonSet,
  StatefulSet: baseStatefulSet,
};

/** A copy of `spec` with `patch` merged at the top level (objects are replaced, not merged). */
export function withFields(spec: WorkloadSpec, patch: Record<string, unknown>): unknown {
  return { ...spec, ...patch };
}

/** A copy with the first container changed. */
export function withContainer(spec: WorkloadSpec, patch: Record<string, unknown>): unknown {
  const [first, ...rest] = spec.containers;
  return { ...spec, containers: [{ ...first, ...patch }, ...rest] };
}

export const HANGUL = /[\uac00-\ud7a3]/;

/**
 * `validate` without the lint rules, for tests of the API server's rules: the small base specs above carry no
 * resource requests and no ttlSecondsAfterFinished on purpose, which lint would warn about in every case.
 */
export function validateServerRules(spec: unknown, options: ValidateOptions = {}) {
  return validate(spec, { ...options, lint: false });
}
