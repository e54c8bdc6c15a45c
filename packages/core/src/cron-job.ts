/**
 * CronJob (batch/v1): creates a Job on a cron schedule.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/
 */
import type { CronJob as K8sCronJob, CronJobSpec as K8sCronJobSpec } from "kubernetes-types/batch/v1.js";
import { API_REF, type FieldCatalogue, K8S_DOCS } from "./catalogue.js";
import { type Checker, hasKeys, isRecord } from "./context.js";
import { checkJobFields, type JobFields, jobFields, renderJobFields } from "./job.js";
import type { Metadata } from "./metadata.js";
import type { PodFields } from "./pod/index.js";
import { renderMetadata, renderPodTemplate } from "./pod/index.js";

/**
 * The CronJob's own fields (what `spec` and `spec.jobTemplate.spec` of a `batch/v1` CronJob hold), under their
 * Kubernetes names. `CronJobSpec` adds the metadata and the pod fields.
 */
export interface CronJobFields {
  /** Cron schedule: 5 fields (minute hour day-of-month month day-of-week) or a macro such as `@daily`. */
  readonly schedule: string;
  /** IANA time zone of the schedule, e.g. `Asia/Seoul`. @default the controller manager's time zone */
  readonly timeZone?: string;
  /** @default "Allow" */
  readonly concurrencyPolicy?: "Allow" | "Forbid" | "Replace";
  readonly startingDeadlineSeconds?: number;
  /** @default 3 */
  readonly successfulJobsHistoryLimit?: number;
  /** @default 1 */
  readonly failedJobsHistoryLimit?: number;
  /** @default false */
  readonly suspend?: boolean;
  /** The Job each run creates: completions, parallelism, backoffLimit and the rest. */
  readonly jobTemplate?: JobFields;
}

/**
 * A podworks CronJob spec: the object's metadata, the pod template's fields and the CronJob's own fields, side by
 * side in one flat object. `validate` checks it; `toManifests` renders it as a `batch/v1` CronJob.
 */
export interface CronJobSpec extends Metadata, PodFields, CronJobFields {
  readonly kind: "CronJob";
}

const CRON = `${K8S_DOCS}/concepts/workloads/controllers/cron-jobs`;
/** 63 (a label) minus the 11 characters the controller appends to the names of the Jobs it creates. */
export const MAX_CRONJOB_NAME = 52;

/** The field catalogue of the CronJob's own fields (`CronJobFields`). */
export const cronJobFields = {
  schedule: {
    type: "string",
    required: true,
    format: "cron",
    description: {
      en: "When to create a Job, in cron syntax: `minute hour day-of-month month day-of-week`, or a macro such as `@hourly` or `@daily`.",
      ko: "잡을 만들 시점. 크론 문법(`분 시 일 월 요일`)이나 `@hourly`, `@daily` 같은 매크로로 적는다.",
    },
    rules: [
      {
        en: "`TZ=` and `CRON_TZ=` are not allowed in the schedule: use timeZone.",
        ko: "스케줄 안에 `TZ=`나 `CRON_TZ=`를 쓸 수 없다. 대신 timeZone을 쓴다.",
      },
    ],
    link: `${CRON}/#schedule-syntax`,
  },
  timeZone: {
    type: "string",
    format: "time-zone",
    since: "1.25",
    ga: "1.27",
    default: {
      derived: {
        en: "The time zone of the kube-controller-manager process (usually UTC).",
        ko: "kube-controller-manager 프로세스의 시간대다(보통 UTC).",
      },
    },
    description: {
      en: "IANA time zone the schedule is read in, e.g. `Asia/Seoul` or `Etc/UTC`. `Local` is not allowed.",
      ko: "스케줄을 해석할 IANA 시간대(예: `Asia/Seoul`, `Etc/UTC`). `Local`은 쓸 수 없다.",
    },
    link: `${CRON}/#time-zones`,
  },
  concurrencyPolicy: {
    type: "string",
    enum: ["Allow", "Forbid", "Replace"],
    default: { value: "Allow" },
    description: {
      en: "What to do when a run is due while the previous Job still runs: run both, skip the new one, or replace the old one.",
      ko: "이전 잡이 아직 실행 중일 때 다음 실행 시각이 오면 어떻게 할지 정한다. 둘 다 실행하거나, 새 실행을 건너뛰거나, 이전 잡을 새 잡으로 바꾼다(동시성 정책).",
    },
    link: `${CRON}/#concurrency-policy`,
  },
  startingDeadlineSeconds: {
    type: "integer",
    minimum: 0,
    description: {
      en: "Seconds after a missed run time within which the Job may still start. Unset, missed runs have no deadline.",
      ko: "실행 시각을 놓쳤을 때 그 뒤로 몇 초 안에는 잡을 시작해도 되는지 정한다(시작 기한). 지정하지 않으면 기한이 없다.",
    },
    link: `${CRON}/#job-creation`,
  },
  successfulJobsHistoryLimit: {
    type: "integer",
    minimum: 0,
    default: { value: 3 },
    description: {
      en: "How many finished successful Jobs to keep.",
      ko: "성공한 잡을 몇 개까지 남길지 정한다(잡 히스토리 한도).",
    },
    link: `${CRON}/#jobs-history-limits`,
  },
  failedJobsHistoryLimit: {
    type: "integer",
    minimum: 0,
    default: { value: 1 },
    description: {
      en: "How many failed Jobs to keep.",
      ko: "실패한 잡을 몇 개까지 남길지 정한다(잡 히스토리 한도).",
    },
    link: `${CRON}/#jobs-history-limits`,
  },
  suspend: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "When true, no new Jobs are created; running ones go on.",
      ko: "true이면 새 잡을 만들지 않는다. 실행 중인 잡은 계속 실행된다(일시 정지).",
    },
    link: `${CRON}/#schedule-suspension`,
  },
  jobTemplate: {
    type: "object",
    fields: jobFields,
    description: {
      en: "The Job created at each run: the same fields as a Job (completions, parallelism, backoffLimit, ...). The pod fields stay at the top level.",
      ko: "실행마다 만드는 잡. 잡과 같은 필드(completions, parallelism, backoffLimit 등)를 쓴다. 파드 필드는 최상위에 둔다.",
    },
    link: `${API_REF}/workload-resources/cron-job-v1/`,
  },
} as const satisfies FieldCatalogue<CronJobFields>;

type Raw = Record<string, unknown>;

export function checkCronJob(checker: Checker, spec: Raw): void {
  if (typeof spec.name === "string" && spec.name.length > MAX_CRONJOB_NAME) {
    checker.report(
      "name",
      spec.name,
      "cronjob.name-length",
      {
        en: `a CronJob name may have at most ${MAX_CRONJOB_NAME} characters (the controller appends 11 to name its Jobs); this one has ${spec.name.length}`,
        ko: `크론잡 이름은 최대 ${MAX_CRONJOB_NAME}자다(컨트롤러가 잡 이름을 만들 때 11자를 덧붙인다). 이 이름은 ${spec.name.length}자다`,
      },
      {
        en: `shorten the name to ${MAX_CRONJOB_NAME} characters or fewer`,
        ko: `이름을 ${MAX_CRONJOB_NAME}자 이하로 줄인다`,
      },
    );
  }
  checkJobFields(checker, "jobTemplate", isRecord(spec.jobTemplate) ? spec.jobTemplate : {}, spec);
}

export function renderCronJob(spec: CronJobSpec): K8sCronJob {
  const out: Record<string, unknown> = { schedule: spec.schedule };
  if (spec.timeZone !== undefined) out.timeZone = spec.timeZone;
  out.concurrencyPolicy = spec.concurrencyPolicy ?? cronJobFields.concurrencyPolicy.default.value;
  if (spec.startingDeadlineSeconds !== undefined) out.startingDeadlineSeconds = spec.startingDeadlineSeconds;
  out.suspend = spec.suspend ?? cronJobFields.suspend.default.value;
  out.successfulJobsHistoryLimit =
    spec.successfulJobsHistoryLimit ?? cronJobFields.successfulJobsHistoryLimit.default.value;
  out.failedJobsHistoryLimit =
    spec.failedJobsHistoryLimit ?? cronJobFields.failedJobsHistoryLimit.default.value;
  const template = renderPodTemplate(spec, "Never");
  const jobSpec = renderJobFields(spec.jobTemplate ?? {}, template);
  out.jobTemplate =
    spec.labels && hasKeys(spec.labels)
      ? { metadata: { labels: { ...spec.labels } }, spec: jobSpec }
      : { spec: jobSpec };
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: renderMetadata(spec),
    spec: out as unknown as K8sCronJobSpec,
  };
}
