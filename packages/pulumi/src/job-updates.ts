/**
 * What a change to each field of a Job does, declared once: read by the Job component (which fields it hands
 * to a Server-Side Apply patch, which it ignores on the Job resource, which force a replacement) and by the
 * README's table (job-updates.test.ts checks the two agree).
 *
 * Sources: Kubernetes' ValidateJobSpecUpdate and validatePodTemplateUpdate (pkg/apis/batch/validation) and the
 * Job strategy's validationOptionsForJob (pkg/registry/batch/job/strategy.go): `selector`, `template`,
 * `completionMode`, `podFailurePolicy`, `backoffLimitPerIndex`, `managedBy` and `successPolicy` are immutable;
 * `completions` is immutable except on Indexed Jobs, where it may change only in tandem with `parallelism`
 * (equal to it); the template's node selector, tolerations, node affinity, scheduling gates, labels and
 * annotations may change while the Job is suspended and has never started. Every other field is mutable.
 *
 * The Kubernetes provider (pulumi-kubernetes v4.32.0, provider/pkg/provider/diff.go, the `job` forceNew list)
 * replaces a Job on any change under `.spec.completions`, `.spec.parallelism`, `.spec.selector` or
 * `.spec.template`, stricter than Kubernetes. The fields it would replace on but Kubernetes can change in place
 * (`via: "patch"`) are therefore ignored on the Job resource and applied by a `JobPatch` (Server-Side Apply,
 * its own field manager); the others (`via: "job"`) are ordinary in-place updates of the Job resource.
 */
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion, supports } from "@podworks/core";

/** When an in-place change is possible. */
export type JobUpdateCondition =
  /** Always. */
  | "always"
  /** Only on an Indexed Job whose new `completions` equals its new `parallelism`. */
  | "indexed-in-tandem"
  /** Only while the Job is suspended (`suspend: true` before and after) and has not started. */
  | "suspended";

/** How a change of one Job field is applied: in place on the live Job, or by replacing the Job. */
export interface JobFieldUpdate {
  /** The field, as a Pulumi property path into the Job object. */
  readonly path: string;
  /** `in-place`: the live Job is updated (same UID); `replace`: the Job is deleted and created again (a new run). */
  readonly update: "in-place" | "replace";
  /** For in-place updates: when Kubernetes allows it. Outside that condition the change replaces. */
  readonly when?: JobUpdateCondition;
  /** For in-place updates: by the Job resource itself, or by the component's JobPatch (see the module comment). */
  readonly via?: "job" | "patch";
  /** First Kubernetes release where the in-place change is on by default. */
  readonly since?: KubernetesVersion;
  /** What the change does, in English and Korean, for the README's table and the docs. */
  readonly note: { readonly en: string; readonly ko: string };
}

/**
 * Every Job field podworks knows how to update, in place or by replacement, read from Kubernetes'
 * `ValidateJobSpecUpdate`; the component's resource options and the README's table come from this one list.
 */
export const JOB_FIELD_UPDATES: readonly JobFieldUpdate[] = [
  {
    path: "spec.parallelism",
    update: "in-place",
    when: "always",
    via: "patch",
    note: { en: "scales the running Job", ko: "실행 중인 잡의 동시 실행 수를 바꾼다" },
  },
  {
    path: "spec.completions",
    update: "in-place",
    when: "indexed-in-tandem",
    via: "patch",
    note: {
      en: "Indexed Jobs only, set equal to parallelism (elastic Indexed Job); otherwise replaces",
      ko: "인덱스 잡에서 parallelism과 같은 값으로 바꿀 때만(탄력적 인덱스 잡), 그 밖에는 교체한다",
    },
  },
  {
    path: "spec.suspend",
    update: "in-place",
    when: "always",
    via: "job",
    note: { en: "suspends or resumes the Job", ko: "잡을 일시 중지하거나 재개한다" },
  },
  {
    path: "spec.activeDeadlineSeconds",
    update: "in-place",
    when: "always",
    via: "job",
    note: { en: "the deadline counts from the Job's start", ko: "기한은 잡이 시작한 때부터 센다" },
  },
  {
    path: "spec.backoffLimit",
    update: "in-place",
    when: "always",
    via: "job",
    note: { en: "retries allowed from now on", ko: "이후 허용할 재시도 횟수" },
  },
  {
    path: "spec.ttlSecondsAfterFinished",
    update: "in-place",
    when: "always",
    via: "patch",
    note: {
      en: "when Kubernetes deletes the finished Job; applied after the record finalizer",
      ko: "끝난 잡을 쿠버네티스가 지우는 시점. 기록 파이널라이저를 붙인 뒤에 적용한다",
    },
  },
  {
    path: "spec.maxFailedIndexes",
    update: "in-place",
    when: "always",
    via: "job",
    note: { en: "Indexed Jobs with backoffLimitPerIndex", ko: "backoffLimitPerIndex를 쓰는 인덱스 잡" },
  },
  {
    path: "spec.podReplacementPolicy",
    update: "in-place",
    when: "always",
    via: "job",
    note: { en: "applies to pods replaced from now on", ko: "이후 교체되는 파드에 적용된다" },
  },
  ...(
    [
      ["spec.template.spec.nodeSelector", "node selector", "노드 셀렉터"],
      ["spec.template.spec.tolerations", "tolerations", "톨러레이션"],
      [
        "spec.template.spec.affinity",
        "node affinity (other affinity stays immutable)",
        "노드 어피니티(다른 어피니티는 바꿀 수 없다)",
      ],
      ["spec.template.metadata.labels", "pod labels", "파드 레이블"],
      ["spec.template.metadata.annotations", "pod annotations", "파드 애너테이션"],
    ] as const
  ).map(
    ([path, en, ko]): JobFieldUpdate => ({
      path,
      update: "in-place",
      when: "suspended",
      via: "patch",
      note: { en: `${en}, while suspended`, ko: `${ko}, 일시 중지된 동안` },
    }),
  ),
  {
    path: "spec.template.spec.schedulingGates",
    update: "in-place",
    when: "suspended",
    via: "patch",
    since: "1.27",
    note: { en: "scheduling gates, while suspended", ko: "스케줄링 게이트, 일시 중지된 동안" },
  },
  ...(
    [
      ["spec.template", "every other change to the pod template", "파드 템플릿의 그 밖의 모든 변경"],
      ["spec.selector", "the pod selector", "파드 셀렉터"],
      ["spec.completionMode", "NonIndexed or Indexed", "NonIndexed 또는 Indexed"],
      ["spec.podFailurePolicy", "the pod failure policy", "파드 실패 정책"],
      ["spec.backoffLimitPerIndex", "the per-index retry limit", "인덱스별 재시도 한도"],
      ["spec.successPolicy", "the success policy", "성공 정책"],
      ["spec.managedBy", "the controller that manages the Job", "잡을 관리하는 컨트롤러"],
    ] as const
  ).map(([path, en, ko]): JobFieldUpdate => ({ path, update: "replace", note: { en, ko } })),
];

/** The facts about one rendered Job that decide which in-place updates apply. */
export interface JobShape {
  /** `Indexed` or `NonIndexed` (the default). */
  readonly completionMode?: string | undefined;
  /** The Job's `completions`. */
  readonly completions?: number | undefined;
  /** The Job's `parallelism`. */
  readonly parallelism?: number | undefined;
  /** Whether the Job is suspended. */
  readonly suspend?: boolean | undefined;
  /** The target Kubernetes version. @default core's DEFAULT_KUBERNETES_VERSION */
  readonly kubernetesVersion?: KubernetesVersion | undefined;
}

/** Whether an in-place row applies to a Job of this shape. */
export function appliesInPlace(row: JobFieldUpdate, job: JobShape): boolean {
  if (row.update !== "in-place") return false;
  if (row.since && !supports(job.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION, row.since)) return false;
  switch (row.when) {
    case "indexed-in-tandem":
      return (
        job.completionMode === "Indexed" &&
        job.completions !== undefined &&
        job.completions === job.parallelism
      );
    case "suspended":
      return job.suspend === true;
    default:
      return true;
  }
}

/** The paths the JobPatch carries for a Job of this shape (ignored on the Job resource). */
export function patchedPaths(job: JobShape): string[] {
  return JOB_FIELD_UPDATES.filter((row) => row.via === "patch" && appliesInPlace(row, job)).map(
    (row) => row.path,
  );
}

/**
 * The paths whose change replaces the Job: the `replace` rows, and the in-place rows whose condition does not
 * hold for this shape (their change cannot be made in place, so it is planned as a replacement).
 */
export function replacePaths(job: JobShape): string[] {
  const paths = JOB_FIELD_UPDATES.filter(
    // Template rows outside their condition are covered by `spec.template` itself.
    (row) =>
      row.update === "replace" ||
      (row.via === "patch" && !appliesInPlace(row, job) && row.when !== "suspended"),
  ).map((row) => row.path);
  return paths;
}
