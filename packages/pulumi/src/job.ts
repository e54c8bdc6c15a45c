/**
 * `podworks:index:Job`: a podworks Job spec deployed with Pulumi.
 *
 * Await: Pulumi's Kubernetes provider waits for a Job to complete (its `Complete` condition) and fails the
 * update when it fails or times out. `timeoutSeconds` sets that wait (create and update); `wait: false`
 * skips it (`pulumi.com/skipAwait`); `replaceUnready: true` re-runs a Job that did not complete in the
 * previous update instead of waiting on it again.
 */
import type { JobSpec, Job as K8sJob } from "@podworks/core";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { REPLACE_UNREADY, SKIP_AWAIT } from "./annotations.js";
import {
  childInputs,
  renderSpec,
  requirePlain,
  requireSpec,
  requireWaitForTimeout,
  timeoutsOf,
  type WorkloadArgs,
} from "./workload.js";

/**
 * Fields Kubernetes will not update in place on a Job; a change replaces (re-runs) it. `completions` may
 * change in place only in Indexed Jobs together with parallelism; a replacement is the safe choice.
 */
export const JOB_IMMUTABLE_FIELDS = [
  "spec.template",
  "spec.selector",
  "spec.completions",
  "spec.completionMode",
  "spec.backoffLimitPerIndex",
] as const;

export interface JobArgs extends WorkloadArgs<JobSpec> {
  /** Wait for the Job to complete before the update counts as done. @default true */
  readonly wait?: boolean;
  /** How long to wait for completion, on create and update. @default 600 (the Kubernetes provider's 10 minutes) */
  readonly timeoutSeconds?: number;
  /** Replace a Job that did not complete during the previous update, instead of waiting for it again. @default false */
  readonly replaceUnready?: boolean;
}

/** The Pulumi type token of the `Job` component. */
export const JOB_TYPE = "podworks:index:Job";

/** A Job from a podworks spec. Outputs: `name`, `namespace`. */
export class Job extends pulumi.ComponentResource {
  /** The Job's name in the cluster: the spec's `name`, or the component's name when the spec has none. */
  readonly name: pulumi.Output<string>;
  /** The namespace the Job is in, as the cluster reports it. */
  readonly namespace: pulumi.Output<string>;
  /** The `batch/v1 Job` child resource the component creates. */
  readonly job: k8s.batch.v1.Job;

  /**
   * Validates and renders `args.spec` with @podworks/core (a plain spec that is invalid throws here, with every
   * problem in English and Korean), then creates the child resources. `name` is the component's name and, unless the
   * spec sets `name`, the Job's.
   */
  constructor(name: string, args: JobArgs, opts?: pulumi.ComponentResourceOptions) {
    super(JOB_TYPE, name, {}, opts);
    requireSpec(this, "Job", args);
    requirePlain(this, args.spec, ["name"]);
    requireWaitForTimeout(this, args);
    const customTimeouts = timeoutsOf(this, args.timeoutSeconds);
    const rendered = renderSpec({ kind: "Job", type: JOB_TYPE, name, args });

    const annotations: Record<string, string> = {};
    if (args.wait === false) annotations[SKIP_AWAIT] = "true";
    if (args.replaceUnready === true) annotations[REPLACE_UNREADY] = "true";
    const job = childInputs<K8sJob>(rendered, "Job", annotations);

    // The name comes from the spec (no auto-naming suffix): a replacement must delete the old Job first.
    this.job = new k8s.batch.v1.Job(
      name,
      {
        metadata: job.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
        spec: job.spec as pulumi.Input<k8s.types.input.batch.v1.JobSpec>,
      },
      {
        parent: this,
        deleteBeforeReplace: true,
        replaceOnChanges: [...JOB_IMMUTABLE_FIELDS],
        ...(customTimeouts ? { customTimeouts } : {}),
      },
    );
    this.name = this.job.metadata.name;
    this.namespace = this.job.metadata.namespace;
    this.registerOutputs({ name: this.name, namespace: this.namespace });
  }
}
