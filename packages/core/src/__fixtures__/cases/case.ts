/**
 * The shape of a validation case, shared by each object family's table test (next to the family's code) and by
 * the e2e differential test, which sends every case to the real API server and requires the two to agree.
 * Each family exports its table from a file in this folder: `export const CASES: readonly ValidationCase[]`.
 */

import { BASE, withContainer, withFields } from "../../__tests__/specs.js";
import type { Text } from "../../i18n.js";
import type { WorkloadSpec } from "../../kinds.js";
import type { KubernetesVersion } from "../../version.js";

export interface ValidationCase {
  /** What the case shows, short: `probe with two handlers`. */
  readonly name: string;
  /**
   * Where the case comes from: the Kubernetes Go test and its case name, e.g.
   * `pkg/apis/core/validation/validation_test.go TestValidateProbe "multiple handlers"`, or `podworks` for a case
   * of our own (a podworks policy, or a shape the Go tests do not cover).
   */
  readonly source: string;
  /** The kind whose small valid base spec (`__tests__/specs.ts`) the case changes. @default "Job" */
  readonly kind?: WorkloadSpec["kind"];
  /** Fields merged over the base spec's top level (pod-level fields live there, flat). */
  readonly spec?: Readonly<Record<string, unknown>>;
  /** Fields merged over the base spec's first container. */
  readonly container?: Readonly<Record<string, unknown>>;
  /** Unset: core accepts the spec, and so must the API server. Set: core reports an error with this path and rule. */
  readonly rejects?: { readonly path: string; readonly rule: string };
  /**
   * Set when core rejects on purpose what the API server accepts (podworks' restricted defaults, a field the
   * server would silently drop): why, in both languages. The differential test counts these apart.
   */
  readonly policy?: Text;
  /** The target version, when the case depends on it. */
  readonly kubernetesVersion?: KubernetesVersion;
}

/** The podworks spec a case stands for. */
export function caseSpec(c: ValidationCase): unknown {
  const base = BASE[c.kind ?? "Job"];
  const withPod = c.spec ? (withFields(base, c.spec) as WorkloadSpec) : base;
  return c.container ? withContainer(withPod, c.container) : withPod;
}
