/**
 * The four kinds side by side: their catalogue sections, rules and renderers. Validation, rendering
 * and the docs all go through this table, so adding a kind means adding one row.
 */
import type { CatalogueSection, FieldDef, SectionName } from "./catalogue.js";
import type { Checker } from "./context.js";
import { type CronJobSpec, checkCronJob, cronJobFields, renderCronJob } from "./cron-job.js";
import { checkDaemonSet, type DaemonSetSpec, daemonSetFields, renderDaemonSet } from "./daemon-set.js";
import { checkJob, type JobSpec, jobFields, renderJob } from "./job.js";
import type { KubernetesObject } from "./manifest.js";
import { metadataSection } from "./metadata.js";
import { checkPod, containerSection, podSection, type RestartPolicy } from "./pod/index.js";
import {
  checkStatefulSet,
  renderHeadlessService,
  renderStatefulSet,
  type StatefulSetSpec,
  statefulSetFields,
  templateNames,
  volumeClaimTemplateFields,
} from "./stateful-set.js";

/** A podworks spec of any of the four kinds, told apart by `kind`. */
export type WorkloadSpec = JobSpec | CronJobSpec | DaemonSetSpec | StatefulSetSpec;
/** The four kinds podworks models: `Job`, `CronJob`, `DaemonSet` and `StatefulSet`. */
export type WorkloadKind = WorkloadSpec["kind"];

type Raw = Record<string, unknown>;

export interface KindDefinition<S extends WorkloadSpec> {
  readonly kind: S["kind"];
  readonly apiVersion: string;
  readonly section: CatalogueSection;
  readonly restartPolicies: readonly RestartPolicy[];
  /** all top-level fields of the spec: metadata + pod + the kind's own */
  readonly fields: Readonly<Record<string, FieldDef>>;
  readonly check: (checker: Checker, spec: Raw) => void;
  readonly render: (spec: S) => KubernetesObject[];
}

function define<S extends WorkloadSpec>(def: Omit<KindDefinition<S>, "fields">): KindDefinition<S> {
  return { ...def, fields: { ...metadataSection.fields, ...podSection.fields, ...def.section.fields } };
}

export const KINDS = {
  Job: define<JobSpec>({
    kind: "Job",
    apiVersion: "batch/v1",
    section: { name: "job", title: { en: "Job", ko: "잡(Job)" }, fields: jobFields },
    restartPolicies: ["Never", "OnFailure"],
    check: (checker, spec) => {
      checkPod(checker, spec, ["Never", "OnFailure"]);
      checkJob(checker, spec);
    },
    render: (spec) => [renderJob(spec)],
  }),
  CronJob: define<CronJobSpec>({
    kind: "CronJob",
    apiVersion: "batch/v1",
    section: { name: "cronJob", title: { en: "CronJob", ko: "크론잡(CronJob)" }, fields: cronJobFields },
    restartPolicies: ["Never", "OnFailure"],
    check: (checker, spec) => {
      checkPod(checker, spec, ["Never", "OnFailure"]);
      checkCronJob(checker, spec);
    },
    render: (spec) => [renderCronJob(spec)],
  }),
  DaemonSet: define<DaemonSetSpec>({
    kind: "DaemonSet",
    apiVersion: "apps/v1",
    section: {
      name: "daemonSet",
      title: { en: "DaemonSet", ko: "데몬셋(DaemonSet)" },
      fields: daemonSetFields,
    },
    restartPolicies: ["Always"],
    check: (checker, spec) => {
      checkPod(checker, spec, ["Always"]);
      checkDaemonSet(checker, spec);
    },
    render: (spec) => [renderDaemonSet(spec)],
  }),
  StatefulSet: define<StatefulSetSpec>({
    kind: "StatefulSet",
    apiVersion: "apps/v1",
    section: {
      name: "statefulSet",
      title: { en: "StatefulSet", ko: "스테이트풀셋(StatefulSet)" },
      fields: statefulSetFields,
    },
    restartPolicies: ["Always"],
    check: (checker, spec) => {
      checkPod(checker, spec, ["Always"], templateNames(spec));
      checkStatefulSet(checker, spec);
    },
    render: (spec) =>
      spec.headlessService === false
        ? [renderStatefulSet(spec)]
        : [renderHeadlessService(spec), renderStatefulSet(spec)],
  }),
} as const;

/** The four kinds, in the order the docs present them. */
export const WORKLOAD_KINDS = Object.keys(KINDS) as WorkloadKind[];

export function isWorkloadKind(value: unknown): value is WorkloadKind {
  return typeof value === "string" && Object.hasOwn(KINDS, value);
}

const SECTIONS: { readonly [N in SectionName]: CatalogueSection<N> } = {
  metadata: metadataSection,
  pod: podSection,
  container: containerSection,
  job: KINDS.Job.section as CatalogueSection<"job">,
  cronJob: KINDS.CronJob.section as CatalogueSection<"cronJob">,
  daemonSet: KINDS.DaemonSet.section as CatalogueSection<"daemonSet">,
  statefulSet: KINDS.StatefulSet.section as CatalogueSection<"statefulSet">,
  volumeClaimTemplate: {
    name: "volumeClaimTemplate",
    title: { en: "Volume claim template", ko: "볼륨 클레임 템플릿" },
    fields: volumeClaimTemplateFields,
  },
};

/**
 * The catalogue section with this name; a kind's section holds its own fields only (metadata and pod fields are
 * sections of their own).
 */
export function section<N extends SectionName>(name: N): CatalogueSection<N> {
  return SECTIONS[name];
}

/** Every catalogue section, in the order the docs present them. */
export const CATALOGUE: readonly CatalogueSection<SectionName>[] = Object.values(SECTIONS);
