/** What the import-cost measurements load, and what a timed child reports. */

/** What each import measurement loads (kubernetes-models: the five classes the mix needs). */
export const LIBRARIES: Record<string, readonly string[]> = {
  "@podworks/core": ["@podworks/core"],
  "cdk8s + cdk8s-plus-33": ["cdk8s", "cdk8s-plus-33"],
  "kubernetes-models (5 classes)": [
    "kubernetes-models/batch/v1/Job",
    "kubernetes-models/batch/v1/CronJob",
    "kubernetes-models/apps/v1/DaemonSet",
    "kubernetes-models/apps/v1/StatefulSet",
    "kubernetes-models/v1/Service",
  ],
  yaml: ["yaml"],
  "js-yaml": ["js-yaml"],
  "@pulumi/pulumi": ["@pulumi/pulumi"],
  "@pulumi/kubernetes": ["@pulumi/kubernetes"],
  "@podworks/pulumi": ["@podworks/pulumi"],
};

export interface RunResult {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak resident set of the whole process (libraries included), in KiB. */
  readonly maxRssKiB: number;
  /** Resident set after the libraries loaded, before the timed part, in KiB. */
  readonly baseRssKiB: number;
  /** sha256 of the normalised objects (with --check). */
  readonly digest?: string;
  readonly objects?: number;
  readonly registrations?: number;
}
