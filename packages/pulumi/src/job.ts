/**
 * `podworks:index:Job`: a podworks Job spec deployed with Pulumi.
 *
 * Children: the `batch/v1` Job, and two `JobPatch`es on it (Server-Side Apply, each with its own field manager):
 * - `<name>-in-place` carries what Kubernetes changes in place but the Kubernetes provider would replace the Job
 *   for (`parallelism`, an Indexed Job's `completions` in tandem with it, a suspended Job's scheduling fields; see
 *   `JOB_FIELD_UPDATES`), and `ttlSecondsAfterFinished`. It is never relinquished (`retainOnDelete`), so what it
 *   set stays on a Job Pulumi lets go of.
 * - `<name>-record` (only with `ttlSecondsAfterFinished`) holds the finalizer `podworks.dev/job-record`, so the TTL
 *   controller deletes the finished Job's pods but the Job object (and its status) stays until Pulumi deletes or
 *   replaces it: a `pulumi refresh` then still reads a completed Job, and the next `pulumi up` does not run it
 *   again. The TTL reaches the Job only after the finalizer is on it (the in-place patch depends on the record).
 *   Deleting the record patch removes the finalizer. See docs/decisions/0014-job-ttl-record.md.
 *
 * Await: the Kubernetes provider waits for the Job's `Complete` condition (after checking that the Job controller
 * has seen the current spec) and fails the update when the Job fails (`Failed`, e.g. `BackoffLimitExceeded` or
 * `DeadlineExceeded`) or the wait times out. `timeoutSeconds` sets that wait (create and update, default 10
 * minutes); `wait: false` skips it (`pulumi.com/skipAwait`), and so does `suspend: true` (a suspended Job never
 * completes); `replaceUnready: true` re-runs a Job that did not complete in the previous update instead of waiting
 * on it again.
 */
import { createHash } from "node:crypto";
import type { JobSpec, Job as K8sJob, KubernetesVersion } from "@podworks/core";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { PATCH_FORCE, REPLACE_UNREADY, SKIP_AWAIT } from "./annotations.js";
import { JOB_FIELD_UPDATES, type JobShape, patchedPaths, replacePaths } from "./job-updates.js";
import {
  argumentError,
  childInputs,
  renderSpec,
  requirePlain,
  requireSpec,
  requireWaitForTimeout,
  timeoutsOf,
  type WorkloadArgs,
} from "./workload.js";

export { appliesInPlace, JOB_FIELD_UPDATES, type JobFieldUpdate, type JobShape } from "./job-updates.js";

/**
 * Fields whose change always replaces (re-runs) the Job: the `replace` rows of `JOB_FIELD_UPDATES`. A Job's own
 * resource options add `spec.completions` unless it is an Indexed Job changing completions in tandem with
 * parallelism.
 */
export const JOB_IMMUTABLE_FIELDS: readonly string[] = JOB_FIELD_UPDATES.filter(
  (row) => row.update === "replace",
).map((row) => row.path);

/** Spec keys that must be plain values: they decide which fields update in place, and so the resource options. */
export const JOB_PLAIN_KEYS = ["completionMode", "completions", "parallelism", "suspend"] as const;
/** One of `JOB_PLAIN_KEYS`. */
export type JobPlainKey = (typeof JOB_PLAIN_KEYS)[number];

/** The finalizer the record patch holds on a Job with `ttlSecondsAfterFinished`. */
export const JOB_RECORD_FINALIZER = "podworks.dev/job-record";

/** Written by the in-place patch: the UID of the Job it was applied to. */
export const JOB_UID_ANNOTATION = "podworks.dev/job-uid";

/** Length of the spec hash appended to the name with `nameFromSpecHash`. */
export const JOB_HASH_LENGTH = 10;
/** Kubernetes puts the Job's name in the `job-name` pod label, so it is at most 63 characters. */
const MAX_JOB_NAME = 63;

export interface JobArgs extends WorkloadArgs<JobSpec, JobPlainKey> {
  /** Wait for the Job to complete before the update counts as done. @default true (false while suspended) */
  readonly wait?: boolean;
  /** How long to wait for completion, on create and update. @default 600 (the Kubernetes provider's 10 minutes) */
  readonly timeoutSeconds?: number;
  /** Replace a Job that did not complete during the previous update, instead of waiting for it again. @default false */
  readonly replaceUnready?: boolean;
  /**
   * Name the Job `<spec.name>-<hash>`, the hash (10 hex digits of SHA-256) taken over the rendered Job minus what
   * updates in place. A changed spec is then a new Job: it is created next to the old one, and Pulumi lets go of
   * the old one (`retainOnDelete`), which stays with its pods and logs until its `ttlSecondsAfterFinished` (so that
   * field is required). An unchanged spec keeps its name, so the Job is never run again.
   * `pulumi destroy` also leaves the Job to its TTL.
   * @default false (the Job is named `spec.name`, and a change Kubernetes cannot make in place deletes and re-creates it)
   */
  readonly nameFromSpecHash?: boolean;
}

/** The Pulumi type token of the `Job` component. */
export const JOB_TYPE = "podworks:index:Job";

/** The Job's final condition: `Complete`, or `Failed` with its reason. */
export interface JobOutcome {
  /** Which terminal condition the Job reached. */
  readonly type: "Complete" | "Failed";
  /** The condition's reason (`BackoffLimitExceeded`, `DeadlineExceeded`, `PodFailurePolicy`, ...). */
  readonly reason?: string;
  /** The condition's message, in the controller's words. */
  readonly message?: string;
}

/** Status fields as the provider reports them (`job.status`). */
interface JobStatusLike {
  readonly conditions?: readonly { type?: string; status?: string; reason?: string; message?: string }[];
  readonly succeeded?: number;
  readonly failed?: number;
  readonly completionTime?: string;
}

/** The final condition of a Job status: its `Complete` or `Failed` condition whose status is `True`, if any. */
export function jobOutcome(status: JobStatusLike | undefined): JobOutcome | undefined {
  const final = status?.conditions?.find(
    (c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True",
  );
  if (!final) return undefined;
  return {
    type: final.type as JobOutcome["type"],
    ...(final.reason ? { reason: final.reason } : {}),
    ...(final.message ? { message: final.message } : {}),
  };
}

/** Sorted-key JSON: the same object always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function deletePath(object: Record<string, unknown>, path: string): void {
  const keys = path.split(".");
  let at: unknown = object;
  for (const key of keys.slice(0, -1)) {
    if (at === null || typeof at !== "object") return;
    at = (at as Record<string, unknown>)[key];
  }
  if (at !== null && typeof at === "object") delete (at as Record<string, unknown>)[keys[keys.length - 1]!];
}

function getPath(object: unknown, path: string): unknown {
  let at = object;
  for (const key of path.split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = object;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = value;
}

/**
 * The hash `nameFromSpecHash` appends: SHA-256 over the Job's labels, annotations and spec, without the fields that
 * always update in place (`when: "always"`) and without an Indexed Job's `completions` (changed in tandem with
 * parallelism, in place). Template changes count even while suspended: under this option they make a new Job.
 */
export function jobSpecHash(job: K8sJob): string {
  const copy = structuredClone({
    labels: job.metadata?.labels,
    annotations: job.metadata?.annotations,
    spec: job.spec,
  }) as Record<string, unknown>;
  for (const row of JOB_FIELD_UPDATES) {
    if (row.update === "in-place" && row.when === "always") deletePath(copy, row.path);
  }
  if (job.spec?.completionMode === "Indexed") deletePath(copy, "spec.completions");
  return createHash("sha256").update(canonicalJson(copy)).digest("hex").slice(0, JOB_HASH_LENGTH);
}

/** The three objects the component applies for one rendered Job. */
export interface JobPlan {
  /** The Job resource's object: without the fields the patches own. */
  readonly job: K8sJob;
  /** The in-place patch's `spec` (Kubernetes field names, partial). */
  readonly inPlace: Record<string, unknown>;
  /** Whether a record patch holds the finalizer (the Job has `ttlSecondsAfterFinished`). */
  readonly record: boolean;
}

/** Splits a rendered Job into what the Job resource, the in-place patch and the record patch carry. */
export function planJob(rendered: K8sJob, options: { hashName: boolean; shape: JobShape }): JobPlan {
  const job = structuredClone(rendered) as K8sJob & { spec: Record<string, unknown> };
  const inPlace: Record<string, unknown> = {};
  for (const path of patchedPaths(options.shape)) {
    const value = getPath(job, path);
    if (value !== undefined) setPath(inPlace, path.replace(/^spec\./, ""), value);
  }
  // The TTL is applied by the in-place patch (it is one of the patched paths), after the record patch's finalizer
  // is on the Job: the Job resource is created without it, so the TTL controller cannot delete it first.
  const record = job.spec.ttlSecondsAfterFinished !== undefined;
  delete job.spec.ttlSecondsAfterFinished;
  if (options.hashName) {
    const name = `${job.metadata?.name}-${jobSpecHash(rendered)}`;
    job.metadata = { ...job.metadata, name };
  }
  return { job, inPlace, record };
}

/** A Job from a podworks spec. Outputs: `name`, `namespace`, `outcome`, `succeeded`, `failed`, `completionTime`. */
export class Job extends pulumi.ComponentResource {
  /** The Job's name in the cluster: the spec's `name`, or the component's name when the spec has none. */
  readonly name: pulumi.Output<string>;
  /** The namespace the Job is in, as the cluster reports it. */
  readonly namespace: pulumi.Output<string>;
  /** The final condition, `Complete` or `Failed` with its reason; undefined while the Job runs (or when not awaited). */
  readonly outcome: pulumi.Output<JobOutcome | undefined>;
  /** Pods that succeeded (`status.succeeded`). */
  readonly succeeded: pulumi.Output<number>;
  /** Pods that failed (`status.failed`). */
  readonly failed: pulumi.Output<number>;
  /** When the Job completed (`status.completionTime`, RFC 3339), if it did. */
  readonly completionTime: pulumi.Output<string | undefined>;
  /** The `batch/v1 Job` child resource the component creates. */
  readonly job: k8s.batch.v1.Job;
  /** The Server-Side Apply patch for the fields that change in place (see `JOB_FIELD_UPDATES`). */
  readonly inPlacePatch: k8s.batch.v1.JobPatch;
  /** The patch holding the record finalizer, when the spec has `ttlSecondsAfterFinished`. */
  readonly recordPatch: k8s.batch.v1.JobPatch | undefined;

  /**
   * Validates and renders `args.spec` with @podworks/core (a plain spec that is invalid throws here, with every
   * problem in English and Korean), then creates the child resources. `name` is the component's name and, unless the
   * spec sets `name`, the Job's.
   */
  constructor(name: string, args: JobArgs, opts?: pulumi.ComponentResourceOptions) {
    super(JOB_TYPE, name, {}, opts);
    requireSpec(this, "Job", args);
    requirePlain(this, args.spec, ["name", ...JOB_PLAIN_KEYS, "ttlSecondsAfterFinished"]);
    requireWaitForTimeout(this, args);
    const customTimeouts = timeoutsOf(this, args.timeoutSeconds);
    const spec = args.spec as Partial<Record<JobPlainKey | "name" | "ttlSecondsAfterFinished", unknown>>;
    const hashName = args.nameFromSpecHash === true;
    if (hashName) requireHashable(this, name, spec);
    const rendered = renderSpec({ kind: "Job", type: JOB_TYPE, name, args });
    const suspended = spec.suspend === true;
    const shape: JobShape = {
      completionMode: spec.completionMode as string | undefined,
      completions: spec.completions as number | undefined,
      // core defaults parallelism to 1 when the spec leaves it out.
      parallelism: (spec.parallelism as number | undefined) ?? 1,
      suspend: suspended,
      kubernetesVersion: args.kubernetesVersion as KubernetesVersion | undefined,
    };

    const annotations: Record<string, string> = {};
    if (args.wait === false || suspended) annotations[SKIP_AWAIT] = "true";
    if (args.replaceUnready === true) annotations[REPLACE_UNREADY] = "true";
    const inputs = childInputs<K8sJob>(rendered, "Job", annotations);
    const split = (object: { metadata?: unknown; spec?: unknown }) =>
      planJob({ apiVersion: "batch/v1", kind: "Job", ...object } as K8sJob, { hashName, shape });
    let plan: {
      job: { metadata: pulumi.Input<unknown>; spec: pulumi.Input<unknown> };
      inPlace: pulumi.Input<unknown>;
    };
    if (rendered.spec !== undefined) {
      const planned = split(inputs as { metadata: unknown; spec: unknown });
      plan = { job: { metadata: planned.job.metadata, spec: planned.job.spec }, inPlace: planned.inPlace };
    } else {
      // A spec with inputs: the metadata keeps its own secrecy (childInputs); only a hashed name reads the spec.
      const planned = pulumi.output(inputs as { metadata: unknown; spec: unknown }).apply(split);
      plan = {
        job: {
          metadata: hashName ? planned.job.metadata : inputs.metadata,
          spec: planned.job.spec,
        },
        inPlace: planned.inPlace,
      };
    }
    const hasRecord = spec.ttlSecondsAfterFinished !== undefined;

    this.job = new k8s.batch.v1.Job(
      name,
      {
        metadata: plan.job.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
        spec: plan.job.spec as pulumi.Input<k8s.types.input.batch.v1.JobSpec>,
      },
      {
        parent: this,
        // A fixed name must be deleted before it is created again; a hashed name is a new object.
        deleteBeforeReplace: !hashName,
        replaceOnChanges: replacePaths(shape),
        ignoreChanges: patchedPaths(shape),
        ...(hashName ? { retainOnDelete: true } : {}),
        ...(customTimeouts ? { customTimeouts } : {}),
      },
    );
    const target = {
      name: this.job.metadata.name,
      namespace: this.job.metadata.namespace,
    };
    // Patches never wait for the Job again, and never conflict: they take over what they set.
    const patchAnnotations = { [SKIP_AWAIT]: "true", [PATCH_FORCE]: "true" };

    this.recordPatch = hasRecord
      ? new k8s.batch.v1.JobPatch(
          `${name}-record`,
          {
            metadata: {
              ...target,
              annotations: { [SKIP_AWAIT]: "true" },
              finalizers: [JOB_RECORD_FINALIZER],
            },
          },
          { parent: this, dependsOn: [this.job] },
        )
      : undefined;
    this.inPlacePatch = new k8s.batch.v1.JobPatch(
      `${name}-in-place`,
      {
        metadata: {
          ...target,
          // The Job's UID: a re-created Job (a replacement) changes it, so the patch is applied to the new Job too
          // (the Job resource creates it with the values ignoreChanges kept).
          annotations: { ...patchAnnotations, [JOB_UID_ANNOTATION]: this.job.metadata.uid },
        },
        spec: plan.inPlace as pulumi.Input<k8s.types.input.batch.v1.JobSpecPatch>,
      },
      {
        parent: this,
        dependsOn: this.recordPatch ? [this.job, this.recordPatch] : [this.job],
        // Relinquishing these fields would reset a live Job (resume it, drop its TTL, change its parallelism).
        retainOnDelete: true,
      },
    );

    this.name = this.job.metadata.name;
    this.namespace = this.job.metadata.namespace;
    const status = this.job.status as pulumi.Output<JobStatusLike | undefined>;
    this.outcome = status.apply((s) => jobOutcome(s));
    this.succeeded = status.apply((s) => s?.succeeded ?? 0);
    this.failed = status.apply((s) => s?.failed ?? 0);
    this.completionTime = status.apply((s) => s?.completionTime);
    this.registerOutputs({
      name: this.name,
      namespace: this.namespace,
      outcome: this.outcome,
      succeeded: this.succeeded,
      failed: this.failed,
      completionTime: this.completionTime,
    });
  }
}

/** `nameFromSpecHash` needs a TTL (replaced Jobs are left to it) and room for the hash in the name. */
function requireHashable(component: pulumi.Resource, name: string, spec: Record<string, unknown>): void {
  if (spec.ttlSecondsAfterFinished === undefined) {
    throw argumentError(
      component,
      "`nameFromSpecHash: true` needs `spec.ttlSecondsAfterFinished`: Pulumi leaves every replaced Job to Kubernetes' TTL controller, so without a TTL they would never be deleted. Set it (for example 86400 for a day).",
      "`nameFromSpecHash: true`에는 `spec.ttlSecondsAfterFinished`가 필요하다. 교체된 잡은 쿠버네티스의 TTL 컨트롤러가 지우도록 남겨 두므로, TTL이 없으면 영영 지워지지 않는다. 값을 설정한다(예: 하루는 86400).",
    );
  }
  const base = (spec.name as string | undefined) ?? name;
  const room = MAX_JOB_NAME - JOB_HASH_LENGTH - 1;
  if (base.length > room) {
    throw argumentError(
      component,
      `\`nameFromSpecHash: true\` appends ${JOB_HASH_LENGTH + 1} characters to the Job name, so the name may have at most ${room} characters; "${base}" has ${base.length}. Shorten \`spec.name\`.`,
      `\`nameFromSpecHash: true\`는 잡 이름 뒤에 ${JOB_HASH_LENGTH + 1}자를 붙이므로 이름은 ${room}자 이하여야 한다. "${base}"는 ${base.length}자다. \`spec.name\`을 줄인다.`,
    );
  }
}
