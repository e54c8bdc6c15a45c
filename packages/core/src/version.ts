/**
 * Kubernetes versions as `major.minor`. podworks gates fields by the minor version of the target cluster.
 */
export type KubernetesVersion = `1.${number}`;

/** The cluster version assumed when none is given: a recent release that managed clusters widely offer. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = "1.34";

/** The oldest target podworks renders for: batch/v1 CronJob (1.21) and the fields it always renders exist there. */
export const OLDEST_KUBERNETES_VERSION: KubernetesVersion = "1.25";

const VERSION = /^v?1\.(\d{1,3})(?:\.\d+)?$/;

/** Parses `1.31`, `v1.31` or `1.31.2` to its minor number; undefined when it is not a 1.x version. */
export function minorOf(version: string): number | undefined {
  const match = VERSION.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** True when `target` is at least `needed` (both `1.x`). */
export function supports(target: KubernetesVersion, needed: KubernetesVersion): boolean {
  return (minorOf(target) ?? 0) >= (minorOf(needed) ?? 0);
}
