/**
 * @podworks/pulumi: Pulumi component resources for podworks Job, CronJob, DaemonSet and StatefulSet specs.
 * The specs are core's (`@podworks/core`): validated, defaulted and rendered there; this package adds what
 * Pulumi needs (resource options, await behaviour, outputs) and the StatefulSet PVC protection.
 * The CrossGuard policy pack lives in `@podworks/pulumi/policy`.
 *
 * @packageDocumentation
 */
export { ACKNOWLEDGE_PVC_DELETION, DELETION_PROPAGATION_POLICY } from "./annotations.js";
export { CRONJOB_TYPE, CronJob, type CronJobArgs, type ScheduledRun } from "./cron-job.js";
export {
  DAEMONSET_IMMUTABLE_FIELDS,
  DAEMONSET_TYPE,
  DaemonSet,
  type DaemonSetArgs,
  ONDELETE_WAIT_FOR,
} from "./daemon-set.js";
export {
  type ClaimTemplateIdentity,
  type IdentityChange,
  type IdentityChangeKind,
  identityChanges,
  identityGuardProvider,
  type OwnerGuardInputs,
  ownerGuardName,
  refusalMessage,
  type StatefulSetIdentity,
  StatefulSetIdentityGuard,
  StatefulSetOwnerGuard,
} from "./identity-guard.js";
export {
  appliesInPlace,
  JOB_FIELD_UPDATES,
  JOB_IMMUTABLE_FIELDS,
  JOB_PLAIN_KEYS,
  JOB_RECORD_FINALIZER,
  JOB_TYPE,
  Job,
  type JobArgs,
  type JobFieldUpdate,
  type JobOutcome,
  type JobPlainKey,
  type JobShape,
  jobOutcome,
  jobSpecHash,
} from "./job.js";
export {
  type PodEffect,
  REPLACEMENT_FIELDS_PROVIDER_VERSION,
  type ReplacementField,
  STATEFULSET_IDENTITY_FIELDS,
  STATEFULSET_REPLACEMENT_FIELDS,
  STATEFULSET_REPLACEMENT_PATHS,
  type StatefulSetReplacementField,
} from "./replacement-fields.js";
export {
  type DeletionPropagation,
  STATEFULSET_IMMUTABLE_FIELDS,
  STATEFULSET_PLAIN_KEYS,
  STATEFULSET_TYPE,
  StatefulSet,
  type StatefulSetArgs,
  type StatefulSetPlainKey,
} from "./stateful-set.js";
export type { DeepInput, ManifestTransform, SpecArgs, WorkloadArgs } from "./workload.js";
