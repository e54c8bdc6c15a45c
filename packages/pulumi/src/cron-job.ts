/**
 * `podworks:index:CronJob`: a podworks CronJob spec deployed with Pulumi.
 *
 * Await: nothing to wait for. A CronJob is ready once the API server accepts it (the Kubernetes provider has no
 * await logic for CronJobs); the Jobs it creates later are not Pulumi resources. Schedules and time zones are
 * checked by core before anything is sent.
 *
 * Outputs besides `name`, `namespace` and `schedule`: `nextRuns`, the next `nextRunCount` scheduled runs after the
 * deployment (core's `explainSchedule`, in the spec's `timeZone`, UTC without one, the way the CronJob controller
 * counts), and `lastScheduleTime`, the controller's `status.lastScheduleTime` as Pulumi last read it (it moves on
 * after `pulumi refresh` or `pulumi up --refresh`).
 */
import {
  type CronJobSpec,
  explainSchedule,
  type CronJob as K8sCronJob,
  type ScheduleExplanation,
} from "@podworks/core";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import {
  argumentError,
  childInputs,
  renderSpec,
  requirePlain,
  requireSpec,
  type WorkloadArgs,
} from "./workload.js";

export interface CronJobArgs extends WorkloadArgs<CronJobSpec> {
  /** How many upcoming runs `nextRuns` lists. @default 5 */
  readonly nextRunCount?: number;
}

/** One upcoming run: the instant (RFC 3339, UTC) and the same instant as local time in the schedule's zone. */
export type ScheduledRun = ScheduleExplanation["nextRuns"][number];

/** The Pulumi type token of the `CronJob` component. */
export const CRONJOB_TYPE = "podworks:index:CronJob";

/** A CronJob from a podworks spec. Outputs: `name`, `namespace`, `schedule`, `nextRuns`, `lastScheduleTime`. */
export class CronJob extends pulumi.ComponentResource {
  /** The CronJob's name in the cluster: the spec's `name`, or the component's name when the spec has none. */
  readonly name: pulumi.Output<string>;
  /** The namespace the CronJob is in, as the cluster reports it. */
  readonly namespace: pulumi.Output<string>;
  /** The schedule as deployed, from the CronJob's `spec.schedule`. */
  readonly schedule: pulumi.Output<string>;
  /** The next scheduled runs after this deployment, from core's `explainSchedule`. */
  readonly nextRuns: pulumi.Output<readonly ScheduledRun[]>;
  /** When the controller last scheduled a Job (`status.lastScheduleTime`), as of the last read; undefined before. */
  readonly lastScheduleTime: pulumi.Output<string | undefined>;
  /** The `batch/v1 CronJob` child resource the component creates. */
  readonly cronJob: k8s.batch.v1.CronJob;

  /**
   * Validates and renders `args.spec` with @podworks/core (a plain spec that is invalid throws here, with every
   * problem in English and Korean), then creates the child resources. `name` is the component's name and, unless the
   * spec sets `name`, the CronJob's.
   */
  constructor(name: string, args: CronJobArgs, opts?: pulumi.ComponentResourceOptions) {
    super(CRONJOB_TYPE, name, {}, opts);
    requireSpec(this, "CronJob", args);
    requirePlain(this, args.spec, ["name"]);
    const rendered = renderSpec({ kind: "CronJob", type: CRONJOB_TYPE, name, args });
    const cronJob = childInputs<K8sCronJob>(rendered, "CronJob");

    // A fixed name keeps the 52-character limit core checks meaningful (auto-naming would add 8 characters).
    this.cronJob = new k8s.batch.v1.CronJob(
      name,
      {
        metadata: cronJob.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
        spec: cronJob.spec as pulumi.Input<k8s.types.input.batch.v1.CronJobSpec>,
      },
      { parent: this, deleteBeforeReplace: true },
    );
    this.name = this.cronJob.metadata.name;
    this.namespace = this.cronJob.metadata.namespace;
    this.schedule = this.cronJob.spec.schedule;
    const count = args.nextRunCount ?? 5;
    if (!Number.isInteger(count) || count < 0 || count > 100) {
      throw argumentError(
        this,
        `\`nextRunCount\` must be a whole number from 0 to 100 (got ${String(count)}).`,
        `\`nextRunCount\`는 0부터 100까지의 정수여야 한다(현재 값: ${String(count)}).`,
      );
    }
    this.nextRuns = pulumi
      .all([this.cronJob.spec.schedule, this.cronJob.spec.timeZone])
      .apply(
        ([schedule, timeZone]) =>
          explainSchedule(schedule, { ...(timeZone ? { timeZone } : {}), count }).nextRuns,
      );
    this.lastScheduleTime = this.cronJob.status.apply((status) => status?.lastScheduleTime);
    this.registerOutputs({
      name: this.name,
      namespace: this.namespace,
      schedule: this.schedule,
      nextRuns: this.nextRuns,
      lastScheduleTime: this.lastScheduleTime,
    });
  }
}
