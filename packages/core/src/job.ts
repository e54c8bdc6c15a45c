/**
 * Job (batch/v1): runs pods until a number of them succeed.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/
 */
import type { Job as K8sJob, JobSpec as K8sJobSpec, PodFailurePolicy } from "kubernetes-types/batch/v1.js";
import { type FieldCatalogue, K8S_DOCS } from "./catalogue.js";
import { at, type Checker, isRecord } from "./context.js";
import type { Metadata } from "./metadata.js";
import type { PodFields } from "./pod/index.js";
import { renderMetadata, renderPodTemplate } from "./pod/index.js";

export type { PodFailurePolicy };

/** The Job's own fields: also a CronJob's `jobTemplate`. */
export interface JobFields {
  /** @default 1 when parallelism is unset too; otherwise unset (a work queue) */
  readonly completions?: number;
  /** @default 1 */
  readonly parallelism?: number;
  /** @default 6, or 2147483647 with backoffLimitPerIndex */
  readonly backoffLimit?: number;
  readonly backoffLimitPerIndex?: number;
  readonly maxFailedIndexes?: number;
  /** @default "NonIndexed" */
  readonly completionMode?: "NonIndexed" | "Indexed";
  readonly activeDeadlineSeconds?: number;
  readonly ttlSecondsAfterFinished?: number;
  /** @default false */
  readonly suspend?: boolean;
  readonly podFailurePolicy?: PodFailurePolicy;
}

export interface JobSpec extends Metadata, PodFields, JobFields {
  readonly kind: "Job";
}

const JOB = `${K8S_DOCS}/concepts/workloads/controllers/job`;
const MAX_INDEXED_PARALLELISM = 100000;
const MAX_INT32 = 2147483647;

export const jobFields = {
  completions: {
    type: "integer",
    minimum: 0,
    default: {
      derived: {
        en: "1 when parallelism is unset too; unset when only parallelism is set (the pods work a queue).",
        ko: "parallelism도 없으면 1이다. parallelism만 지정하면 지정하지 않은 채로 둔다(파드가 작업 큐를 처리한다).",
      },
    },
    description: {
      en: "How many pods must finish successfully for the Job to complete.",
      ko: "잡이 완료되려면 성공적으로 끝나야 하는 파드 수(완료 횟수).",
    },
    rules: [
      {
        en: "Required for Indexed Jobs. Immutable, except in Indexed Jobs together with parallelism.",
        ko: "Indexed 잡에서는 필수다. 바꿀 수 없으며, Indexed 잡에서만 parallelism과 함께 바꿀 수 있다.",
      },
    ],
    link: `${JOB}/#parallel-jobs`,
  },
  parallelism: {
    type: "integer",
    minimum: 0,
    default: { value: 1 },
    description: {
      en: "How many pods may run at the same time.",
      ko: "동시에 실행할 수 있는 파드 수(병렬 처리).",
    },
    rules: [{ en: "At most 100000 in Indexed Jobs.", ko: "Indexed 잡에서는 100000 이하다." }],
    link: `${JOB}/#controlling-parallelism`,
  },
  backoffLimit: {
    type: "integer",
    minimum: 0,
    default: {
      derived: {
        en: "6; 2147483647 when backoffLimitPerIndex is set.",
        ko: "6이다. backoffLimitPerIndex를 지정하면 2147483647이다.",
      },
    },
    description: {
      en: "How many pod failures to retry before the Job is marked failed.",
      ko: "잡을 실패로 표시하기 전에 파드 실패를 몇 번까지 재시도할지 정한다(재시도 한도).",
    },
    link: `${JOB}/#pod-backoff-failure-policy`,
  },
  backoffLimitPerIndex: {
    type: "integer",
    minimum: 0,
    since: "1.29",
    ga: "1.33",
    immutable: true,
    description: {
      en: "Retries allowed for each index of an Indexed Job, counted separately.",
      ko: "Indexed 잡에서 인덱스마다 따로 세는 재시도 한도.",
    },
    rules: [{ en: "Indexed Jobs only.", ko: "Indexed 잡에서만 쓸 수 있다." }],
    link: `${JOB}/#backoff-limit-per-index`,
  },
  maxFailedIndexes: {
    type: "integer",
    minimum: 0,
    maximum: MAX_INDEXED_PARALLELISM,
    since: "1.29",
    ga: "1.33",
    description: {
      en: "How many indexes may fail before the whole Job fails.",
      ko: "잡 전체가 실패하기 전까지 실패해도 되는 인덱스 수.",
    },
    rules: [
      {
        en: "Needs backoffLimitPerIndex; at most completions.",
        ko: "backoffLimitPerIndex가 있어야 하고 completions 이하여야 한다.",
      },
    ],
    link: `${JOB}/#backoff-limit-per-index`,
  },
  completionMode: {
    type: "string",
    enum: ["NonIndexed", "Indexed"],
    default: { value: "NonIndexed" },
    immutable: true,
    description: {
      en: "`Indexed` gives each pod an index from 0 to completions-1 (env JOB_COMPLETION_INDEX).",
      ko: "`Indexed`이면 각 파드가 0부터 completions-1까지의 인덱스를 받는다(환경 변수 JOB_COMPLETION_INDEX). 완료 모드라고 한다.",
    },
    link: `${JOB}/#completion-mode`,
  },
  activeDeadlineSeconds: {
    type: "integer",
    minimum: 0,
    description: {
      en: "Seconds the Job may run in all; then its pods are stopped and it fails.",
      ko: "잡이 실행될 수 있는 전체 시간(초). 넘기면 파드가 중지되고 잡은 실패한다.",
    },
    link: `${JOB}/#job-termination-and-cleanup`,
  },
  ttlSecondsAfterFinished: {
    type: "integer",
    minimum: 0,
    description: {
      en: "Seconds after the Job finishes before it and its pods are deleted. Unset, they are kept.",
      ko: "잡이 끝난 뒤 잡과 파드를 지우기까지의 시간(초). 지정하지 않으면 지우지 않는다.",
    },
    link: `${K8S_DOCS}/concepts/workloads/controllers/ttlafterfinished/`,
  },
  suspend: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "When true, no pods are started (running ones are stopped) until it is set back to false.",
      ko: "true이면 다시 false가 될 때까지 파드를 시작하지 않는다(실행 중인 파드는 중지된다). 일시 정지라고 한다.",
    },
    link: `${JOB}/#suspending-a-job`,
  },
  podFailurePolicy: {
    type: "object",
    since: "1.26",
    ga: "1.31",
    description: {
      en: "Rules that decide what a pod failure means by exit code or pod condition: FailJob, FailIndex, Ignore or Count.",
      ko: "종료 코드나 파드 컨디션에 따라 파드 실패를 어떻게 다룰지 정하는 규칙(FailJob, FailIndex, Ignore, Count).",
    },
    rules: [
      {
        en: "Needs restartPolicy Never; at most 20 rules; each rule has exactly one of onExitCodes and onPodConditions; onExitCodes has operator In or NotIn and 1-255 distinct values (In may not contain 0); FailIndex needs backoffLimitPerIndex.",
        ko: "restartPolicy가 Never여야 한다. 규칙은 최대 20개이고, 각 규칙에는 onExitCodes와 onPodConditions 중 정확히 하나가 있어야 한다. onExitCodes의 operator는 In이나 NotIn이며 값은 서로 다른 1-255개다(In에는 0을 쓸 수 없다). FailIndex는 backoffLimitPerIndex가 있어야 한다.",
      },
    ],
    link: `${JOB}/#pod-failure-policy`,
  },
} as const satisfies FieldCatalogue<JobFields>;

type Raw = Record<string, unknown>;

/**
 * Cross-field rules of a Job's fields. `prefix` is "" for a Job and "jobTemplate" for a CronJob;
 * `pod` is the spec holding the pod fields (restartPolicy, containers).
 */
export function checkJobFields(checker: Checker, prefix: string, job: Raw, pod: Raw): void {
  const path = (key: string) => at(prefix, key);
  const indexed = job.completionMode === "Indexed";
  const completions = typeof job.completions === "number" ? job.completions : undefined;

  if (indexed && job.completions === undefined) {
    checker.report(
      path("completions"),
      undefined,
      "job.indexed-completions",
      {
        en: "an Indexed Job needs completions",
        ko: "Indexed 잡에는 completions가 있어야 한다",
      },
      {
        en: "set completions to the number of indexes, e.g. 5",
        ko: "completions에 인덱스 개수를 지정한다(예: 5)",
      },
    );
  }
  if (indexed && typeof job.parallelism === "number" && job.parallelism > MAX_INDEXED_PARALLELISM) {
    checker.report(
      path("parallelism"),
      job.parallelism,
      "job.indexed-parallelism",
      {
        en: `an Indexed Job may run at most ${MAX_INDEXED_PARALLELISM} pods in parallel`,
        ko: `Indexed 잡의 병렬 처리는 최대 ${MAX_INDEXED_PARALLELISM}이다`,
      },
      { en: `use ${MAX_INDEXED_PARALLELISM} or less`, ko: `${MAX_INDEXED_PARALLELISM} 이하로 줄인다` },
    );
  }
  if (!indexed && job.backoffLimitPerIndex !== undefined) {
    checker.report(
      path("backoffLimitPerIndex"),
      job.backoffLimitPerIndex,
      "job.indexed-only",
      {
        en: "backoffLimitPerIndex only works with completionMode Indexed",
        ko: "backoffLimitPerIndex는 completionMode가 Indexed일 때만 쓸 수 있다",
      },
      {
        en: "set completionMode: Indexed (and completions), or use backoffLimit instead",
        ko: "completionMode: Indexed(와 completions)를 지정하거나 backoffLimit을 대신 쓴다",
      },
    );
  }
  if (job.maxFailedIndexes !== undefined) {
    if (job.backoffLimitPerIndex === undefined) {
      checker.report(
        path("maxFailedIndexes"),
        job.maxFailedIndexes,
        "job.max-failed-indexes",
        {
          en: "maxFailedIndexes needs backoffLimitPerIndex",
          ko: "maxFailedIndexes를 쓰려면 backoffLimitPerIndex가 있어야 한다",
        },
        {
          en: "set backoffLimitPerIndex (and completionMode: Indexed), or remove maxFailedIndexes",
          ko: "backoffLimitPerIndex(와 completionMode: Indexed)를 지정하거나 maxFailedIndexes를 지운다",
        },
      );
    } else if (
      completions !== undefined &&
      typeof job.maxFailedIndexes === "number" &&
      job.maxFailedIndexes > completions
    ) {
      checker.report(
        path("maxFailedIndexes"),
        job.maxFailedIndexes,
        "job.max-failed-indexes",
        {
          en: `maxFailedIndexes may not exceed completions (${completions})`,
          ko: `maxFailedIndexes는 completions(${completions})보다 클 수 없다`,
        },
        { en: `use ${completions} or less`, ko: `${completions} 이하로 줄인다` },
      );
    }
  }
  checkPodFailurePolicy(checker, path("podFailurePolicy"), job, pod);
}

const ACTIONS = ["FailJob", "FailIndex", "Ignore", "Count"];
const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;

function checkPodFailurePolicy(checker: Checker, path: string, job: Raw, pod: Raw): void {
  const policy = job.podFailurePolicy;
  if (!isRecord(policy)) return;
  const restartPolicy = pod.restartPolicy ?? "Never";
  if (restartPolicy !== "Never") {
    checker.report(
      path,
      policy,
      "job.pod-failure-policy-restart",
      {
        en: `podFailurePolicy needs restartPolicy Never, but it is ${String(restartPolicy)}`,
        ko: `podFailurePolicy를 쓰려면 restartPolicy가 Never여야 하는데 ${String(restartPolicy)}이다`,
      },
      {
        en: "set restartPolicy: Never (the default for Jobs)",
        ko: "restartPolicy를 Never로 바꾼다(잡의 기본값이다)",
      },
    );
  }
  const rules = policy.rules;
  if (!Array.isArray(rules)) {
    checker.report(
      at(path, "rules"),
      rules,
      "required",
      { en: "podFailurePolicy needs a list of rules", ko: "podFailurePolicy에는 rules 목록이 있어야 한다" },
      {
        en: "add rules, e.g. [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]",
        ko: "rules를 추가한다. 예: [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]",
      },
    );
    return;
  }
  if (rules.length > MAX_RULES) {
    checker.report(
      at(path, "rules"),
      rules.length,
      "max-items",
      {
        en: `has ${rules.length} rules; at most ${MAX_RULES} are allowed`,
        ko: `규칙이 ${rules.length}개인데 최대 ${MAX_RULES}개까지 쓸 수 있다`,
      },
      { en: "merge rules with the same action", ko: "같은 action을 가진 규칙을 합친다" },
    );
  }
  const containerNames = new Set(
    [pod.containers, pod.initContainers]
      .flatMap((list) => (Array.isArray(list) ? list : []))
      .map((c) => (isRecord(c) ? c.name : undefined)),
  );
  rules.forEach((rule, index) => {
    const rulePath = at(at(path, "rules"), index);
    if (!isRecord(rule)) {
      checker.report(
        rulePath,
        rule,
        "type",
        { en: "must be an object", ko: "객체여야 한다" },
        {
          en: "write { action, onExitCodes } or { action, onPodConditions }",
          ko: "{ action, onExitCodes }나 { action, onPodConditions }로 적는다",
        },
      );
      return;
    }
    if (!ACTIONS.includes(rule.action as string)) {
      checker.report(
        at(rulePath, "action"),
        rule.action,
        "enum",
        { en: `must be one of ${ACTIONS.join(", ")}`, ko: `${ACTIONS.join(", ")} 중 하나여야 한다` },
        { en: "choose what the failure means for the Job", ko: "실패를 잡에서 어떻게 다룰지 고른다" },
      );
    }
    if (rule.action === "FailIndex" && job.backoffLimitPerIndex === undefined) {
      checker.report(
        at(rulePath, "action"),
        rule.action,
        "job.fail-index",
        {
          en: "action FailIndex needs backoffLimitPerIndex",
          ko: "action FailIndex를 쓰려면 backoffLimitPerIndex가 있어야 한다",
        },
        {
          en: "set backoffLimitPerIndex on an Indexed Job, or use FailJob",
          ko: "Indexed 잡에 backoffLimitPerIndex를 지정하거나 FailJob을 쓴다",
        },
      );
    }
    const hasCodes = rule.onExitCodes !== undefined;
    const hasConditions = rule.onPodConditions !== undefined;
    if (hasCodes === hasConditions) {
      checker.report(
        rulePath,
        rule,
        "job.pod-failure-rule-requirement",
        {
          en: "each rule needs exactly one of onExitCodes and onPodConditions",
          ko: "규칙마다 onExitCodes와 onPodConditions 중 정확히 하나가 있어야 한다",
        },
        { en: "keep one of the two in this rule", ko: "이 규칙에 둘 중 하나만 남긴다" },
      );
    }
    if (isRecord(rule.onExitCodes))
      checkExitCodes(checker, at(rulePath, "onExitCodes"), rule.onExitCodes, containerNames);
    if (Array.isArray(rule.onPodConditions)) {
      rule.onPodConditions.forEach((condition, i) => {
        const conditionPath = at(at(rulePath, "onPodConditions"), i);
        if (!isRecord(condition) || typeof condition.type !== "string" || condition.type === "") {
          checker.report(
            at(conditionPath, "type"),
            isRecord(condition) ? condition.type : condition,
            "required",
            { en: "a pod condition needs a type", ko: "파드 컨디션에는 type이 있어야 한다" },
            { en: "set type, e.g. DisruptionTarget", ko: "type을 지정한다(예: DisruptionTarget)" },
          );
        } else if (
          condition.status !== undefined &&
          !["True", "False", "Unknown"].includes(condition.status as string)
        ) {
          checker.report(
            at(conditionPath, "status"),
            condition.status,
            "enum",
            { en: "must be one of True, False, Unknown", ko: "True, False, Unknown 중 하나여야 한다" },
            { en: 'use "True" (a string)', ko: '"True"(문자열)를 쓴다' },
          );
        }
      });
    }
  });
}

function checkExitCodes(
  checker: Checker,
  path: string,
  codes: Raw,
  containerNames: ReadonlySet<unknown>,
): void {
  const operator = codes.operator;
  if (operator !== "In" && operator !== "NotIn") {
    checker.report(
      at(path, "operator"),
      operator,
      "enum",
      { en: "must be In or NotIn", ko: "In이나 NotIn이어야 한다" },
      {
        en: "use In to match the listed codes, NotIn for all others",
        ko: "나열한 코드에 맞추려면 In, 나머지 전부에 맞추려면 NotIn을 쓴다",
      },
    );
  }
  if (codes.containerName !== undefined && !containerNames.has(codes.containerName)) {
    checker.report(
      at(path, "containerName"),
      codes.containerName,
      "job.exit-code-container",
      { en: "names no container of the pod", ko: "파드에 없는 컨테이너를 가리킨다" },
      { en: "use the name of one of the pod's containers", ko: "파드에 있는 컨테이너 이름을 쓴다" },
    );
  }
  const values = codes.values;
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_EXIT_CODES) {
    checker.report(
      at(path, "values"),
      values,
      "job.exit-code-values",
      {
        en: `needs 1 to ${MAX_EXIT_CODES} exit codes`,
        ko: `종료 코드가 1개 이상 ${MAX_EXIT_CODES}개 이하여야 한다`,
      },
      { en: "list the exit codes to match, e.g. [42]", ko: "맞출 종료 코드를 나열한다(예: [42])" },
    );
    return;
  }
  const seen = new Set<unknown>();
  values.forEach((value, index) => {
    if (typeof value !== "number" || !Number.isInteger(value)) {
      checker.report(
        at(at(path, "values"), index),
        value,
        "type",
        { en: "must be an integer", ko: "정수여야 한다" },
        { en: "write the exit code as a number", ko: "종료 코드를 숫자로 적는다" },
      );
    } else if (operator === "In" && value === 0) {
      checker.report(
        at(at(path, "values"), index),
        value,
        "job.exit-code-zero",
        {
          en: "exit code 0 (success) may not be listed with operator In",
          ko: "operator가 In일 때는 종료 코드 0(성공)을 쓸 수 없다",
        },
        { en: "remove 0 from values", ko: "values에서 0을 뺀다" },
      );
    }
    if (seen.has(value)) {
      checker.report(
        at(at(path, "values"), index),
        value,
        "job.exit-code-duplicate",
        { en: "exit codes must be distinct", ko: "종료 코드는 겹치면 안 된다" },
        { en: "remove the repeated code", ko: "반복된 코드를 지운다" },
      );
    }
    seen.add(value);
  });
}

/** The Job fields with Kubernetes' defaults written out. */
export function renderJobFields(job: JobFields, template: K8sJobSpec["template"]): K8sJobSpec {
  const out: Record<string, unknown> = {};
  const bothUnset = job.completions === undefined && job.parallelism === undefined;
  const completions = job.completions ?? (bothUnset ? 1 : undefined);
  if (completions !== undefined) out.completions = completions;
  out.parallelism = job.parallelism ?? jobFields.parallelism.default.value;
  out.backoffLimit = job.backoffLimit ?? (job.backoffLimitPerIndex !== undefined ? MAX_INT32 : 6);
  if (job.backoffLimitPerIndex !== undefined) out.backoffLimitPerIndex = job.backoffLimitPerIndex;
  if (job.maxFailedIndexes !== undefined) out.maxFailedIndexes = job.maxFailedIndexes;
  out.completionMode = job.completionMode ?? jobFields.completionMode.default.value;
  if (job.activeDeadlineSeconds !== undefined) out.activeDeadlineSeconds = job.activeDeadlineSeconds;
  if (job.ttlSecondsAfterFinished !== undefined) out.ttlSecondsAfterFinished = job.ttlSecondsAfterFinished;
  out.suspend = job.suspend ?? jobFields.suspend.default.value;
  if (job.podFailurePolicy !== undefined) out.podFailurePolicy = job.podFailurePolicy;
  out.template = template;
  return out as unknown as K8sJobSpec;
}

/** The keys of JobFields, in catalogue order. */
export const JOB_FIELD_KEYS = Object.keys(jobFields) as (keyof JobFields)[];

export function pickJobFields(spec: JobFields): JobFields {
  const out: Record<string, unknown> = {};
  for (const key of JOB_FIELD_KEYS) if (spec[key] !== undefined) out[key] = spec[key];
  return out as JobFields;
}

export function checkJob(checker: Checker, spec: Raw): void {
  checkJobFields(checker, "", spec, spec);
}

export function renderJob(spec: JobSpec): K8sJob {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: renderMetadata(spec),
    spec: renderJobFields(spec, renderPodTemplate(spec, "Never")),
  };
}
