import type { Text } from "./i18n.js";
import type { ValidationIssue } from "./issues.js";
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from "./version.js";

/** Options every validating entry point takes. */
export interface ValidateOptions {
  /**
   * The Kubernetes version of the target cluster, `1.x`. Fields that need a newer version are rejected.
   * @default "1.34"
   */
  readonly kubernetesVersion?: KubernetesVersion;
}

/** Collects issues while a spec is checked; checks never stop at the first problem. */
export class Checker {
  readonly issues: ValidationIssue[] = [];
  readonly version: KubernetesVersion;

  constructor(options: ValidateOptions = {}) {
    this.version = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  }

  report(path: string, value: unknown, rule: string, message: Text, fix: Text): void {
    this.issues.push({ path, value, rule, message, fix });
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
