/**
 * @podworks/core: typed Kubernetes Job, CronJob, DaemonSet and StatefulSet specs, validated with every
 * problem reported at once (English and Korean), defaulted, and rendered to manifests and YAML.
 * Runs in Node and in browsers. Reading YAML or JSON spec files (`parseSpecs`) is the separate entry
 * `@podworks/core/parse`, which needs the optional peer dependency `yaml`.
 *
 * @packageDocumentation
 */

export type {
  CatalogueSection,
  FieldCatalogue,
  FieldDef,
  FieldDefault,
  FieldFormat,
  FieldType,
  SectionName,
} from "./catalogue.js";
export type { ValidateOptions } from "./context.js";
export {
  type CronProblem,
  checkSchedule,
  checkTimeZone,
  describeSchedule,
  explainSchedule,
  nextRuns,
  type ScheduleExplanation,
} from "./cron.js";
export { type CronJobFields, type CronJobSpec, cronJobFields, MAX_CRONJOB_NAME } from "./cron-job.js";
export {
  CONTROL_PLANE_TOLERATIONS,
  type DaemonSetFields,
  type DaemonSetSpec,
  type DaemonSetUpdateStrategy,
  daemonSetFields,
} from "./daemon-set.js";
export { endsInConsonant, isLang, josa, LANGS, type Lang, type Particle, type Text } from "./i18n.js";
export {
  fromManifests,
  type ImportNote,
  type ImportResult,
  specsToYaml,
  withoutDefaults,
} from "./import/index.js";
export {
  errorsOf,
  formatIssue,
  formatIssues,
  isPodworksValidationError,
  PodworksValidationError,
  type Severity,
  showValue,
  type ValidationIssue,
  type ValidationResult,
  warningsOf,
} from "./issues.js";
export {
  type JobFields,
  type JobSpec,
  jobFields,
  type PodFailurePolicy,
  type SuccessPolicy,
  type SuccessPolicyRule,
} from "./job.js";
export { CATALOGUE, section, WORKLOAD_KINDS, type WorkloadKind, type WorkloadSpec } from "./kinds.js";
export {
  LINT_IGNORE_ANNOTATION,
  LINT_RULES,
  type LintRule,
  type LintRuleId,
  MIN_STARTING_DEADLINE_SECONDS,
} from "./lint/index.js";
export type { CronJob, DaemonSet, Job, KubernetesObject, Service, StatefulSet } from "./manifest.js";
export { type Metadata, metadataFields } from "./metadata.js";
export {
  type AnyKubernetesObject,
  checkKubernetesObject,
  isKubernetesObject,
  objectIdentity,
  objectLabel,
} from "./object.js";
export {
  type Affinity,
  type Container,
  type ContainerPort,
  type ContainerResizePolicy,
  type ContainerSecurityContext,
  containerFields,
  type EnvFromSource,
  type EnvVar,
  type EnvVarSource,
  type HostAlias,
  type LabelSelector,
  type Lifecycle,
  type LifecycleHandler,
  NAME_LABEL,
  type PodDNSConfig,
  type PodFields,
  type PodResources,
  type PodSecurityContext,
  type Probe,
  podFields,
  type ResourceRequirements,
  type RestartPolicy,
  type Toleration,
  type TopologySpreadConstraint,
  type VolumeDevice,
} from "./pod/index.js";
export { manifestsToYaml, type RenderOptions, toJson, toManifests, toYaml } from "./render.js";
export { type JsonSchema, SCHEMA_DRAFT, SCHEMA_ID, specJsonSchema } from "./schema-json/index.js";
export {
  claimNames,
  MAX_STATEFULSET_NAME,
  type RetentionAction,
  type StatefulSetFields,
  type StatefulSetSpec,
  serviceNameOf,
  statefulSetFields,
  type TypedObjectReference,
  type VolumeClaimTemplate,
  volumeClaimTemplateFields,
} from "./stateful-set.js";
export {
  assertValid,
  cronJob,
  daemonSet,
  job,
  statefulSet,
  subjectOf,
  validate,
  validateCronJob,
  validateDaemonSet,
  validateJob,
  validateStatefulSet,
} from "./validate.js";
export {
  type Availability,
  DEFAULT_KUBERNETES_VERSION,
  isAvailable,
  type KubernetesVersion,
  NEWEST_KUBERNETES_VERSION,
  OLDEST_KUBERNETES_VERSION,
  type ParsedVersion,
  parseVersion,
  supports,
} from "./version.js";
