/**
 * Job (batch/v1): runs pods until a number of them succeed.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/
 */
import type { Job as K8sJob, JobSpec as K8sJobSpec, PodFailurePolicy } from "kubernetes-types/batch/v1.js";
import { type FieldCatalogue, K8S_DOCS } from "./catalogue.js";
import { at, type Checker, isRecord } from "./context.js";
import { checkDns1123Subdomain, checkLabelKey } from "./formats.js";
import type { Text } from "./i18n.js";
import type { Metadata } from "./metadata.js";
import type { PodFields } from "./pod/index.js";
import { renderMetadata, renderPodTemplate } from "./pod/index.js";

export type { PodFailurePolicy };

/** One way for an Indexed Job to succeed early: these indexes succeeded, or this many of them, or both. */
export interface SuccessPolicyRule {
  /** Index intervals in increasing order, e.g. `"0,2-4"`; every index below completions. */
  readonly succeededIndexes?: string;
  readonly succeededCount?: number;
}

/** When an Indexed Job counts as succeeded before all its indexes did (Kubernetes 1.31+). */
export interface SuccessPolicy {
  readonly rules: readonly SuccessPolicyRule[];
}

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
  /** Indexed Jobs only: rules under which the Job succeeds before every index has. */
  readonly successPolicy?: SuccessPolicy;
  /** @default "Failed" with podFailurePolicy, otherwise "TerminatingOrFailed" */
  readonly podReplacementPolicy?: "TerminatingOrFailed" | "Failed";
  /** The controller that syncs this Job, e.g. `kueue.x-k8s.io/multikueue`. @default the built-in Job controller */
  readonly managedBy?: string;
}

/**
 * A podworks Job spec: the object's metadata, the pod template's fields and the Job's own fields, side by side in
 * one flat object. `validate` checks it; `toManifests` renders it as a `batch/v1` Job.
 */
export interface JobSpec extends Metadata, PodFields, JobFields {
  readonly kind: "Job";
}

const JOB = `${K8S_DOCS}/concepts/workloads/controllers/job`;
const MAX_INDEXED_PARALLELISM = 100000;
/** `maxFailedIndexesForIndexedJob` */
const MAX_FAILED_INDEXES = 100_000;
/** `completionsSoftLimit`: above it, an Indexed Job with backoffLimitPerIndex has tighter limits. */
const COMPLETIONS_SOFT_LIMIT = 100_000;
/** `parallelismLimitForHighCompletions` and `maxFailedIndexesLimitForHighCompletions` */
const HIGH_COMPLETIONS_LIMIT = 10_000;
/** `maxSuccessPolicyRule` */
const MAX_SUCCESS_RULES = 20;
/** `maxJobSuccessPolicySucceededIndexesLimit`: 64 KiB */
const MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;
/** `maxManagedByLength` */
const MAX_MANAGED_BY = 63;
const MAX_INT32 = 2147483647;

const successPolicyRuleSection = {
  name: "jobSuccessPolicyRule",
  title: { en: "Success policy rule", ko: "성공 정책 규칙" },
  description: {
    en: "One condition for early success: the listed indexes succeeded, a number of them did, or both (that many among the listed).",
    ko: "잡이 일찍 성공하는 조건 하나. 나열한 인덱스가 모두 성공했거나, 그중 지정한 수만큼 성공했거나, 둘 다(나열한 인덱스 중 그 수만큼)일 때다.",
  },
  fields: {
    succeededIndexes: {
      type: "string",
      maxLength: MAX_SUCCEEDED_INDEXES_LENGTH,
      description: {
        en: 'Indexes that must succeed, as increasing intervals: `"0,2-4,7"`. Each index is below completions.',
        ko: '성공해야 하는 인덱스를 증가하는 구간으로 적는다(예: `"0,2-4,7"`). 모든 인덱스는 completions보다 작다.',
      },
      link: `${JOB}/#success-policy`,
    },
    succeededCount: {
      type: "integer",
      minimum: 0,
      description: {
        en: "How many indexes (of succeededIndexes, when set) must succeed.",
        ko: "성공해야 하는 인덱스 수. succeededIndexes가 있으면 그 안에서 센다.",
      },
      rules: [
        {
          en: "At most completions, and at most the number of indexes in succeededIndexes.",
          ko: "completions 이하이고, succeededIndexes에 든 인덱스 수 이하다.",
        },
      ],
      link: `${JOB}/#success-policy`,
    },
  } as const satisfies FieldCatalogue<SuccessPolicyRule>,
} as const;

const successPolicySection = {
  name: "jobSuccessPolicy",
  title: { en: "Success policy", ko: "성공 정책" },
  description: {
    en: "When an Indexed Job is declared succeeded before all of its indexes have succeeded; the remaining pods are stopped.",
    ko: "Indexed 잡의 인덱스가 모두 성공하기 전에 잡을 성공으로 판정하는 조건. 남은 파드는 중지된다.",
  },
  fields: {
    rules: {
      type: "object[]",
      required: true,
      maxItems: MAX_SUCCESS_RULES,
      section: successPolicyRuleSection,
      description: {
        en: "The rules, checked in order; the first that holds makes the Job succeed.",
        ko: "순서대로 확인하는 규칙 목록. 처음으로 만족되는 규칙이 잡을 성공시킨다.",
      },
      rules: [
        {
          en: "1 to 20 rules; each sets succeededIndexes, succeededCount or both.",
          ko: "규칙은 1-20개이고, 각 규칙에는 succeededIndexes나 succeededCount(또는 둘 다)가 있어야 한다.",
        },
      ],
      link: `${JOB}/#success-policy`,
    },
  } as const satisfies FieldCatalogue<SuccessPolicy>,
} as const;

/** The field catalogue of the Job's own fields (`JobFields`). */
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
    rules: [
      {
        en: "At most 100000 in Indexed Jobs; at most 10000 when completions is above 100000 with backoffLimitPerIndex.",
        ko: "Indexed 잡에서는 100000 이하다. backoffLimitPerIndex를 쓰면서 completions가 100000을 넘으면 10000 이하다.",
      },
    ],
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
    maximum: MAX_FAILED_INDEXES,
    since: "1.29",
    ga: "1.33",
    description: {
      en: "How many indexes may fail before the whole Job fails.",
      ko: "잡 전체가 실패하기 전까지 실패해도 되는 인덱스 수.",
    },
    rules: [
      {
        en: "Needs backoffLimitPerIndex; at most completions. Required, and at most 10000, when completions is above 100000.",
        ko: "backoffLimitPerIndex가 있어야 하고 completions 이하여야 한다. completions가 100000을 넘으면 반드시 지정해야 하며 10000 이하여야 한다.",
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
        en: "Needs restartPolicy Never; at most 20 rules; each rule has exactly one of onExitCodes and onPodConditions; onExitCodes has operator In or NotIn and 1-255 distinct values in increasing order (In may not contain 0), and its containerName names a container; at most 20 onPodConditions, each type a qualified name; FailIndex needs backoffLimitPerIndex.",
        ko: "restartPolicy가 Never여야 한다. 규칙은 최대 20개이고, 각 규칙에는 onExitCodes와 onPodConditions 중 정확히 하나가 있어야 한다. onExitCodes의 operator는 In이나 NotIn이며 값은 서로 다른 1-255개를 오름차순으로 적는다(In에는 0을 쓸 수 없다). containerName은 파드의 컨테이너 이름이어야 한다. onPodConditions는 최대 20개이고 type은 한정된 이름(qualified name)이어야 한다. FailIndex는 backoffLimitPerIndex가 있어야 한다.",
      },
    ],
    link: `${JOB}/#pod-failure-policy`,
  },
  successPolicy: {
    type: "object",
    since: "1.31",
    ga: "1.33",
    immutable: true,
    section: successPolicySection,
    description: {
      en: "Indexed Jobs only: rules that declare the Job succeeded once certain indexes (or a number of them) have succeeded, e.g. when only a leader index matters.",
      ko: "Indexed 잡에서만 쓴다. 특정 인덱스(또는 그 수)가 성공하면 잡 전체를 성공으로 판정하는 규칙(예: 리더 인덱스만 중요할 때).",
    },
    rules: [{ en: "Needs completionMode: Indexed.", ko: "completionMode가 Indexed여야 한다." }],
    link: `${JOB}/#success-policy`,
  },
  podReplacementPolicy: {
    type: "string",
    enum: ["TerminatingOrFailed", "Failed"],
    since: "1.29",
    ga: "1.34",
    default: {
      derived: {
        en: "`Failed` when podFailurePolicy is set, otherwise `TerminatingOrFailed` (set by the API server).",
        ko: "podFailurePolicy가 있으면 `Failed`, 없으면 `TerminatingOrFailed`다(API 서버가 채운다).",
      },
    },
    description: {
      en: "When a replacement pod is created: as soon as a pod is terminating (`TerminatingOrFailed`), or only once it has fully failed (`Failed`), so that two pods never run at once.",
      ko: "대체 파드를 만드는 시점. 파드가 종료되기 시작하면 바로(`TerminatingOrFailed`) 만들거나, 완전히 실패한 뒤에만(`Failed`) 만들어 두 파드가 동시에 돌지 않게 한다.",
    },
    rules: [
      {
        en: "Only `Failed` is allowed with podFailurePolicy.",
        ko: "podFailurePolicy가 있으면 `Failed`만 쓸 수 있다.",
      },
    ],
    link: `${JOB}/#pod-replacement-policy`,
  },
  managedBy: {
    type: "string",
    maxLength: MAX_MANAGED_BY,
    since: "1.32",
    ga: "1.35",
    immutable: true,
    default: {
      derived: {
        en: "Unset: the built-in Job controller (`kubernetes.io/job-controller`) syncs the Job.",
        ko: "지정하지 않으면 내장 잡 컨트롤러(`kubernetes.io/job-controller`)가 잡을 처리한다.",
      },
    },
    description: {
      en: "The controller that syncs this Job instead of the built-in one, as a domain-prefixed path such as `kueue.x-k8s.io/multikueue`.",
      ko: "내장 컨트롤러 대신 이 잡을 처리할 컨트롤러. `kueue.x-k8s.io/multikueue`처럼 도메인으로 시작하는 경로로 적는다.",
    },
    rules: [
      {
        en: "A domain-prefixed path (`<DNS subdomain>/<path>`), at most 63 characters.",
        ko: "도메인으로 시작하는 경로(`<DNS 서브도메인>/<경로>`)이며 최대 63자다.",
      },
    ],
    link: `${JOB}/#delegation-of-managing-a-job-object-to-external-controller`,
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
  if (!indexed && job.maxFailedIndexes !== undefined) {
    checker.report(
      path("maxFailedIndexes"),
      job.maxFailedIndexes,
      "job.indexed-only",
      {
        en: "maxFailedIndexes only works with completionMode Indexed",
        ko: "maxFailedIndexes는 completionMode가 Indexed일 때만 쓸 수 있다",
      },
      {
        en: "set completionMode: Indexed with completions and backoffLimitPerIndex, or remove maxFailedIndexes",
        ko: "completionMode: Indexed와 completions, backoffLimitPerIndex를 함께 지정하거나 maxFailedIndexes를 지운다",
      },
    );
  }
  if (indexed && completions !== undefined) checkHighCompletions(checker, path, job, completions);
  checkPodFailurePolicy(checker, path("podFailurePolicy"), job, pod);
  checkSuccessPolicy(checker, path("successPolicy"), job, indexed, completions);
  checkPodReplacementPolicy(checker, path("podReplacementPolicy"), job);
  if (typeof job.managedBy === "string") checkManagedBy(checker, path("managedBy"), job.managedBy);
}

/** An Indexed Job with more than 100000 completions and backoffLimitPerIndex: the status must stay small. */
function checkHighCompletions(
  checker: Checker,
  path: (key: string) => string,
  job: Raw,
  completions: number,
) {
  if (completions <= COMPLETIONS_SOFT_LIMIT || job.backoffLimitPerIndex === undefined) return;
  const why = {
    en: `completions is above ${COMPLETIONS_SOFT_LIMIT} and backoffLimitPerIndex is set`,
    ko: `completions가 ${COMPLETIONS_SOFT_LIMIT}을 넘고 backoffLimitPerIndex가 있다`,
  };
  if (job.maxFailedIndexes === undefined) {
    checker.report(
      path("maxFailedIndexes"),
      undefined,
      "job.high-completions",
      {
        en: `maxFailedIndexes is required when ${why.en}`,
        ko: `${why.ko}. 이때는 maxFailedIndexes를 반드시 지정해야 한다`,
      },
      {
        en: `set maxFailedIndexes to at most ${HIGH_COMPLETIONS_LIMIT}`,
        ko: `maxFailedIndexes를 ${HIGH_COMPLETIONS_LIMIT} 이하로 지정한다`,
      },
    );
  } else if (typeof job.maxFailedIndexes === "number" && job.maxFailedIndexes > HIGH_COMPLETIONS_LIMIT) {
    checker.report(
      path("maxFailedIndexes"),
      job.maxFailedIndexes,
      "job.high-completions",
      {
        en: `maxFailedIndexes may be at most ${HIGH_COMPLETIONS_LIMIT} when ${why.en}`,
        ko: `${why.ko}. 이때 maxFailedIndexes는 최대 ${HIGH_COMPLETIONS_LIMIT}이다`,
      },
      { en: `use ${HIGH_COMPLETIONS_LIMIT} or less`, ko: `${HIGH_COMPLETIONS_LIMIT} 이하로 줄인다` },
    );
  }
  if (typeof job.parallelism === "number" && job.parallelism > HIGH_COMPLETIONS_LIMIT) {
    checker.report(
      path("parallelism"),
      job.parallelism,
      "job.high-completions",
      {
        en: `parallelism may be at most ${HIGH_COMPLETIONS_LIMIT} when ${why.en}`,
        ko: `${why.ko}. 이때 병렬 처리(parallelism)는 최대 ${HIGH_COMPLETIONS_LIMIT}이다`,
      },
      { en: `use ${HIGH_COMPLETIONS_LIMIT} or less`, ko: `${HIGH_COMPLETIONS_LIMIT} 이하로 줄인다` },
    );
  }
}

/** One parsed `succeededIndexes`: the number of indexes, or what is wrong with it. */
type IndexesResult = { readonly total: number } | { readonly problem: Text };

const DIGITS = /^\+?\d+$/;

/**
 * The server's `validateIndexesFormat`: comma-separated intervals `x` or `x-y` (x < y), each below completions,
 * in strictly increasing order. Numbers are read like Go's strconv.Atoi (an optional `+`, decimal digits).
 */
export function parseIndexes(value: string, completions: number): IndexesResult {
  if (value === "") return { total: 0 };
  let last = -1;
  let total = 0;
  for (const interval of value.split(",")) {
    const limits = interval.split("-");
    if (limits.length > 2) {
      return {
        problem: {
          en: `"${interval}" has more than two parts separated by '-'`,
          ko: `"${interval}"에 '-'로 나뉜 부분이 두 개보다 많다`,
        },
      };
    }
    const bounds: number[] = [];
    for (const limit of limits) {
      if (!DIGITS.test(limit)) {
        return {
          problem: { en: `"${limit}" is not an index number`, ko: `"${limit}"는 인덱스 번호가 아니다` },
        };
      }
      const n = Number(limit);
      if (n >= completions) {
        return {
          problem: {
            en: `index ${n} is too large: indexes go from 0 to ${completions - 1}`,
            ko: `인덱스 ${n}이 너무 크다. 인덱스는 0부터 ${completions - 1}까지다`,
          },
        };
      }
      bounds.push(n);
    }
    const x = bounds[0]!;
    const y = bounds[1] ?? x;
    if (bounds.length === 2 && x >= y) {
      return {
        problem: {
          en: `the interval "${interval}" does not increase`,
          ko: `"${interval}" 구간이 증가하지 않는다`,
        },
      };
    }
    if (last >= x) {
      return {
        problem: {
          en: `the intervals are not in increasing order (${last} is followed by ${x})`,
          ko: `구간이 증가하는 순서가 아니다(${last} 다음에 ${x}가 온다)`,
        },
      };
    }
    total += y - x + 1;
    last = y;
  }
  return { total };
}

function checkSuccessPolicy(
  checker: Checker,
  path: string,
  job: Raw,
  indexed: boolean,
  completions: number | undefined,
): void {
  const policy = job.successPolicy;
  if (!isRecord(policy)) return;
  if (!indexed) {
    checker.report(
      path,
      policy,
      "job.indexed-only",
      {
        en: "successPolicy only works with completionMode Indexed",
        ko: "successPolicy는 completionMode가 Indexed일 때만 쓸 수 있다",
      },
      {
        en: "set completionMode: Indexed and completions, or remove successPolicy",
        ko: "completionMode: Indexed와 completions를 지정하거나 successPolicy를 지운다",
      },
    );
    return;
  }
  const rules = policy.rules;
  if (!Array.isArray(rules)) return;
  if (rules.length === 0) {
    checker.report(
      at(path, "rules"),
      rules,
      "job.success-policy-rules",
      { en: "successPolicy needs at least one rule", ko: "successPolicy에는 규칙이 하나 이상 있어야 한다" },
      {
        en: 'add a rule, e.g. { succeededIndexes: "0" }, or remove successPolicy',
        ko: '규칙을 추가하거나(예: { succeededIndexes: "0" }) successPolicy를 지운다',
      },
    );
  }
  rules.forEach((rule, index) => {
    if (!isRecord(rule)) return;
    const rulePath = at(at(path, "rules"), index);
    if (rule.succeededIndexes === undefined && rule.succeededCount === undefined) {
      checker.report(
        rulePath,
        rule,
        "job.success-policy-rule",
        {
          en: "a success policy rule needs succeededIndexes, succeededCount or both",
          ko: "성공 정책 규칙에는 succeededIndexes나 succeededCount(또는 둘 다)가 있어야 한다",
        },
        {
          en: 'set succeededIndexes (e.g. "0") or succeededCount (e.g. 1)',
          ko: 'succeededIndexes(예: "0")나 succeededCount(예: 1)를 지정한다',
        },
      );
    }
    if (completions === undefined) return;
    let total: number | undefined;
    if (typeof rule.succeededIndexes === "string") {
      const parsed = parseIndexes(rule.succeededIndexes, completions);
      if ("problem" in parsed) {
        total = 0;
        checker.report(
          at(rulePath, "succeededIndexes"),
          rule.succeededIndexes,
          "job.succeeded-indexes",
          {
            en: `is not a valid list of index intervals: ${parsed.problem.en}`,
            ko: `올바른 인덱스 구간 목록이 아니다. ${parsed.problem.ko}`,
          },
          {
            en: `write increasing indexes and intervals below ${completions}, e.g. "0,2-4"`,
            ko: `${completions}보다 작은 인덱스와 구간을 증가하는 순서로 적는다(예: "0,2-4")`,
          },
        );
      } else {
        total = parsed.total;
      }
    }
    if (typeof rule.succeededCount !== "number") return;
    const countPath = at(rulePath, "succeededCount");
    if (rule.succeededCount > completions) {
      checker.report(
        countPath,
        rule.succeededCount,
        "job.succeeded-count",
        {
          en: `may not exceed completions (${completions})`,
          ko: `completions(${completions})보다 클 수 없다`,
        },
        { en: `use ${completions} or less`, ko: `${completions} 이하로 줄인다` },
      );
    }
    if (total !== undefined && rule.succeededCount > total) {
      checker.report(
        countPath,
        rule.succeededCount,
        "job.succeeded-count",
        {
          en: `may not exceed the ${total} indexes listed in succeededIndexes`,
          ko: `succeededIndexes에 든 인덱스 수(${total})보다 클 수 없다`,
        },
        {
          en: `use ${total} or less, or list more indexes`,
          ko: `${total} 이하로 줄이거나 인덱스를 더 나열한다`,
        },
      );
    }
  });
}

function checkPodReplacementPolicy(checker: Checker, path: string, job: Raw): void {
  if (job.podReplacementPolicy === undefined || job.podFailurePolicy === undefined) return;
  if (job.podReplacementPolicy === "Failed") return;
  checker.report(
    path,
    job.podReplacementPolicy,
    "job.pod-replacement-policy",
    {
      en: "with podFailurePolicy, podReplacementPolicy must be Failed",
      ko: "podFailurePolicy가 있으면 podReplacementPolicy는 Failed여야 한다",
    },
    {
      en: "set podReplacementPolicy: Failed, or leave it unset (it then defaults to Failed)",
      ko: "podReplacementPolicy를 Failed로 바꾸거나 지운다(지우면 Failed가 기본값이다)",
    },
  );
}

/** `http path` characters the server's `IsDomainPrefixedPath` accepts after the domain. */
const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/** The server's `IsDomainPrefixedPath`: `<DNS-1123 subdomain>/<HTTP path>`. */
function checkManagedBy(checker: Checker, path: string, value: string): void {
  const slash = value.indexOf("/");
  const fix = {
    en: 'write the controller as <domain>/<name>, e.g. "kueue.x-k8s.io/multikueue"',
    ko: '컨트롤러를 <도메인>/<이름> 형식으로 적는다(예: "kueue.x-k8s.io/multikueue")',
  };
  if (slash <= 0 || slash === value.length - 1) {
    checker.report(
      path,
      value,
      "job.managed-by",
      {
        en: 'must be a domain-prefixed path such as "acme.io/foo"',
        ko: '"acme.io/foo" 같은 도메인으로 시작하는 경로여야 한다',
      },
      fix,
    );
    return;
  }
  const domain = checkDns1123Subdomain(value.slice(0, slash));
  if (domain) {
    checker.report(
      path,
      value,
      "job.managed-by",
      {
        en: `the domain before '/' is not a DNS subdomain: ${domain.message.en}`,
        ko: `'/' 앞의 도메인이 DNS 서브도메인이 아니다. ${domain.message.ko}`,
      },
      fix,
    );
  }
  if (!HTTP_PATH.test(value.slice(slash + 1))) {
    checker.report(
      path,
      value,
      "job.managed-by",
      {
        en: "the part after the domain is not a valid HTTP path",
        ko: "도메인 뒤의 부분이 올바른 HTTP 경로가 아니다",
      },
      fix,
    );
  }
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
      if (rule.onPodConditions.length > MAX_RULES) {
        checker.report(
          at(rulePath, "onPodConditions"),
          rule.onPodConditions.length,
          "max-items",
          {
            en: `has ${rule.onPodConditions.length} pod condition patterns; at most ${MAX_RULES} are allowed`,
            ko: `파드 컨디션 패턴이 ${rule.onPodConditions.length}개인데 최대 ${MAX_RULES}개까지 쓸 수 있다`,
          },
          {
            en: "split the patterns over several rules with the same action",
            ko: "같은 action을 가진 규칙 여러 개로 패턴을 나눈다",
          },
        );
      }
      rule.onPodConditions.forEach((condition, i) => {
        const conditionPath = at(at(rulePath, "onPodConditions"), i);
        const typeProblem =
          isRecord(condition) && typeof condition.type === "string" && condition.type !== ""
            ? checkLabelKey(condition.type)
            : undefined;
        if (!isRecord(condition) || typeof condition.type !== "string" || condition.type === "") {
          checker.report(
            at(conditionPath, "type"),
            isRecord(condition) ? condition.type : condition,
            "required",
            { en: "a pod condition needs a type", ko: "파드 컨디션에는 type이 있어야 한다" },
            { en: "set type, e.g. DisruptionTarget", ko: "type을 지정한다(예: DisruptionTarget)" },
          );
        } else if (typeProblem) {
          checker.report(
            at(conditionPath, "type"),
            condition.type,
            "job.condition-type",
            {
              en: `a condition type is a qualified name, shaped like a label key: ${typeProblem.message.en}`,
              ko: `컨디션 type은 레이블 키와 같은 형식의 한정된 이름(qualified name)이어야 한다. ${typeProblem.message.ko}`,
            },
            typeProblem.fix,
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
  if (!Array.isArray(values) || values.length === 0) {
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
  if (values.length > MAX_EXIT_CODES) {
    checker.report(
      at(path, "values"),
      values.length,
      "max-items",
      {
        en: `has ${values.length} exit codes; at most ${MAX_EXIT_CODES} are allowed`,
        ko: `종료 코드가 ${values.length}개인데 최대 ${MAX_EXIT_CODES}개까지 쓸 수 있다`,
      },
      {
        en: "split the codes over several rules with the same action",
        ko: "같은 action을 가진 규칙 여러 개로 코드를 나눈다",
      },
    );
  }
  if (values.some((value, index) => index > 0 && (values[index - 1] as number) > (value as number))) {
    checker.report(
      at(path, "values"),
      values,
      "job.exit-code-order",
      { en: "exit codes must be listed in increasing order", ko: "종료 코드는 오름차순으로 적어야 한다" },
      {
        en: `sort them: [${[...values].sort((a, b) => (a as number) - (b as number)).join(", ")}]`,
        ko: `[${[...values].sort((a, b) => (a as number) - (b as number)).join(", ")}]처럼 정렬해서 적는다`,
      },
    );
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
  if (job.successPolicy !== undefined) {
    out.successPolicy = { rules: job.successPolicy.rules.map((rule) => ({ ...rule })) };
  }
  // Left to the server when unset: it picks Failed or TerminatingOrFailed, and clusters before 1.29 lack the field.
  if (job.podReplacementPolicy !== undefined) out.podReplacementPolicy = job.podReplacementPolicy;
  if (job.managedBy !== undefined) out.managedBy = job.managedBy;
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
  checkIndexedHostname(checker, spec);
}

/**
 * An Indexed Job's pods get the hostname `<name>-<index>`, a DNS label: the name plus the highest index must fit
 * in 63 characters, or the controller cannot create the last pods (the API server checks this on create).
 */
function checkIndexedHostname(checker: Checker, spec: Raw): void {
  if (spec.completionMode !== "Indexed" || typeof spec.name !== "string") return;
  if (typeof spec.completions !== "number" || spec.completions <= 0) return;
  const hostname = `${spec.name}-${spec.completions - 1}`;
  if (hostname.length <= 63) return;
  const room = 63 - 1 - String(spec.completions - 1).length;
  checker.report(
    "name",
    spec.name,
    "job.indexed-hostname",
    {
      en: `the last pod's hostname "${hostname}" would be ${hostname.length} characters; an Indexed Job's pod hostnames are DNS labels of at most 63`,
      ko: `마지막 파드의 호스트 이름 "${hostname}"은 ${hostname.length}자가 된다. Indexed 잡의 파드 호스트 이름은 최대 63자인 DNS 레이블이다`,
    },
    { en: `shorten the name to ${room} characters or fewer`, ko: `이름을 ${room}자 이하로 줄인다` },
  );
}

export function renderJob(spec: JobSpec): K8sJob {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: renderMetadata(spec),
    spec: renderJobFields(spec, renderPodTemplate(spec, "Never")),
  };
}
