/**
 * Validation entry points: `validate` never throws and returns every issue; the builders
 * (`job`, `cronJob`, `daemonSet`, `statefulSet`) throw one PodworksValidationError carrying them all.
 */
import { Checker, isRecord, type ValidateOptions } from "./context.js";
import type { CronJobSpec } from "./cron-job.js";
import type { DaemonSetSpec } from "./daemon-set.js";
import { josa } from "./i18n.js";
import { PodworksValidationError, type ValidationIssue, type ValidationResult } from "./issues.js";
import type { JobSpec } from "./job.js";
import {
  isWorkloadKind,
  KINDS,
  section,
  WORKLOAD_KINDS,
  type WorkloadKind,
  type WorkloadSpec,
} from "./kinds.js";
import { lintSpec } from "./lint/index.js";
import { checkFields, closest } from "./schema.js";
import type { StatefulSetSpec } from "./stateful-set.js";
import { minorOf, NEWEST_KUBERNETES_VERSION, OLDEST_KUBERNETES_VERSION } from "./version.js";

export type { ValidateOptions };

const KIND_KEY = new Set(["kind"]);
const resolve = (name: Parameters<typeof section>[0]) => section(name).fields;

function kindIssue(value: unknown): ValidationIssue {
  const list = WORKLOAD_KINDS.join(", ");
  const guess = typeof value === "string" ? closest(value, WORKLOAD_KINDS) : undefined;
  return {
    path: "kind",
    value,
    rule: value === undefined ? "required" : "enum",
    severity: "error",
    message:
      value === undefined
        ? { en: "kind is required", ko: "kind를 반드시 지정해야 한다" }
        : { en: `kind must be one of ${list}`, ko: `kind는 ${list} 중 하나여야 한다` },
    fix: guess
      ? { en: `use "${guess}"`, ko: `${josa(`"${guess}"`, "이라는/라는")} kind를 쓴다` }
      : { en: `set kind to one of ${list}`, ko: `kind를 ${list} 중 하나로 지정한다` },
  };
}

function checkVersionOption(version: unknown): ValidationIssue | undefined {
  if (version === undefined) return undefined;
  const minor = typeof version === "string" ? minorOf(version) : undefined;
  if (minor !== undefined && minor >= (minorOf(OLDEST_KUBERNETES_VERSION) ?? 0)) return undefined;
  return {
    path: "",
    value: version,
    rule: "options.kubernetes-version",
    severity: "error",
    message: {
      en: `kubernetesVersion must be a Kubernetes version from ${OLDEST_KUBERNETES_VERSION} on, such as "1.35" or "1.35.2"`,
      ko: `kubernetesVersion은 "1.35"나 "1.35.2"처럼 ${OLDEST_KUBERNETES_VERSION} 이상의 쿠버네티스 버전이어야 한다`,
    },
    fix: {
      en: `give the cluster's version as major.minor or major.minor.patch, e.g. "1.35.2"; the spec was checked against ${NEWEST_KUBERNETES_VERSION} meanwhile`,
      ko: `클러스터 버전을 "1.35.2"처럼 주.부 또는 주.부.패치 형식으로 적는다. 스펙은 그사이 ${NEWEST_KUBERNETES_VERSION} 기준으로 검사했다`,
    },
  };
}

/** Checks a spec of any kind (the `kind` field picks the rules). Never throws. */
export function validate(spec: unknown, options?: ValidateOptions): ValidationResult<WorkloadSpec> {
  if (!isRecord(spec)) {
    return {
      ok: false,
      issues: [
        {
          path: "",
          value: spec,
          rule: "type",
          severity: "error",
          message: { en: "a spec must be an object", ko: "스펙은 객체여야 한다" },
          fix: {
            en: "write a mapping with kind, name and containers",
            ko: "kind, name, containers를 담은 객체(매핑)로 적는다",
          },
        },
      ],
    };
  }
  if (!isWorkloadKind(spec.kind)) return { ok: false, issues: [kindIssue(spec.kind)] };
  // A wrong version is reported with the spec's own problems, which are checked against the newest release.
  const versionProblem = checkVersionOption(options?.kubernetesVersion);
  const checker = new Checker(versionProblem ? {} : options);
  if (versionProblem) checker.issues.push(versionProblem);
  const definition = KINDS[spec.kind];
  try {
    checkFields(checker, "", spec, definition.fields, resolve, KIND_KEY);
    definition.check(checker, spec);
  } catch (error) {
    // A rule that trips over a shape the walker already reported must not hide the report.
    if (!checker.hasErrors) throw error;
  }
  if (checker.hasErrors) return { ok: false, issues: checker.issues };
  if (options?.lint !== false) lintSpec(checker, spec);
  return { ok: true, value: spec as unknown as WorkloadSpec, issues: checker.issues };
}

function validateKind<K extends WorkloadKind>(kind: K) {
  return (spec: unknown, options?: ValidateOptions): ValidationResult<Extract<WorkloadSpec, { kind: K }>> => {
    if (isRecord(spec) && spec.kind !== undefined && spec.kind !== kind) {
      return {
        ok: false,
        issues: [
          {
            path: "kind",
            value: spec.kind,
            rule: "enum",
            severity: "error",
            message: { en: `expected kind ${kind}`, ko: `kind가 ${josa(kind, "이어야/여야")} 한다` },
            fix: {
              en: `set kind: ${kind} or remove it`,
              ko: `kind를 ${josa(kind, "으로/로")} 바꾸거나 지운다`,
            },
          },
        ],
      };
    }
    const withKind = isRecord(spec) ? { ...spec, kind } : spec;
    return validate(withKind, options) as ValidationResult<Extract<WorkloadSpec, { kind: K }>>;
  };
}

/** `validate` for a Job: the spec may leave out `kind`, and a spec of another kind is an error. */
export const validateJob = validateKind("Job");
/** `validate` for a CronJob: the spec may leave out `kind`, and a spec of another kind is an error. */
export const validateCronJob = validateKind("CronJob");
/** `validate` for a DaemonSet: the spec may leave out `kind`, and a spec of another kind is an error. */
export const validateDaemonSet = validateKind("DaemonSet");
/** `validate` for a StatefulSet: the spec may leave out `kind`, and a spec of another kind is an error. */
export const validateStatefulSet = validateKind("StatefulSet");

/** Describes a spec for error headings: `StatefulSet "db"`. */
export function subjectOf(spec: unknown): string {
  if (!isRecord(spec)) return "spec";
  const kind = typeof spec.kind === "string" ? spec.kind : "spec";
  return typeof spec.name === "string" ? `${kind} "${spec.name}"` : kind;
}

/** Validates and returns the spec, or throws one PodworksValidationError with every issue. */
export function assertValid<S extends WorkloadSpec>(spec: unknown, options?: ValidateOptions): S {
  const result = validate(spec, options);
  if (!result.ok) throw new PodworksValidationError(result.issues, subjectOf(spec));
  return result.value as S;
}

type Input<S extends WorkloadSpec> = Omit<S, "kind"> & { readonly kind?: S["kind"] };

function builder<S extends WorkloadSpec>(kind: S["kind"]) {
  return (spec: Input<S>, options?: ValidateOptions): S => assertValid<S>({ ...spec, kind }, options);
}

/** Builds a checked Job spec; throws PodworksValidationError listing every problem. */
export const job = builder<JobSpec>("Job");
/** Builds a checked CronJob spec; throws PodworksValidationError listing every problem. */
export const cronJob = builder<CronJobSpec>("CronJob");
/** Builds a checked DaemonSet spec; throws PodworksValidationError listing every problem. */
export const daemonSet = builder<DaemonSetSpec>("DaemonSet");
/** Builds a checked StatefulSet spec; throws PodworksValidationError listing every problem. */
export const statefulSet = builder<StatefulSetSpec>("StatefulSet");
