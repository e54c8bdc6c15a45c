import type { Text } from "./i18n.js";
import type { Severity, ValidationIssue } from "./issues.js";
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from "./version.js";

/** Options every validating entry point takes. */
export interface ValidateOptions {
  /**
   * The Kubernetes version of the target cluster, `1.x` or `1.x.y` (a few gates changed inside a minor's patch
   * releases). Fields that need a newer version are rejected; fields that are beta there get a warning.
   * @default the newest release podworks models (`NEWEST_KUBERNETES_VERSION`)
   */
  readonly kubernetesVersion?: KubernetesVersion;
  /**
   * Run the lint rules (`src/lint/`) on a spec without errors: warnings for settings the API server accepts but an
   * operator is likely to regret. One spec silences single rules with the annotation `podworks.dev/lint-ignore`.
   * @default true
   */
  readonly lint?: boolean;
}

/** Collects issues while a spec is checked; checks never stop at the first problem. */
export class Checker {
  readonly issues: ValidationIssue[] = [];
  readonly version: KubernetesVersion;

  constructor(options?: ValidateOptions) {
    this.version = options?.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  }

  /** Records an error: the spec is invalid. */
  report(
    path: string,
    value: unknown,
    rule: string,
    message: Text,
    fix: Text,
    severity: Severity = "error",
  ): void {
    this.issues.push({ path, value, rule, message, fix, severity });
  }

  /** Records a warning: worth knowing, but the spec stays valid. */
  warn(path: string, value: unknown, rule: string, message: Text, fix: Text): void {
    this.report(path, value, rule, message, fix, "warning");
  }

  /** True when an error (not only warnings) was recorded. */
  get hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === "error");
  }
}

/** `a.b`, `a[0]`: joins a field path. */
export function at(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base === "" ? key : `${base}.${key}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `Object.keys(value).length > 0` without making the list of keys. */
export function hasKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}
