/**
 * Lint: settings the API server accepts but an operator is likely to regret (a schedule that never fires, a Job
 * that is never cleaned up, an image that changes under you). Every finding is a warning, never an error, so a
 * spec stays valid; `validate` runs these rules after the spec passed its checks, so the CLI, the Pulumi
 * components and the playground all show them. A spec silences a rule with the annotation
 * `podworks.dev/lint-ignore: "<rule>, <rule>"`; `validate(spec, { lint: false })` turns them all off.
 */
import type { Checker } from "../context.js";
import { at, hasKeys, isRecord } from "../context.js";
import { nextRuns } from "../cron.js";
import type { Text } from "../i18n.js";
import { josa } from "../i18n.js";
import { closest } from "../schema.js";

type Raw = Record<string, unknown>;

/** The annotation that silences lint rules for one spec: a comma-separated list of rule ids. */
export const LINT_IGNORE_ANNOTATION = "podworks.dev/lint-ignore";

/** The id of a lint rule, as warnings report it and as `podworks.dev/lint-ignore` names it. */
export type LintRuleId =
  | "lint.schedule-never-runs"
  | "lint.starting-deadline-too-short"
  | "lint.job-without-ttl"
  | "lint.image-not-pinned"
  | "lint.no-resource-requests"
  | "lint.no-readiness-probe"
  | "lint.daemonset-skips-tainted-nodes";

/** A lint rule: a check for something Kubernetes accepts but that usually goes wrong, reported as a warning. */
export interface LintRule {
  /** The rule's id, which its warnings carry as their rule. */
  readonly id: LintRuleId;
  /** The kinds the rule looks at. */
  readonly kinds: readonly string[];
  /** What the rule warns about and why, for the docs. */
  readonly description: Text;
  /** Looks at a valid spec and calls `report` once per finding, with the path, the value, the message and the fix. */
  readonly check: (report: LintReport, spec: Raw) => void;
}

type LintReport = (path: string, value: unknown, message: Text, fix: Text) => void;

const ALL_KINDS = ["Job", "CronJob", "DaemonSet", "StatefulSet"];

/**
 * The CronJob controller looks at its CronJobs about every 10 seconds; a starting deadline shorter than that can
 * pass before the controller notices the scheduled time, and the run is then skipped
 * (kubernetes.io, "CronJob limitations").
 */
export const MIN_STARTING_DEADLINE_SECONDS = 10;

/** A fixed start for the "does it ever run" search, so the result does not depend on today's date. */
const SEARCH_FROM = new Date(Date.UTC(2000, 0, 1));

/** The items of `spec[group]`; the rules skip those that are not objects and join a path only to report. */
function containersOf(spec: Raw, group: "containers" | "initContainers"): readonly Raw[] {
  const list = spec[group];
  return Array.isArray(list) ? list : NO_CONTAINERS;
}

const NO_CONTAINERS: readonly Raw[] = [];

/** The tag of an image reference without a digest, or undefined when it has none (`busybox`, `host:5000/app`). */
export function imageTag(image: string): string | undefined {
  if (image.includes("@")) return undefined;
  const last = image.slice(image.lastIndexOf("/") + 1);
  const colon = last.lastIndexOf(":");
  return colon === -1 ? undefined : last.slice(colon + 1);
}

/** True when the image names a fixed build: a digest, or a tag other than `latest`. */
export function isPinnedImage(image: string): boolean {
  if (image.includes("@")) return true;
  // imageTag without the slices: a tag is what follows a colon after the last slash.
  return image.lastIndexOf(":") > image.lastIndexOf("/") && !image.endsWith(":latest");
}

function hasQuantities(value: unknown): boolean {
  return isRecord(value) && hasKeys(value);
}

const CONTROL_PLANE_TAINTS = ["node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master"];

/** Whether a toleration tolerates the taint `key:NoSchedule` (an empty key with Exists tolerates every taint). */
function tolerates(toleration: Raw, key: string): boolean {
  const effectOk =
    toleration.effect === undefined || toleration.effect === "" || toleration.effect === "NoSchedule";
  if (!effectOk) return false;
  if (toleration.operator === "Exists")
    return toleration.key === undefined || toleration.key === "" || toleration.key === key;
  // operator Equal (the default) needs the key and the taint's value; these taints have an empty value.
  return toleration.key === key && (toleration.value === undefined || toleration.value === "");
}

/**
 * Whether a schedule ever fires, remembered per schedule and zone: finding the next run walks the calendar, and
 * a set of specs usually repeats a few schedules. The answer depends on nothing else (SEARCH_FROM is fixed).
 */
const EVER_RUNS = new Map<string, Map<string, boolean>>();

function scheduleEverRuns(schedule: string, timeZone: string | undefined): boolean {
  // Keyed by zone, then by schedule: the spec's own strings, so no key is built per spec. Bounded, so that a
  // long-lived process (a language server, the playground) does not grow without end.
  const zone = timeZone ?? "";
  let byZone = EVER_RUNS.get(zone);
  if (byZone === undefined) {
    if (EVER_RUNS.size >= 64) EVER_RUNS.clear();
    byZone = new Map();
    EVER_RUNS.set(zone, byZone);
  }
  let runs = byZone.get(schedule);
  if (runs === undefined) {
    runs = nextRuns(schedule, { timeZone, count: 1, from: SEARCH_FROM }).length > 0;
    if (byZone.size >= 512) byZone.clear();
    byZone.set(schedule, runs);
  }
  return runs;
}

/**
 * Every lint rule, in the order its warnings are reported. `validate` runs the rules of the spec's kind on a spec
 * without errors, unless `lint: false` is given or the spec's `podworks.dev/lint-ignore` annotation names them.
 */
export const LINT_RULES: readonly LintRule[] = [
  {
    id: "lint.schedule-never-runs",
    kinds: ["CronJob"],
    description: {
      en: "A schedule naming a date that never comes (`0 0 30 2 *`, 30 February) is valid but never creates a Job.",
      ko: "오지 않는 날짜를 가리키는 스케줄(`0 0 30 2 *`, 2월 30일)은 올바르지만 잡을 한 번도 만들지 않는다.",
    },
    check(report, spec) {
      if (typeof spec.schedule !== "string") return;
      const timeZone = typeof spec.timeZone === "string" ? spec.timeZone : undefined;
      if (scheduleEverRuns(spec.schedule, timeZone)) return;
      report(
        "schedule",
        spec.schedule,
        {
          en: "this schedule never runs: no date matches it, so the CronJob never creates a Job",
          ko: "이 스케줄에 맞는 날짜가 없어 크론잡이 잡을 한 번도 만들지 않는다",
        },
        {
          en: "pick a day that exists in the chosen months (30 February does not), e.g. `0 0 28 2 *`",
          ko: "고른 달에 실제로 있는 날을 지정한다(2월 30일은 없다). 예: `0 0 28 2 *`",
        },
      );
    },
  },
  {
    id: "lint.starting-deadline-too-short",
    kinds: ["CronJob"],
    description: {
      en: `A startingDeadlineSeconds under ${MIN_STARTING_DEADLINE_SECONDS}: the controller checks CronJobs about every 10 seconds and may let the deadline pass before it starts the Job.`,
      ko: `startingDeadlineSeconds가 ${MIN_STARTING_DEADLINE_SECONDS}보다 작으면 컨트롤러가 약 10초마다 크론잡을 확인하므로 잡을 시작하기 전에 기한이 지나 버릴 수 있다.`,
    },
    check(report, spec) {
      const deadline = spec.startingDeadlineSeconds;
      if (typeof deadline !== "number" || deadline >= MIN_STARTING_DEADLINE_SECONDS) return;
      report(
        "startingDeadlineSeconds",
        deadline,
        {
          en: `a starting deadline of ${deadline}s is shorter than the controller's ~10s check interval: runs may be skipped, some or all of them`,
          ko: `시작 기한 ${deadline}초는 컨트롤러의 확인 주기(약 10초)보다 짧아 실행이 일부 또는 모두 건너뛰어질 수 있다`,
        },
        {
          en: `set startingDeadlineSeconds to ${MIN_STARTING_DEADLINE_SECONDS} or more (e.g. 60), or remove it`,
          ko: `startingDeadlineSeconds를 ${MIN_STARTING_DEADLINE_SECONDS} 이상(예: 60)으로 하거나 지운다`,
        },
      );
    },
  },
  {
    id: "lint.job-without-ttl",
    kinds: ["Job"],
    description: {
      en: "A standalone Job without ttlSecondsAfterFinished stays, with its pods, after it finished until someone deletes it (a CronJob's history limits clean up its Jobs).",
      ko: "ttlSecondsAfterFinished가 없는 단독 잡은 끝난 뒤에도 누군가 지울 때까지 파드와 함께 남는다(크론잡의 잡은 히스토리 한도가 정리한다).",
    },
    check(report, spec) {
      if (spec.ttlSecondsAfterFinished !== undefined) return;
      report(
        "ttlSecondsAfterFinished",
        undefined,
        {
          en: "the finished Job and its pods are never cleaned up",
          ko: "끝난 잡과 그 파드가 정리되지 않고 계속 남는다",
        },
        {
          en: "set ttlSecondsAfterFinished (e.g. 86400 keeps it a day for its logs), or silence the rule if something else deletes it",
          ko: "ttlSecondsAfterFinished를 지정하거나(예: 86400이면 로그를 볼 수 있게 하루 동안 남긴다), 다른 도구가 지운다면 이 규칙을 끈다",
        },
      );
    },
  },
  {
    id: "lint.image-not-pinned",
    kinds: ALL_KINDS,
    description: {
      en: "An image without a tag, or tagged `latest`, is pulled on every start and may change between two pods of one workload.",
      ko: "태그가 없거나 `latest` 태그인 이미지는 시작할 때마다 내려받아, 한 워크로드의 두 파드가 서로 다른 이미지를 실행할 수 있다.",
    },
    check(report, spec) {
      for (const group of ["containers", "initContainers"] as const) {
        const containers = containersOf(spec, group);
        for (let i = 0; i < containers.length; i++) {
          const container = containers[i];
          if (!isRecord(container)) continue;
          const image = container.image;
          if (typeof image !== "string" || isPinnedImage(image)) continue;
          const tag = imageTag(image);
          report(
            at(at(group, i), "image"),
            image,
            tag === "latest"
              ? {
                  en: "the `latest` tag moves: pods started at different times may run different images",
                  ko: "`latest` 태그는 계속 바뀌므로 시점이 다른 파드가 서로 다른 이미지를 실행할 수 있다",
                }
              : {
                  en: "an image without a tag means `latest`: pods started at different times may run different images",
                  ko: "태그가 없는 이미지는 `latest`를 뜻하므로 시점이 다른 파드가 서로 다른 이미지를 실행할 수 있다",
                },
            {
              en: "pin a version tag or a digest, e.g. `busybox:1.37` or `busybox@sha256:...`",
              ko: "버전 태그나 다이제스트를 고정한다. 예: `busybox:1.37`, `busybox@sha256:...`",
            },
          );
        }
      }
    },
  },
  {
    id: "lint.no-resource-requests",
    kinds: ALL_KINDS,
    description: {
      en: "A container with neither requests nor limits: the scheduler places it as if it needed nothing, and it is the first evicted under memory pressure (BestEffort).",
      ko: "요청도 제한도 없는 컨테이너는 스케줄러가 자원이 전혀 필요 없는 것처럼 배치하고, 메모리가 부족할 때 가장 먼저 축출된다(BestEffort).",
    },
    check(report, spec) {
      const containers = containersOf(spec, "containers");
      for (let i = 0; i < containers.length; i++) {
        const container = containers[i];
        if (!isRecord(container)) continue;
        const resources = container.resources;
        // Kubernetes copies limits into unset requests, so limits alone are requests too.
        if (isRecord(resources) && (hasQuantities(resources.requests) || hasQuantities(resources.limits)))
          continue;
        const path = at("containers", i);
        const name = typeof container.name === "string" ? container.name : path;
        report(
          at(path, "resources"),
          resources,
          {
            en: `container "${name}" requests no cpu or memory: it is scheduled as if it needed none and evicted first`,
            ko: `"${name}" 컨테이너가 cpu와 메모리를 요청하지 않아 자원이 필요 없는 것처럼 배치되고 가장 먼저 축출된다`,
          },
          {
            en: "set resources.requests, e.g. { cpu: 100m, memory: 128Mi }",
            ko: "resources.requests를 지정한다. 예: { cpu: 100m, memory: 128Mi }",
          },
        );
      }
    },
  },
  {
    id: "lint.no-readiness-probe",
    kinds: ["StatefulSet"],
    description: {
      en: "A StatefulSet whose containers have no readiness probe: each pod counts as ready as soon as it runs, so ordered start-up and rolling updates move on before the previous pod serves.",
      ko: "컨테이너에 준비성 프로브가 없는 스테이트풀셋은 파드가 실행되자마자 준비된 것으로 여겨져, 순서대로 시작하기와 롤링 업데이트가 이전 파드가 요청을 받기 전에 다음으로 넘어간다.",
    },
    check(report, spec) {
      const containers = containersOf(spec, "containers");
      let any = false;
      for (let i = 0; i < containers.length; i++) {
        const c = containers[i];
        if (!isRecord(c)) continue;
        if (c.readinessProbe !== undefined) return;
        any = true;
      }
      if (!any) return;
      report(
        at("containers", 0),
        undefined,
        {
          en: "no container has a readinessProbe: the next pod starts (and a rollout continues) before this one is really ready",
          ko: "readinessProbe가 있는 컨테이너가 없어, 이 파드가 실제로 준비되기 전에 다음 파드가 시작되고 롤아웃이 계속된다",
        },
        {
          en: "add a readinessProbe that checks the service, e.g. { tcpSocket: { port: 5432 } }",
          ko: "서비스를 확인하는 readinessProbe를 추가한다. 예: { tcpSocket: { port: 5432 } }",
        },
      );
    },
  },
  {
    id: "lint.daemonset-skips-tainted-nodes",
    kinds: ["DaemonSet"],
    description: {
      en: "A DaemonSet that mounts host paths (a node agent) or selects control-plane nodes but does not tolerate the control-plane taint: it gets no pod on those nodes.",
      ko: "호스트 경로를 마운트하거나(노드 에이전트) 컨트롤 플레인 노드를 고르는 데몬셋이 컨트롤 플레인 테인트를 톨러레이션으로 허용하지 않으면 그 노드에는 파드가 뜨지 않는다.",
    },
    check(report, spec) {
      if (spec.tolerateControlPlane === true) return;
      const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations.filter(isRecord) : [];
      if (CONTROL_PLANE_TAINTS.every((key) => tolerations.some((t) => tolerates(t, key)))) return;
      const nodeSelector = isRecord(spec.nodeSelector) ? spec.nodeSelector : {};
      const selectsControlPlane = CONTROL_PLANE_TAINTS.some((key) => Object.hasOwn(nodeSelector, key));
      const volumes = Array.isArray(spec.volumes) ? spec.volumes.filter(isRecord) : [];
      const hostPath = volumes.find((v) => isRecord(v.hostPath));
      if (!selectsControlPlane && !hostPath) return;
      const reason: Text = selectsControlPlane
        ? {
            en: "the nodeSelector picks control-plane nodes, but their NoSchedule taint is not tolerated: no pod ever lands",
            ko: "nodeSelector가 컨트롤 플레인 노드를 고르지만 그 노드의 NoSchedule 테인트를 허용하지 않아 파드가 하나도 뜨지 않는다",
          }
        : {
            en: `mounting the host path ${String((hostPath!.hostPath as Raw).path)} makes this a node agent, but without tolerating the control-plane taints it skips control-plane nodes`,
            ko: `호스트 경로 ${josa(String((hostPath!.hostPath as Raw).path), "을/를")} 마운트하는 노드 에이전트이지만 컨트롤 플레인 테인트를 허용하지 않아 컨트롤 플레인 노드를 건너뛴다`,
          };
      report(selectsControlPlane ? "nodeSelector" : "tolerations", spec.tolerations, reason, {
        en: "set tolerateControlPlane: true (or add tolerations for node-role.kubernetes.io/control-plane and node-role.kubernetes.io/master), or silence the rule if skipping them is intended",
        ko: "tolerateControlPlane: true를 지정하거나(또는 node-role.kubernetes.io/control-plane과 node-role.kubernetes.io/master 톨러레이션을 추가하거나), 건너뛰는 것이 의도라면 이 규칙을 끈다",
      });
    },
  },
];

const RULE_IDS = LINT_RULES.map((rule) => rule.id);

/** The rule ids a spec's `podworks.dev/lint-ignore` annotation lists; unknown ids are warned about. */
function ignoredRules(checker: Checker, spec: Raw): ReadonlySet<string> {
  const value = isRecord(spec.annotations) ? spec.annotations[LINT_IGNORE_ANNOTATION] : undefined;
  if (typeof value !== "string") return NONE_IGNORED;
  const ignored = new Set<string>();
  for (const id of value.split(",").map((part) => part.trim())) {
    if (id === "") continue;
    if ((RULE_IDS as string[]).includes(id)) {
      ignored.add(id);
      continue;
    }
    const guess = closest(id, RULE_IDS);
    checker.warn(
      at("annotations", LINT_IGNORE_ANNOTATION),
      value,
      "lint.unknown-rule",
      {
        en: `"${id}" is not a lint rule, so it silences nothing`,
        ko: `${josa(`"${id}"`, "은/는")} 린트 규칙이 아니므로 아무것도 끄지 않는다`,
      },
      guess
        ? { en: `did you mean "${guess}"?`, ko: `${josa(`"${guess}"`, "을/를")} 뜻했다면 그렇게 고친다` }
        : {
            en: `list rule ids separated by commas: ${RULE_IDS.join(", ")}`,
            ko: `규칙 id를 쉼표로 구분해 적는다: ${RULE_IDS.join(", ")}`,
          },
    );
  }
  return ignored;
}

/** Runs every lint rule of the spec's kind and records warnings. Call only on a spec without errors. */
export function lintSpec(checker: Checker, spec: Raw): void {
  const ignored = ignoredRules(checker, spec);
  const rules = RULES_BY_KIND.get(String(spec.kind));
  if (rules === undefined) return;
  // One report function per spec; the rules report synchronously, so it reads the id of the rule being run.
  let id: LintRuleId = rules[0]!.id;
  const report: LintReport = (path, value, message, fix) => checker.warn(path, value, id, message, fix);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (ignored.size > 0 && ignored.has(rule.id)) continue;
    id = rule.id;
    rule.check(report, spec);
  }
}

const NONE_IGNORED: ReadonlySet<string> = new Set();

/** The rules that look at each kind, in LINT_RULES order. */
const RULES_BY_KIND = new Map<string, LintRule[]>();
for (const rule of LINT_RULES) {
  for (const kind of rule.kinds) {
    const rules = RULES_BY_KIND.get(kind);
    if (rules) rules.push(rule);
    else RULES_BY_KIND.set(kind, [rule]);
  }
}
